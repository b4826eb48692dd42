// The pure part of `npm run import`: merge a CSV of figures (one row per indicator and period)
// into the indicator datasets, and say exactly what would change. The merged datasets are checked
// with the same validation as `npm run check` (validateData), never with rules of their own;
// problems in imported figures are reported at the CSV line and column they came from.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMap, isScalar, isSeq, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { indicatorSchema, peerJudgements, unitKinds } from '../../schemas/indicator.ts';
import { columnLetter, parseCsv, type CsvRow } from '../exports/csv.ts';
import { formatValue } from '../text/format.ts';
import { addMonths, checkPeriod, comparePeriods, formatMonth, formatPeriod, labelPeriod, monthLabel, monthsOf, parsePeriod } from '../statistics/periods.ts';
import type { Problem } from '../validation/problems.ts';
import { editDistance } from '../validation/schema-problems.ts';
import { validateData } from '../validation/validate-data.ts';
import { summaryFigureFields } from '../statistics/reporting.ts';
import { insertInOrder, parseForEdit, splitTrailingComments, yamlWriteOptions } from './yaml-edit.ts';

/**
 * The columns of a published summary: the figures a source prints for a reporting month beside the
 * month's own figure (the dashboard's right-hand columns). A row that fills any of them adds that
 * month's summary, kept exactly as given.
 */
export const summaryColumns = {
  fytd: 'published summary: the financial year to date (April to the row\'s month)',
  fytdPreviousYear: 'published summary: the same months a year earlier',
  rolling12Months: 'published summary: the 12 months to the row\'s month (for a headcount, the count at the end of the month)',
  baseline: 'published summary: what the 12 months are compared with (the source\'s baseline)',
  vsOneYearAverage: 'published rating against the average of the last year: higher, lower or comparable',
  vsThreeYearAverage: 'published rating against the average of the last three years: higher, lower or comparable',
  performanceVsBaseline: 'published rating of the 12 months against the baseline: higher, lower or comparable',
  mostSimilarForces: `published comparison with the most similar forces: ${peerJudgements.join(', ')}`,
  caption: 'the data-date caption printed with the summary, word for word (for example "Victim Satisfaction Survey data to April 2018")',
} as const;
export type SummaryColumn = keyof typeof summaryColumns;
const numericSummaryColumns = summaryFigureFields satisfies readonly SummaryColumn[];
const ratingColumns = ['vsOneYearAverage', 'vsThreeYearAverage', 'performanceVsBaseline', 'mostSimilarForces'] as const satisfies readonly SummaryColumn[];

/** The columns of an import file. The first three are required; the rest may be left out or left empty. */
export const importColumns = {
  indicator: 'the dataset: its file name in data/indicators without .yaml (for example all-recorded-crime), or its title exactly as in the file',
  period: 'the period the figure covers: 2018-04 for a month (also 2017-18, 2018, 12m-to-2018-04, fytd-to-2018-04 for datasets kept that way)',
  value: 'the figure, without a thousands comma or % sign if you can (4,988 and 82.5% are read as 4988 and 82.5); may be empty on a row that gives only a published summary',
  series: 'for a dataset with several series, which one (an id from its series list)',
  note: 'anything a reader needs to know about this one figure',
  source: "where the figure comes from: a key of the dataset's sources. Required, here or as --source",
  unit: `optional check: the unit the figure is in (${unitKinds.join(', ')}); a row whose unit differs from the dataset's is refused`,
  ...summaryColumns,
} as const;
export type ImportColumn = keyof typeof importColumns;
const requiredColumns: ImportColumn[] = ['indicator', 'period', 'value'];
// Column names are matched without regard to case: "Rolling12Months" is rolling12Months.
const knownColumns = new Map(Object.keys(importColumns).map((name) => [name.toLowerCase(), name as ImportColumn]));

