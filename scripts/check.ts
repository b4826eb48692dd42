// npm run check: validate all content and data without building, and list every problem.
// With SEARCH_PAGES_FILE set (npm run build does), it also writes there the pages the search index will hold,
// so the build can index older years while Astro is still writing pages (see scripts/build.ts).
import fs from 'node:fs';
import { countOf } from '../src/lib/model/group.ts';
import { formatReport } from '../src/lib/validation/problems.ts';
import { expectedSearchPages } from '../src/lib/build/search-parts.ts';
import { validateSite } from '../src/lib/validation/validate-site.ts';

const started = performance.now();
let validation: ReturnType<typeof validateSite>;
try {
  validation = validateSite();
} catch (error) {
  // Every problem in a file is reported as a problem with its name; reaching here is a bug in the check itself.
  console.error(`The content check stopped unexpectedly, so nothing was published: ${error instanceof Error ? error.message : String(error)}\nThis is a fault in the site's checker, not in your content: report this message to the site's maintainers.`);
  process.exit(1);
}
const { content, indicators, plan, problems } = validation;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length) {
  console.error(formatReport(problems));
  console.error(`\nChecked in ${seconds} s.`);
  process.exit(1);
}
const counts = [...Object.entries(content).map(([name, list]) => countOf(list.length, name.replace(/s$/, ''), name)), countOf(indicators.length, 'indicator dataset')].join(', ');
console.log(`Content and data are valid: ${counts}. Checked in ${seconds} s.`);
if (process.env.SEARCH_PAGES_FILE) {
  const pages = expectedSearchPages({ ...content, indicators, planActions: plan.actions });
  fs.writeFileSync(process.env.SEARCH_PAGES_FILE, JSON.stringify(pages));
}
