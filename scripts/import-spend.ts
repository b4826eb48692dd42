// npm run import -- SPEND.csv --spent-by pcc|chief-constable --published YYYY-MM-DD --source-title "TITLE" [--source-url URL] [--month YYYY-MM] [--credit-notes] [--replace] [--write]
//
// The spend half of npm run import, chosen by scripts/import.ts when the CSV's header row is an LGA spend layout.
// Without --write it only shows what would change in data/spend/<month>.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentPaths } from '../src/lib/sources/content-paths.ts';
import { describeSpendPlan, planSpendImport, spendHeaders } from '../src/lib/authoring/import-spend.ts';
import { formatReport, importReportHeading } from '../src/lib/validation/problems.ts';

export const spendUsage = `Usage: npm run import -- SPEND.csv --spent-by pcc|chief-constable --published YYYY-MM-DD --source-title "TITLE" [--source-url URL] [--month YYYY-MM] [--credit-notes] [--replace] [--write]

  SPEND.csv       a month of spending over £500 in an LGA layout, one row per item. Columns (any order; the first of each line's names is the older template's):
${Object.entries(spendHeaders).map(([field, names]) => `                    ${field}: ${names.join(' | ')}`).join('\n')}
                  Dates dd/mm/yyyy or yyyy-mm-dd; amounts in pounds and pence (1234.56, £1,234.56).
  --spent-by      who spent the money: pcc (the Commissioner's office) or chief-constable
  --published     the date the month's spending was published
  --source-title  the title of the published document or export
  --source-url    where it is published, if anywhere
  --month         the month it is published for (by default the month of its dates)
  --credit-notes  record negative amounts as credit notes (without it they are refused)
  --replace       replace the items this spender already has for the month
  --write         apply the change (without it, nothing is written: you see what would change)`;

const options = {
  write: { type: 'boolean', default: false },
  replace: { type: 'boolean', default: false },
  'credit-notes': { type: 'boolean', default: false },
  'spent-by': { type: 'string' },
  published: { type: 'string' },
  'source-title': { type: 'string' },
  'source-url': { type: 'string' },
  month: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs the spend import; returns the exit code. */
export function runSpendImport(argv: string[], root: string = process.cwd()): number {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    const option = /'(--?[^']+)'/.exec((error as Error).message)?.[1];
    console.error(`npm run import  ${option ? `${option}  is not an option of the spend import — use the options below` : `(options)  ${(error as Error).message}`}\n\n${spendUsage}`);
    return 1;
  }
  if (args.values.help) {
    console.log(spendUsage);
    return 0;
  }
  const [csvArg] = args.positionals;
  if (!csvArg || args.positionals.length > 1) {
    console.error(`npm run import  (file)  takes one CSV file — name the spend CSV to import\n\n${spendUsage}`);
    return 1;
  }
  const csvPath = path.resolve(root, csvArg);
  const started = performance.now();
  const plan = planSpendImport({
    csvFile: path.relative(root, csvPath) || csvArg,
    csvText: fs.readFileSync(csvPath, 'utf8'),
    root,
    dataDir: contentPaths(root).dataDir,
    spentBy: args.values['spent-by'],
    published: args.values.published,
    sourceTitle: args.values['source-title'],
    sourceUrl: args.values['source-url'],
    month: args.values.month,
    creditNotes: args.values['credit-notes'],
    replace: args.values.replace,
  });
  if (plan.problems.length) {
    console.error(`${formatReport(plan.problems, importReportHeading)}\n\nFix the CSV (or the options) and run the import again.`);
    return 1;
  }
  console.log(describeSpendPlan(plan));
  if (!args.values.write) {
    console.log(`\n${plan.rows.toLocaleString('en-GB')} rows read. The month passes the content check.\nNothing was written (a dry run). Run the same command with --write to apply it.`);
    return 0;
  }
  fs.mkdirSync(path.dirname(path.join(root, plan.file!)), { recursive: true });
  fs.writeFileSync(path.join(root, plan.file!), plan.text!);
  console.log(`\nWrote ${plan.file} in ${((performance.now() - started) / 1000).toFixed(2)} s. Next: npm run check, then preview with npm run dev.`);
  return 0;
}
