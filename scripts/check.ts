// npm run check: validate all content and data without building, and list every problem.
import { formatReport } from '../src/lib/problems.ts';
import { validateSite } from '../src/lib/validate-site.ts';

const started = performance.now();
const { content, indicators, problems } = validateSite();
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length) {
  console.error(formatReport(problems));
  console.error(`\nChecked in ${seconds} s.`);
  process.exit(1);
}
const counts = [...Object.entries(content).map(([name, list]) => `${list.length} ${name}`), `${indicators.length} indicator datasets`].join(', ');
console.log(`Content and data are valid: ${counts}. Checked in ${seconds} s.`);