export interface ImportOptions {
  /** The CSV file as the analyst named it, for messages. */
  csvFile: string;
  csvText: string;
  /** Project root: file names in messages are relative to it. */
  root: string;
  /** The data folder (its indicators/ subfolder holds the datasets). */
  dataDir: string;
  /** Replace figures that differ from the published ones (each replacement adds a dated correction note). */
  replace?: boolean;
  /** Key of the dataset's `sources` the new figures come from. */
  source?: string;
  /** Title of that source, to add it to each dataset that does not list it yet. */
  sourceTitle?: string;
  /** The last month the added source covers (its dataTo); by default the latest month it is given for. */
  dataTo?: string;
  /** Accept a new month that leaves earlier months without a figure (the source published none for them). */
  allowGap?: boolean;
  /** Date the figures were published: becomes the `lastUpdated` of each changed dataset. */
  published?: string;
  /** Today's date, YYYY-MM-DD, for correction notes. */
  today: string;
  /** Called as rows are read, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/** One figure and what happens to it. */
export interface FigureChange {
  line: number;
  period: string;
  series?: string;
  value: number;
  /** The figure already in the dataset, for a replaced or unchanged figure. */
  previous?: number;
  action: 'add' | 'replace' | 'unchanged';
}

/** What happens to one dataset file. */
/** One published summary (for a reporting month) and what happens to it. */
export interface SummaryChange {
  line: number;
  period: string;
  fields: Partial<Record<SummaryColumn, number | string>>;
  previous?: Partial<Record<SummaryColumn, number | string>>;
  action: 'add' | 'replace' | 'unchanged';
}

export interface FileChange {
  id: string;
  file: string;
  text: string;
  figures: FigureChange[];
  summaries: SummaryChange[];
  lastUpdated?: { from?: string; to: string };
  sourceAdded?: string;
  /** The last month the added source covers, as recorded in its dataTo. */
  sourceDataTo?: string;
  corrections: string[];
}

export interface ImportPlan {
  rows: number;
  changes: FileChange[];
  problems: Problem[];
}

interface Dataset {
  id: string;
  absolute: string;
  file: string;
  text: string;
  title?: string;
}

interface Figure {
  row: CsvRow;
  dataset: Dataset;
  period: string;
  /** Undefined on a row that gives only a published summary. */
  value?: number;
  series?: string;
  note?: string;
  source: string;
  summary?: Partial<Record<SummaryColumn, number | string>>;
}

const listDatasets = (dataDir: string, root: string): Dataset[] => {
  const dir = path.join(dataDir, 'indicators');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const absolute = path.join(dir, name);
      const text = fs.readFileSync(absolute, 'utf8');
      const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.replace(/^["']|["']$/g, '').trim();
      return { id: name.slice(0, -5), absolute, file: path.relative(root, absolute), text, title };
    });
};

/** Read a figure as spreadsheets write it: 4988, 4,988, 82.5, 82.5%, −3. */
export function readFigure(text: string): { value: number; percent: boolean } | undefined {
  let clean = text.trim().replace(/\u2212/g, '-');
  const percent = clean.endsWith('%');
  if (percent) clean = clean.slice(0, -1).trim();
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(clean)) clean = clean.replace(/,/g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(clean)) return undefined;
  return { value: Number(clean), percent };
}

const samePeriod = (a: string, b: string) => {
  const x = checkPeriod(a);
  const y = checkPeriod(b);
  return x.ok && y.ok && JSON.stringify(x.period) === JSON.stringify(y.period);
};

const scalar = (node: unknown): unknown => (isScalar(node) ? node.value : node);

/** What the import needs to know of a dataset before merging. */
interface DatasetShape {
  unit?: { kind?: string };
  series?: { id?: string; label?: string; unit?: { kind?: string } }[];
  frequency?: string;
  summaries?: unknown[];
  sources?: Record<string, unknown>;
  lastUpdated?: string;
}

