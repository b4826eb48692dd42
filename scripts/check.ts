// npm run check: validate all content and data without building, and list every problem.
import { contentPaths } from '../src/lib/content-paths.ts';
import { formatReport } from '../src/lib/problems.ts';
import { validateContent } from '../src/lib/validate-content.ts';

const started = performance.now();
const { root, contentDir } = contentPaths();
const { content, problems } = validateContent(root, contentDir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length) {
  console.error(formatReport(problems));
  console.error(`\nChecked in ${seconds} s.`);
  process.exit(1);
}
const counts = Object.entries(content).map(([name, list]) => `${list.length} ${name}`).join(', ');
console.log(`Content is valid: ${counts}. Checked in ${seconds} s.`);
