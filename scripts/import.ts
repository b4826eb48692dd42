// npm run import -- FILE.csv --source KEY [--source-title TITLE [--data-to YYYY-MM]] [--write] [--replace] [--allow-gap] [--published YYYY-MM-DD]
//
// Merges a month (or any number) of figures from the analyst's CSV export into data/indicators/*.yaml.
// Without --write it only shows what would change. The column format is in docs/content-guide.md.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentPaths } from '../src/lib/sources/content-paths.ts';
import { importColumns, planImport, summarise, type FileChange } from '../src/lib/authoring/import-figures.ts';
import { labelPeriod } from '../src/lib/statistics/periods.ts';
import { formatReport, importReportHeading } from '../src/lib/validation/problems.ts';
import { todayInLondon } from '../src/lib/authoring/scaffold.ts';
import { isoDate } from '../src/schemas/common.ts';
import { parseCsv } from '../src/lib/exports/csv.ts';
import { isSpendHeader } from '../src/lib/authoring/import-spend.ts';
import { runSpendImport } from './import-spend.ts';

const root = process.cwd();
const usage = `Usage: npm run import -- FILE.csv --source KEY [--source-title "TITLE" [--data-to YYYY-MM]] [--write] [--replace] [--allow-gap] [--published YYYY-MM-DD]

  FILE.csv        one row per indicator and period. Columns (the first three are required; every figure needs a source, here or as --source):
${Object.entries(importColumns).map(([name, about]) => `                    ${name}: ${about}`).join('\n')}
  --source KEY    the key under sources of the document the figures come from (for rows with no source column)
  --source-title  the title of that document, to add it to the datasets that do not list it yet
  --data-to       the last month that document covers (its dataTo); by default the latest month imported from it
  --write         apply the changes (without it, nothing is written: you see what would change)
  --replace       replace figures or summaries that differ from those already published; each gets a dated correction note
  --allow-gap     accept a new month that leaves earlier months without a figure, because the source published none for them
  --published     the date the figures were published: becomes lastUpdated of each changed dataset`;

/** Stops the import with exit code 1. Thrown, not process.exit(): a long report on a pipe must be written out in full first. */
class Stop extends Error {}
function fail(lines: string): never {
  console.error(lines);
  throw new Stop();
}