/** Plan an import: every change to every dataset, or every problem. Writes nothing. */
export function planImport(options: ImportOptions): ImportPlan {
  const { csvFile, root, dataDir } = options;
  const problems: Problem[] = [];
  const table = parseCsv(options.csvText);
  const columnOf = new Map(table.columns.map((name, i) => [name.toLowerCase(), i + 1]));
  const at = (row: CsvRow | number, column: ImportColumn | undefined, message: string, fix: string): Problem => {
    const number = column ? columnOf.get(column.toLowerCase()) : undefined;
    return {
      file: csvFile,
      line: typeof row === 'number' ? row : row.line,
      field: column ? `${column}${number ? ` (column ${columnLetter(number)})` : ''}` : '(row)',
      message,
      fix,
    };
  };

  for (const error of table.errors) problems.push({ file: csvFile, line: error.line, field: error.column ? `(column ${columnLetter(error.column)})` : '(row)', message: error.message, fix: 'check the quotes and commas on this line' });
  if (!table.columns.length) {
    problems.push({ file: csvFile, line: 1, field: '(header)', message: 'is empty', fix: `start the file with a header line naming the columns, for example ${requiredColumns.join(',')},source` });
    return { rows: 0, changes: [], problems };
  }
  table.columns.forEach((name, i) => {
    if (!knownColumns.has(name.toLowerCase())) {
      const near = Object.keys(importColumns).find((known) => editDistance(known.toLowerCase(), name.toLowerCase()) <= 2);
      problems.push({ file: csvFile, line: 1, field: `${name || '(empty)'} (column ${columnLetter(i + 1)})`, message: 'is not a column the import knows', fix: near ? `did you mean "${near}"?` : `name the columns ${Object.keys(importColumns).join(', ')} (only the first three are required)` });
    }
  });
  const missing = requiredColumns.filter((name) => !columnOf.has(name));
  for (const name of missing) problems.push({ file: csvFile, line: 1, field: '(header)', message: `has no "${name}" column`, fix: `add a column named ${name}: ${importColumns[name]}` });
  // Every figure says where it comes from: never silently the document of an earlier figure.
  const noSource = !columnOf.has('source') && !options.source;
  if (noSource) {
    problems.push({
      file: csvFile,
      line: 1,
      field: '(header)',
      message: 'has no "source" column, and no --source was given',
      fix: 'say which document the figures come from: run the import with --source KEY (a key of the datasets\' sources), adding --source-title "Title of the document" for a new document, or add a source column',
    });
  }
  if (missing.length || noSource) return { rows: table.rows.length, changes: [], problems };

  // Rows → figures, each tied to the dataset it belongs to.
  const datasets = listDatasets(dataDir, root);
  const byId = new Map(datasets.map((d) => [d.id, d]));
  // Titles match in any case and with any dash, so the dashboard's printed names ("Sickness - Police Officer") find the datasets' sentence-case titles ("Sickness – police officer").
  const titleKey = (title: string) => title.toLowerCase().replace(/\s+[-\u2010-\u2015]\s+/g, ' - ').replace(/\s+/g, ' ').trim();
  const byTitle = new Map(datasets.filter((d) => d.title).map((d) => [titleKey(d.title!), d]));
  const parsed = new Map<Dataset, DatasetShape>();
  const shapeOf = (dataset: Dataset): DatasetShape => {
    if (!parsed.has(dataset)) parsed.set(dataset, parseForEdit(splitTrailingComments(dataset.text).body, dataset.file).toJS() as DatasetShape);
    return parsed.get(dataset)!;
  };
  const unitKindOf = (dataset: Dataset, series?: string): string | undefined => {
    const data = shapeOf(dataset);
    return data.series?.find((s) => s.id === series)?.unit?.kind ?? data.unit?.kind;
  };
  const figures: Figure[] = [];
  table.rows.forEach((row, index) => {
    options.onProgress?.(index + 1, table.rows.length);
    // parseCsv keys the cells by the column name in lower case.
    const cell = (column: ImportColumn) => row.cells[column.toLowerCase()]?.trim() ?? '';
    const indicator = cell('indicator');
    const dataset = byId.get(indicator) ?? byId.get(indicator.toLowerCase()) ?? byTitle.get(titleKey(indicator));
    let ok = true;
    if (!indicator) {
      problems.push(at(row, 'indicator', 'is empty', 'give the file name of the dataset in data/indicators without .yaml, for example all-recorded-crime'));
      ok = false;
    } else if (!dataset) {
      const near = datasets
        .map((d) => ({ d, distance: Math.min(editDistance(d.id, indicator.toLowerCase()), d.title ? editDistance(d.title.toLowerCase(), indicator.toLowerCase()) : Infinity) }))
        .sort((a, b) => a.distance - b.distance)
        .slice(0, 3)
        .map(({ d }) => d.id);
      problems.push(
        at(row, 'indicator', `"${indicator}" is not an indicator dataset: there is no file ${path.join(path.relative(root, path.join(dataDir, 'indicators')), `${indicator}.yaml`)}`, `use the file name (without .yaml) of a dataset, for example ${near.join(', ')}; a new indicator needs its dataset file first`),
      );
      ok = false;
    }
    const periodText = cell('period');
    const period = checkPeriod(periodText);
    if (!periodText) {
      problems.push(at(row, 'period', 'is empty', 'give the period the figure covers, for example 2018-04'));
      ok = false;
    } else if (!period.ok) {
      problems.push(at(row, 'period', `is "${periodText}"`, period.message));
      ok = false;
    }

    // The published summary, if the row gives one.
    const summary: Partial<Record<SummaryColumn, number | string>> = {};
    for (const column of numericSummaryColumns) {
      const text = cell(column);
      if (!text) continue;
      const read = readFigure(text);
      if (!read) {
        problems.push(at(row, column, `is "${text}"`, 'must be a number, for example 66192 or 82.5, or left empty when the source printed none'));
        ok = false;
      } else summary[column] = read.value;
    }
    for (const column of ratingColumns) {
      const text = cell(column);
      // "Higher", "Below national average": the words as printed, in the file's spelling.
      if (text) summary[column] = text.toLowerCase().replace(/\s+/g, '-');
    }
    if (cell('caption')) summary.caption = cell('caption');
    const hasSummary = Object.keys(summary).length > 0;

    const valueText = cell('value');
    const figure = valueText || !hasSummary ? readFigure(valueText) : undefined;
    if ((valueText || !hasSummary) && !figure) {
      problems.push(at(row, 'value', valueText ? `is "${valueText}"` : 'is empty', 'must be a number, for example 4988 or 82.5 (a figure that is not known yet is left out: delete the row)'));
      ok = false;
    }
    const series = cell('series') || undefined;
    const unit = cell('unit') || undefined;
    if (unit && !(unitKinds as readonly string[]).includes(unit)) {
      problems.push(at(row, 'unit', `is "${unit}"`, `must be one of ${unitKinds.join(', ')}, or left empty`));
      ok = false;
    }
    const source = cell('source') || options.source;
    if (!source) {
      problems.push(at(row, 'source', 'is empty', 'give the key of the document this figure comes from (one of the dataset\'s sources), or run the import with --source KEY'));
      ok = false;
    }
    if (!ok || !dataset || !period.ok || !source) return;
    const shape = shapeOf(dataset);
    const kind = unitKindOf(dataset, series);
    const monthly = (shape.summaries?.length ?? 0) > 0 || shape.frequency === 'monthly';
    const span = period.period.kind === 'rolling-12-months' ? 'rolling12Months' : period.period.kind === 'financial-year-to-date' ? 'fytd' : undefined;
    if (monthly && span) {
      // A total over months is never a month's figure: it belongs in that month's summary, or is worked out from the months.
      const end = formatMonth(monthsOf(period.period).end);
      problems.push(
        at(
          row,
          'period',
          `is "${periodText}", ${span === 'fytd' ? 'a financial year to date' : 'a rolling 12 months'}, but ${dataset.id} keeps one figure a month`,
          `put a published ${span === 'fytd' ? 'year-to-date' : '12-month'} figure in the ${span} column of the row for ${end} (the month it ends in), with the period ${end}; or leave it out, and the site adds up the monthly figures itself`,
        ),
      );
      return;
    }
    if (hasSummary && period.period.kind !== 'month') {
      problems.push(at(row, 'period', `is "${periodText}", but a published summary is for a reporting month`, 'give the month the summary is for, for example 2018-04'));
      return;
    }
    const valueIsPercent = figure?.percent ?? false;
    if (valueIsPercent && kind !== 'percent') {
      problems.push(at(row, 'value', `is "${valueText}", a percentage, but ${dataset.id} is measured as a ${kind ?? 'figure'}, not a percentage`, 'check the row is for the right indicator, and write the figure without a % sign'));
      return;
    }
    if (unit && kind && unit !== kind) {
      problems.push(at(row, 'unit', `is "${unit}" but ${dataset.id} is measured as ${kind}`, 'check the row is for the right indicator and the figure is in the right unit'));
      return;
    }
    figures.push({ row, dataset, period: formatPeriod(period.period), value: figure?.value, series, note: cell('note') || undefined, source, ...(hasSummary ? { summary } : {}) });
  });

  // Merge, dataset by dataset, keeping each file's order, layout and comments.
  const changes: FileChange[] = [];
  const origins = new Map<string, Map<Node, Figure>>();
  const grouped = new Map<Dataset, Figure[]>();
  for (const figure of figures) grouped.set(figure.dataset, [...(grouped.get(figure.dataset) ?? []), figure]);
  for (const [dataset, rows] of grouped) {
    const { body, trailing } = splitTrailingComments(dataset.text);
    const document = parseForEdit(body, dataset.file);
    const order = Object.keys(indicatorSchema.shape);
    const change: FileChange = { id: dataset.id, file: dataset.file, text: dataset.text, figures: [], summaries: [], corrections: [] };
    const fromRows = new Map<Node, Figure>();
    origins.set(dataset.file, fromRows);
    const data = document.toJS() as DatasetShape;

    if (options.source && !data.sources?.[options.source]) {
      if (options.sourceTitle) {
        let sources = document.get('sources', true);
        if (!isMap(sources)) {
          sources = new YAMLMap();
          insertInOrder(document, 'sources', sources, order);
        }
        // The new document covers figures to its latest month, so a later month cannot be credited to it next time.
        const ends = rows.filter((r) => r.source === options.source).map((r) => formatMonth(monthsOf(r.period).end));
        const dataTo = options.dataTo ?? ends.sort().at(-1);
        (sources as YAMLMap).set(options.source, document.createNode({ title: options.sourceTitle, ...(dataTo ? { dataTo } : {}) }));
        change.sourceAdded = options.source;
        change.sourceDataTo = dataTo;
      }
    }

    let observations = document.get('observations', true);
    if (!isSeq(observations)) {
      observations = new YAMLSeq();
      insertInOrder(document, 'observations', observations, order);
    }
    const seq = observations as YAMLSeq;
    const flow = seq.items.length === 0 || seq.items.some((item) => isMap(item) && item.flow);
    const seriesOf = (node: unknown) => (isMap(node) ? (scalar(node.get('series', true)) as string | undefined) : undefined);
    const periodOf = (node: unknown) => (isMap(node) ? String(scalar(node.get('period', true))) : '');
    const valueOf = (node: unknown) => (isMap(node) ? Number(scalar(node.get('value', true))) : NaN);
    const seen = new Map<string, Figure>();
    const corrections: string[] = [];
    // Indexes of the file's own figures, so that long imports stay linear: by series and period, and by series in file order.
    const canonical = (text: string) => {
      const check = checkPeriod(text);
      return check.ok ? formatPeriod(check.period) : text;
    };
    const original = [...seq.items];
    const existingByKey = new Map<string, YAMLMap>();
    const originalBySeries = new Map<string, { node: unknown; period: string }[]>();
    for (const node of original) {
      if (!isMap(node)) continue;
      existingByKey.set(`${seriesOf(node) ?? ''}|${canonical(periodOf(node))}`, node);
      const list = originalBySeries.get(seriesOf(node) ?? '') ?? [];
      list.push({ node, period: periodOf(node) });
      originalBySeries.set(seriesOf(node) ?? '', list);
    }
    const inserts: { figure: Figure; node: YAMLMap; anchor?: unknown; where: 'after' | 'before' | 'end' }[] = [];

    for (const figure of rows) {
      if (figure.value === undefined) continue;
      const value = figure.value;
      const key = `${figure.series ?? ''}|${figure.period}`;
      const earlier = seen.get(key);
      if (earlier) {
        if (earlier.value !== value) problems.push(at(figure.row, 'value', `is ${value} but line ${earlier.row.line} gives ${earlier.value} for ${dataset.id}, ${labelPeriod(figure.period)}${figure.series ? `, series ${figure.series}` : ''}`, 'keep one of the two rows'));
        continue;
      }
      seen.set(key, figure);
      const existing = existingByKey.get(key);
      if (existing) {
        const previous = valueOf(existing);
        const previousNote = scalar(existing.get('note', true)) as string | undefined;
        const noteChanges = figure.note !== undefined && figure.note !== previousNote;
        if (previous === value && !noteChanges) {
          change.figures.push({ line: figure.row.line, period: figure.period, series: figure.series, value: value, previous, action: 'unchanged' });
          continue;
        }
        if (!options.replace) {
          const where = placeOf(dataset.file, body, existing);
          problems.push(
            at(
              figure.row,
              previous === value ? 'note' : 'value',
              previous === value
                ? `is "${figure.note}" but ${where} already has ${previousNote ? `the note "${previousNote}"` : 'no note'} for ${labelPeriod(figure.period)}`
                : `is ${value} but ${where} already gives ${previous} for ${labelPeriod(figure.period)}${figure.series ? `, series ${figure.series}` : ''}`,
              'check the figure. To replace the published one, run the import again with --replace: the dataset then shows a dated correction note',
            ),
          );
          continue;
        }
        existing.set('value', value);
        if (figure.note !== undefined) existing.set('note', figure.note);
        if (figure.source && figure.source !== scalar(existing.get('source', true))) existing.set('source', figure.source);
        fromRows.set(existing, figure);
        change.figures.push({ line: figure.row.line, period: figure.period, series: figure.series, value: value, previous, action: 'replace' });
        if (previous !== value) {
          const series = data.series?.find((s) => s.id === figure.series);
          const unit = series?.unit ?? data.unit;
          const show = (v: number) => (unit && Number.isFinite(v) ? formatValue(v, unit as Parameters<typeof formatValue>[1]) : String(v));
          corrections.push(`The figure for ${labelPeriod(figure.period)}${series?.label ? ` (${series.label})` : ''} was corrected from ${show(previous)} to ${show(value)}.`);
        }
        continue;
      }
      // A new figure: same key order as the file's figures, after the last earlier period of its series.
      const sameSeries = originalBySeries.get(figure.series ?? '') ?? [];
      const node = document.createNode({ period: figure.period, value, ...(figure.series ? { series: figure.series } : {}), ...(figure.note ? { note: figure.note } : {}), source: figure.source }) as YAMLMap;
      node.flow = flow;
      let after = sameSeries.length - 1;
      while (after >= 0 && comparePeriodText(sameSeries[after]!.period, figure.period) > 0) after -= 1;
      inserts.push(after >= 0 ? { figure, node, anchor: sameSeries[after]!.node, where: 'after' } : sameSeries.length ? { figure, node, anchor: sameSeries[0]!.node, where: 'before' } : { figure, node, where: 'end' });
      fromRows.set(node, figure);
      change.figures.push({ line: figure.row.line, period: figure.period, series: figure.series, value, action: 'add' });
    }
    if (!options.allowGap) problems.push(...gapProblems(dataset, data, original, rows, at));

    if (inserts.length) {
      // Rebuild the list once: each new figure next to its neighbour in the file, new figures in period order.
      const series = [...new Set(inserts.map((i) => i.figure.series ?? ''))];
      const order = (list: typeof inserts) => [...list].sort((a, b) => series.indexOf(a.figure.series ?? '') - series.indexOf(b.figure.series ?? '') || comparePeriodText(a.figure.period, b.figure.period)).map((i) => i.node);
      const grouped = { before: new Map<unknown, typeof inserts>(), after: new Map<unknown, typeof inserts>() };
      for (const insert of inserts) if (insert.where !== 'end') grouped[insert.where].set(insert.anchor, [...(grouped[insert.where].get(insert.anchor) ?? []), insert]);
      const next = (where: 'after' | 'before', node: unknown) => order(grouped[where].get(node) ?? []);
      seq.items = [...original.flatMap((node) => [...next('before', node), node, ...next('after', node)]), ...order(inserts.filter((i) => i.where === 'end'))];
    }

    mergeSummaries({ document, body, rows, order, change, corrections, fromRows, options, at, problems, unit: data.unit });

    if (corrections.length) {
      let list = document.get('corrections', true);
      if (!isSeq(list)) {
        list = new YAMLSeq();
        insertInOrder(document, 'corrections', list, order);
      }
      for (const note of corrections) (list as YAMLSeq).items.push(document.createNode({ date: options.today, note }));
      change.corrections = corrections;
    }
    const changed = change.figures.some((f) => f.action !== 'unchanged') || change.summaries.some((f) => f.action !== 'unchanged');
    if (changed && options.published && options.published !== data.lastUpdated) {
      document.set('lastUpdated', options.published);
      change.lastUpdated = { from: data.lastUpdated, to: options.published };
    }
    if (!changed) change.sourceAdded = undefined;
    change.text = changed ? document.toString(yamlWriteOptions) + trailing : dataset.text;
    changes.push(change);
  }

  if (options.source && !options.sourceTitle) {
    for (const change of changes) {
      const data = parseForEdit(splitTrailingComments(change.text).body, change.file).toJS() as { sources?: Record<string, unknown> };
      if (!data.sources?.[options.source]) {
        problems.push({ file: '--source', field: options.source, message: `is not a key of sources in ${change.file}`, fix: `use one of ${Object.keys(data.sources ?? {}).join(', ')}, or add --source-title "Title of the document" to add it` });
      }
    }
  }

  problems.push(...checkMerged(options, datasets, changes, origins, at));
  return { rows: table.rows.length, changes, problems };
}

