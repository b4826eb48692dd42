// The check of data/spend/: one file per month (data/spend/2018-03.yaml), each valid by the spend schema, named
// after the month it holds. The folder may be missing or empty: an office that publishes no spending here has none.
import path from 'node:path';
import { spendMonthSchema, type SpendMonth } from '../../schemas/spend.ts';
import { namedFiles } from '../sources/named-files.ts';
import { readSourceFile } from '../sources/source-file.ts';
import type { Problem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';
import type { Checked } from './validate-content.ts';

/** Where spending is kept under the data folder, and its file kind. */
export const spendFiles = { folder: 'spend', extension: '.yaml', kind: 'month of spending' } as const;

/** Read and check every month of spending; every problem is reported, never just the first. */
export function checkSpendFiles(root: string, dataDir: string, problems: Problem[]): Checked<SpendMonth>[] {
  const dir = path.join(dataDir, spendFiles.folder);
  const allowed = Object.keys(spendMonthSchema.shape);
  const months: Checked<SpendMonth>[] = [];
  const rules = { extension: spendFiles.extension, invalidIdFix: `name the file after its month, for example 2018-03${spendFiles.extension}` };
  for (const { absolute, file, id } of namedFiles(root, dir, rules, problems)) {
    const parsed = readSourceFile(root, absolute, file, id);
    problems.push(...parsed.problems);
    if (!parsed.source || parsed.problems.length) continue;
    const result = spendMonthSchema.safeParse(parsed.source.data ?? {});
    if (!result.success) {
      problems.push(...schemaProblems(parsed.source, result.error, spendFiles.kind, allowed));
      continue;
    }
    if (result.data.month !== id) {
      problems.push({ file, line: parsed.source.lineOf(['month']), field: 'month', message: `is "${result.data.month}" but the file is named ${id}${spendFiles.extension}`, fix: `name the file after its month, ${result.data.month}${spendFiles.extension}, or correct the month` });
      continue;
    }
    months.push({ id, data: result.data, source: parsed.source });
  }
  return months;
}

/** "2 months of spending, 1,234 items", or undefined when there is none. */
export function describeSpend(months: readonly Checked<SpendMonth>[]): string | undefined {
  if (!months.length) return undefined;
  const items = months.reduce((total, m) => total + m.data.items.length, 0);
  return `${months.length} ${months.length === 1 ? 'month' : 'months'} of spending (${items.toLocaleString('en-GB')} ${items === 1 ? 'item' : 'items'})`;
}