const options = {
  write: { type: 'boolean', default: false },
  replace: { type: 'boolean', default: false },
  source: { type: 'string' },
  'source-title': { type: 'string' },
  'data-to': { type: 'string' },
  'allow-gap': { type: 'boolean', default: false },
  published: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Whether the CSV named on the command line is a spend export (an LGA spend layout), by its header row. */
function isSpendImport(argv: string[]): boolean {
  const file = argv.find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.csv'));
  if (!file || !fs.existsSync(path.resolve(root, file))) return false;
  const firstLine = fs.readFileSync(path.resolve(root, file), 'utf8').split(/\r?\n/, 1)[0] ?? '';
  return isSpendHeader(parseCsv(firstLine).columns);
}

function main(): void {
  if (isSpendImport(process.argv.slice(2))) {
    process.exitCode = runSpendImport(process.argv.slice(2), root);
    return;
  }
  let args: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof options }>>;
  try {
    args = parseArgs({ args: process.argv.slice(2), allowPositionals: true, strict: true, options });
  } catch (error) {
    const option = /'(--?[^']+)'/.exec((error as Error).message)?.[1];
    fail(`npm run import  ${option ? `${option}  is not an option of npm run import — use the options below` : `(options)  ${(error as Error).message} — see the usage below`}\n\n${usage}`);
  }
  if (args.values.help) {
    console.log(usage);
    return;
  }
  const [csvArg, ...extra] = args.positionals;
  if (!csvArg || extra.length) fail(`npm run import  (file)  ${csvArg ? `takes one CSV file, not ${args.positionals.length}` : 'is missing'} — name the CSV file to import, for example npm run import -- figures-2018-04.csv\n\n${usage}`);
  const csvPath = path.resolve(root, csvArg);
  if (!fs.existsSync(csvPath)) fail(`${csvArg}  (file)  does not exist — check the name and folder of the CSV file`);
  const published = args.values.published;
  if (published !== undefined && !isoDate.safeParse(published).success) fail(`npm run import  --published  is "${published}" — must be a date written YYYY-MM-DD, for example 2018-06-14`);
  const dataTo = args.values['data-to'];
  if (dataTo !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(dataTo)) fail(`npm run import  --data-to  is "${dataTo}" — must be a month written YYYY-MM, for example 2018-04`);
  if (dataTo !== undefined && !args.values['source-title']) fail('npm run import  --data-to  needs --source-title as well — it is recorded when the import adds a new document to sources');
  if (args.values['source-title'] && !args.values.source) fail('npm run import  --source-title  needs --source as well — give the short key the figures will use, for example --source dashboard-2018-04');

  // A progress line, only for a person watching a terminal: logs and pipes get the report alone.
  const progress = process.stdout.isTTY;
  let shown = 0;
  const started = performance.now();
  const plan = planImport({
    csvFile: path.relative(root, csvPath) || csvArg,
    csvText: fs.readFileSync(csvPath, 'utf8'),
    root,
    dataDir: contentPaths(root).dataDir,
    replace: args.values.replace,
    source: args.values.source,
    sourceTitle: args.values['source-title'],
    dataTo,
    allowGap: args.values['allow-gap'],
    published,
    today: todayInLondon(),
    onProgress: progress
      ? (done, total) => {
          const now = performance.now();
          if (total < 200 || (now - shown < 100 && done < total)) return;
          shown = now;
          process.stdout.write(`\rReading figures: row ${done} of ${total}${done === total ? '. Checking the merged datasets…' : ''}`);
        }
      : undefined,
  });
  if (progress && shown) process.stdout.write('\r\x1b[2K');

  if (plan.problems.length) {
    fail(`${formatReport(plan.problems, importReportHeading)}\n\nFix the CSV (or the dataset) and run the import again.`);
  }

  const describeFigure = (f: FileChange['figures'][number]) => {
    const what = `${labelPeriod(f.period)}${f.series ? `, ${f.series}` : ''}`;
    if (f.action === 'add') return `  + ${what}: ${f.value}  (line ${f.line})`;
    if (f.action === 'replace') return `  ~ ${what}: ${f.previous} → ${f.value}  (line ${f.line}; replaces the published figure)`;
    return `  = ${what}: ${f.value}  (line ${f.line}; already there)`;
  };
  const describeSummary = (s: FileChange['summaries'][number]) => {
    const fields = Object.entries(s.fields).map(([name, value]) => `${name} ${value}`).join(', ');
    const what = `summary for ${labelPeriod(s.period)}`;
    if (s.action === 'add') return `  + ${what}: ${fields}  (line ${s.line})`;
    if (s.action === 'replace') return `  ~ ${what}: ${fields}  (line ${s.line}; replaces the published summary)`;
    return `  = ${what}  (line ${s.line}; already there)`;
  };

  const lines: string[] = [];
  for (const change of plan.changes) {
    const changed = [...change.figures, ...change.summaries].some((f) => f.action !== 'unchanged');
    lines.push(`${change.file}${changed ? '' : '  (no change)'}`);
    lines.push(...change.figures.map(describeFigure), ...change.summaries.map(describeSummary));
    if (change.sourceAdded) lines.push(`  + sources: ${change.sourceAdded}${change.sourceDataTo ? ` (figures to ${labelPeriod(change.sourceDataTo)})` : ''}`);
    if (change.lastUpdated) lines.push(`  ~ lastUpdated: ${change.lastUpdated.from ?? '(none)'} → ${change.lastUpdated.to}`);
    for (const note of change.corrections) lines.push(`  + correction note: ${note}`);
  }
  const totals = summarise(plan);
  const summaries = plan.changes.flatMap((c) => c.summaries).filter((x) => x.action !== 'unchanged').length;
  const figures = plan.changes.flatMap((c) => c.figures);
  const added = figures.filter((f) => f.action === 'add').length;
  const replaced = figures.filter((f) => f.action === 'replace').length;
  const counts = `${added} ${added === 1 ? 'figure' : 'figures'} added, ${replaced} replaced, ${totals.unchanged} already there${summaries ? `, ${summaries} published ${summaries === 1 ? 'summary' : 'summaries'} added or replaced` : ''}, in ${totals.files} ${totals.files === 1 ? 'file' : 'files'}`;
  console.log(lines.join('\n'));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  if (!args.values.write) {
    console.log(`\n${plan.rows} rows read: ${counts}. The merged data passes the content check.`);
    if (totals.files) console.log('Nothing was written (a dry run). Run the same command with --write to apply it.');
    if (!published && totals.files) console.log('lastUpdated is unchanged: add --published YYYY-MM-DD to set it to the date these figures were published.');
    return;
  }
  for (const change of plan.changes) if ([...change.figures, ...change.summaries].some((f) => f.action !== 'unchanged')) fs.writeFileSync(path.join(root, change.file), change.text);
  console.log(`\nWrote ${counts} in ${seconds} s. Next: npm run check, then preview with npm run dev.`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof Stop)) throw error;
  process.exitCode = 1;
}