type At = (row: CsvRow, column: ImportColumn | undefined, message: string, fix: string) => Problem;

/**
 * A new latest month must follow the dataset's latest month: a missing month in between is refused
 * (one message per dataset and series), unless the source published no figure for it (--allow-gap).
 * Earlier months filled in behind the latest (history) are never a gap.
 */
function gapProblems(dataset: Dataset, data: DatasetShape, original: readonly unknown[], rows: readonly Figure[], at: At): Problem[] {
  const monthly = (data.summaries?.length ?? 0) > 0 || data.frequency === 'monthly';
  if (!monthly) return [];
  const problems: Problem[] = [];
  const monthsOfSeries = (series: string | undefined) =>
    original.flatMap((node) => {
      if (!isMap(node) || scalar(node.get('series', true)) !== series) return [];
      const check = checkPeriod(String(scalar(node.get('period', true))));
      return check.ok && check.period.kind === 'month' ? [formatMonth(check.period)] : [];
    });
  for (const series of new Set(rows.filter((r) => r.value !== undefined).map((r) => r.series))) {
    const existing = monthsOfSeries(series).sort();
    const latest = existing.at(-1);
    if (!latest) continue;
    const added = rows.filter((r) => r.value !== undefined && r.series === series && parsePeriod(r.period).kind === 'month' && r.period > latest).sort((a, b) => a.period.localeCompare(b.period));
    const have = new Set([...existing, ...added.map((r) => r.period)]);
    for (const figure of added) {
      const before = formatMonth(addMonths(figure.period, -1));
      if (have.has(before)) continue;
      let first = before;
      while (!have.has(formatMonth(addMonths(first, -1)))) first = formatMonth(addMonths(first, -1));
      const gap = first === before ? monthLabel(first) : `${monthLabel(first)} to ${monthLabel(before)}`;
      problems.push(
        at(
          figure.row,
          'period',
          `is ${figure.period}, but ${dataset.id}${series ? ` (series ${series})` : ''} has no figure for ${gap}: its latest is ${monthLabel(latest)}`,
          `add a row for ${first === before ? 'that month' : 'each of those months'}; if the source published no figure for ${first === before ? 'it' : 'them'}, run the import again with --allow-gap`,
        ),
      );
      break;
    }
  }
  return problems;
}

/** A summary as a plain record of the columns it gives, for comparing and for messages. */
const summaryFields = (node: YAMLMap): Partial<Record<SummaryColumn, number | string>> =>
  Object.fromEntries(Object.keys(summaryColumns).flatMap((column) => {
    const value = scalar(node.get(column, true));
    return value === undefined || value === null ? [] : [[column, value as number | string]];
  }));

/** Add each row's published summary to the dataset's summaries, one per reporting month, as given. */
function mergeSummaries(input: {
  document: ReturnType<typeof parseForEdit>;
  body: string;
  rows: readonly Figure[];
  order: readonly string[];
  change: FileChange;
  corrections: string[];
  fromRows: Map<Node, Figure>;
  options: ImportOptions;
  at: At;
  problems: Problem[];
  unit?: { kind?: string };
}): void {
  const { document, body, rows, order, change, corrections, fromRows, options, at, problems, unit } = input;
  const withSummary = rows.filter((r) => r.summary);
  if (!withSummary.length) return;
  let summaries = document.get('summaries', true);
  if (!isSeq(summaries)) {
    summaries = new YAMLSeq();
    insertInOrder(document, 'summaries', summaries, order);
  }
  const seq = summaries as YAMLSeq;
  const seen = new Map<string, Figure>();
  const show = (column: SummaryColumn, value: number | string) =>
    typeof value === 'number' && unit?.kind ? formatValue(value, unit as Parameters<typeof formatValue>[1]) : String(value);
  const describe = (fields: Partial<Record<SummaryColumn, number | string>>) =>
    Object.entries(fields).map(([column, value]) => `${column} ${show(column as SummaryColumn, value)}`).join(', ') || 'no figures';
  for (const figure of withSummary) {
    const fields = figure.summary!;
    const earlier = seen.get(figure.period);
    if (earlier) {
      problems.push(at(figure.row, 'period', `gives a second summary for ${figure.dataset.id}, ${labelPeriod(figure.period)}: line ${earlier.row.line} gives one already`, 'keep one row with the summary for the month'));
      continue;
    }
    seen.set(figure.period, figure);
    const existing = seq.items.find((node): node is YAMLMap => isMap(node) && String(scalar(node.get('period', true))) === figure.period);
    if (existing) {
      const previous = summaryFields(existing);
      const same = JSON.stringify(Object.entries(previous).sort()) === JSON.stringify(Object.entries(fields).sort());
      if (same) {
        change.summaries.push({ line: figure.row.line, period: figure.period, fields, previous, action: 'unchanged' });
        continue;
      }
      if (!options.replace) {
        problems.push(
          at(
            figure.row,
            'period',
            `gives a summary for ${labelPeriod(figure.period)} (${describe(fields)}) but ${placeOf(change.file, body, existing)} already has the published one (${describe(previous)})`,
            'check the figures. To replace the published summary, run the import again with --replace: the dataset then shows a dated correction note',
          ),
        );
        continue;
      }
      for (const column of Object.keys(summaryColumns)) existing.delete(column);
      for (const [column, value] of Object.entries(fields)) existing.set(column, value);
      existing.set('source', figure.source);
      fromRows.set(existing, figure);
      change.summaries.push({ line: figure.row.line, period: figure.period, fields, previous, action: 'replace' });
      const changed = Object.keys(summaryColumns).filter((column) => previous[column as SummaryColumn] !== fields[column as SummaryColumn]);
      corrections.push(
        `The summary for ${labelPeriod(figure.period)} was corrected: ${changed
          .map((column) => `${summaryLabel[column as SummaryColumn]} from ${previous[column as SummaryColumn] === undefined ? 'not given' : show(column as SummaryColumn, previous[column as SummaryColumn]!)} to ${fields[column as SummaryColumn] === undefined ? 'not given' : show(column as SummaryColumn, fields[column as SummaryColumn]!)}`)
          .join('; ')}.`,
      );
      continue;
    }
    const node = document.createNode({ period: figure.period, ...fields, source: figure.source }) as YAMLMap;
    // Summaries stay in month order, oldest first, like the figures.
    const after = seq.items.findLastIndex((item) => isMap(item) && String(scalar(item.get('period', true))) < figure.period);
    seq.items.splice(after + 1, 0, node);
    fromRows.set(node, figure);
    change.summaries.push({ line: figure.row.line, period: figure.period, fields, action: 'add' });
  }
}

/** The words a correction note uses for each summary column. */
const summaryLabel: Record<SummaryColumn, string> = {
  fytd: 'the financial year to date',
  fytdPreviousYear: 'the same months a year earlier',
  rolling12Months: 'the 12 months',
  baseline: 'the baseline',
  vsOneYearAverage: 'the rating against the one-year average',
  vsThreeYearAverage: 'the rating against the three-year average',
  performanceVsBaseline: 'the rating against the baseline',
  mostSimilarForces: 'the comparison with the most similar forces',
  caption: 'the caption',
};

/** Order two periods as written in a file (oldest first); unreadable periods count as equal. */
function comparePeriodText(a: string, b: string): number {
  try {
    return comparePeriods(a, b);
  } catch {
    return 0;
  }
}

/** Where a node is, for a message: "data/indicators/x.yaml:17", or the file alone when its line is not known. */
function placeOf(file: string, text: string, node: Node): string {
  const start = node.range?.[0];
  return start === undefined ? file : `${file}:${text.slice(0, start).split('\n').length}`;
}

const columnForField: Record<string, ImportColumn> = { period: 'period', value: 'value', series: 'series', note: 'note', source: 'source' };

/**
 * Check the merged datasets exactly as `npm run check` would, in a scratch copy of the data folder.
 * A problem in an imported figure is reported at its CSV line and column.
 */
function checkMerged(
  options: ImportOptions,
  datasets: readonly Dataset[],
  changes: readonly FileChange[],
  origins: Map<string, Map<Node, Figure>>,
  at: (row: CsvRow, column: ImportColumn | undefined, message: string, fix: string) => Problem,
): Problem[] {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-import-'));
  try {
    // Mirror the data folder's place under the root, so messages name the real files.
    const relativeData = path.relative(options.root, options.dataDir);
    const scratchData = relativeData && !relativeData.startsWith('..') && !path.isAbsolute(relativeData) ? path.join(scratch, relativeData) : path.join(scratch, 'data');
    const dir = path.join(scratchData, 'indicators');
    fs.mkdirSync(dir, { recursive: true });
    const changed = new Map(changes.map((c) => [c.file, c]));
    const scratchFile = new Map(datasets.map((d) => [path.relative(scratch, path.join(dir, `${d.id}.yaml`)), d]));
    for (const dataset of datasets) fs.writeFileSync(path.join(dir, `${dataset.id}.yaml`), changed.get(dataset.file)?.text ?? dataset.text);
    const mapped = validateData(scratch, scratchData).problems.map((problem) => {
      const dataset = scratchFile.get(problem.file);
      const match = /^observations\[(\d+)\](?:\.(\w+))?/.exec(problem.field);
      const change = dataset ? changed.get(dataset.file) : undefined;
      const summaryMatch = /^summaries\[(\d+)\](?:\.(\w+))?/.exec(problem.field);
      if (summaryMatch && change && dataset) {
        const figure = summaryAt(origins.get(dataset.file), Number(summaryMatch[1]), change);
        if (figure) {
          const field = summaryMatch[2];
          const column: ImportColumn = field && field in summaryColumns ? (field as SummaryColumn) : field === 'source' ? 'source' : 'period';
          return { problem: at(figure.row, column, `${problem.message} (${dataset.id}, summary for ${labelPeriod(figure.period)})`, importFix(problem)), dataset, imported: true };
        }
      }
      if (match && change && dataset) {
        const figure = figureAt(origins.get(dataset.file), Number(match[1]), change);
        if (figure) {
          const message = match[2] === undefined ? (figure.series ? `is "${figure.series}"` : 'is empty') : problem.message;
          return { problem: at(figure.row, columnForField[match[2] ?? 'series'], `${message} (${dataset.id}, ${labelPeriod(figure.period)})`, importFix(problem)), dataset, imported: true };
        }
      }
      return { problem: { ...problem, file: dataset?.file ?? problem.file }, dataset, imported: false };
    });
    // A dataset made invalid by the import drops out of the cross-file checks; do not blame the files that mention it.
    const broken = new Set(mapped.filter((m) => m.imported).map((m) => m.dataset!.id));
    return mapped
      .filter((m) => m.imported || !m.dataset || changed.has(m.dataset.file) || ![...broken].some((id) => m.problem.message.includes(`"${id}"`)))
      .map((m) => m.problem);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The fix for the analyst: a figure later than its document covers is fixed on the command line, not in the YAML. */
function importFix(problem: Problem): string {
  const covers = /^(.*\(its dataTo\))\. /.exec(problem.fix);
  if (!covers) return problem.fix;
  return `${covers[1]}: credit it to the later document it comes from, with --source KEY (and --source-title "Title of the document" the first time) or a source column`;
}

/** The imported row behind a summary index of the merged file, if that summary came from the CSV. */
function summaryAt(fromRows: Map<Node, Figure> | undefined, index: number, change: FileChange): Figure | undefined {
  if (!fromRows) return undefined;
  const document = parseForEdit(splitTrailingComments(change.text).body, change.file);
  const summary = (document.get('summaries', true) as YAMLSeq | undefined)?.items[index];
  if (!isMap(summary)) return undefined;
  const period = String(scalar(summary.get('period', true)));
  return [...fromRows.values()].find((figure) => figure.summary && figure.period === period);
}

/** The imported figure at an observation index of the merged file, if that observation came from the CSV. */
function figureAt(fromRows: Map<Node, Figure> | undefined, index: number, change: FileChange): Figure | undefined {
  if (!fromRows) return undefined;
  const document = parseForEdit(splitTrailingComments(change.text).body, change.file);
  const observation = (document.get('observations', true) as YAMLSeq | undefined)?.items[index];
  if (!isMap(observation)) return undefined;
  const period = String(scalar(observation.get('period', true)));
  const series = scalar(observation.get('series', true)) as string | undefined;
  return [...fromRows.values()].find((figure) => figure.value !== undefined && figure.series === series && samePeriod(figure.period, period));
}

/** How many figures are added, replaced and unchanged, and how many files change. */
export function summarise(plan: ImportPlan): { added: number; replaced: number; unchanged: number; summaries: number; files: number } {
  const all = plan.changes.flatMap((c) => [...c.figures, ...c.summaries]);
  return {
    added: all.filter((f) => f.action === 'add').length,
    replaced: all.filter((f) => f.action === 'replace').length,
    unchanged: all.filter((f) => f.action === 'unchanged').length,
    summaries: plan.changes.flatMap((c) => c.summaries).filter((f) => f.action !== 'unchanged').length,
    files: plan.changes.filter((c) => [...c.figures, ...c.summaries].some((f) => f.action !== 'unchanged')).length,
  };
}

