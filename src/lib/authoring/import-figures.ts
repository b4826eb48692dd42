// The pure part of `npm run import`: merge a CSV of figures (one row per indicator and period)
// into the indicator datasets, and say exactly what would change. The merged datasets are checked
// with the same validation as `npm run check` (validateData), never with rules of their own;
// problems in imported figures are reported at the CSV line and column they came from.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMap, isScalar, isSeq, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { indicatorSchema, unitKinds } from '../../schemas/indicator.ts';
import { columnLetter, parseCsv, type CsvRow } from '../exports/csv.ts';
import { formatValue } from '../text/format.ts';
import { checkPeriod, comparePeriods, formatPeriod, labelPeriod } from '../statistics/periods.ts';
import type { Problem } from '../validation/problems.ts';
import { editDistance } from '../validation/schema-problems.ts';
import { validateData } from '../validation/validate-data.ts';
import { insertInOrder, parseForEdit, splitTrailingComments, yamlWriteOptions } from './yaml-edit.ts';

/** The columns of an import file. The first three are required; the rest may be left out or left empty. */
export const importColumns = {
  indicator: 'the dataset: its file name in data/indicators without .yaml (for example all-recorded-crime), or its title exactly as in the file',
  period: 'the period the figure covers: 2018-04 for a month (also 2017-18, 2018, 12m-to-2018-04, fytd-to-2018-04)',
  value: 'the figure, without a thousands comma or % sign if you can (4,988 and 82.5% are read as 4988 and 82.5)',
  series: 'for a dataset with several series, which one (an id from its series list)',
  note: 'anything a reader needs to know about this one figure',
  source: "where the figure comes from: a key of the dataset's sources (default: --source, or the source of the dataset's latest figure)",
  unit: `optional check: the unit the figure is in (${unitKinds.join(', ')}); a row whose unit differs from the dataset's is refused`,
} as const;
export type ImportColumn = keyof typeof importColumns;
const requiredColumns: ImportColumn[] = ['indicator', 'period', 'value'];

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
export interface FileChange {
  id: string;
  file: string;
  text: string;
  figures: FigureChange[];
  lastUpdated?: { from?: string; to: string };
  sourceAdded?: string;
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
  value: number;
  series?: string;
  note?: string;
  source?: string;
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

/** Plan an import: every change to every dataset, or every problem. Writes nothing. */
export function planImport(options: ImportOptions): ImportPlan {
  const { csvFile, root, dataDir } = options;
  const problems: Problem[] = [];
  const table = parseCsv(options.csvText);
  const columnOf = new Map(table.columns.map((name, i) => [name.toLowerCase(), i + 1]));
  const at = (row: CsvRow | number, column: ImportColumn | undefined, message: string, fix: string): Problem => {
    const number = column ? columnOf.get(column) : undefined;
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
    problems.push({ file: csvFile, line: 1, field: '(header)', message: 'is empty', fix: `start the file with a header line naming the columns, for example ${requiredColumns.join(',')}` });
    return { rows: 0, changes: [], problems };
  }
  table.columns.forEach((name, i) => {
    if (!(name.toLowerCase() in importColumns)) {
      const near = Object.keys(importColumns).find((known) => editDistance(known, name.toLowerCase()) <= 2);
      problems.push({ file: csvFile, line: 1, field: `${name || '(empty)'} (column ${columnLetter(i + 1)})`, message: 'is not a column the import knows', fix: near ? `did you mean "${near}"?` : `name the columns ${Object.keys(importColumns).join(', ')} (only the first three are required)` });
    }
  });
  const missing = requiredColumns.filter((name) => !columnOf.has(name));
  for (const name of missing) problems.push({ file: csvFile, line: 1, field: '(header)', message: `has no "${name}" column`, fix: `add a column named ${name}: ${importColumns[name]}` });
  if (missing.length) return { rows: table.rows.length, changes: [], problems };

  // Rows → figures, each tied to the dataset it belongs to.
  const datasets = listDatasets(dataDir, root);
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const byTitle = new Map(datasets.filter((d) => d.title).map((d) => [d.title!.toLowerCase(), d]));
  type Units = { unit?: { kind?: string }; series?: { id?: string; unit?: { kind?: string } }[] };
  const units = new Map<Dataset, Units>();
  const unitKindOf = (dataset: Dataset, series?: string): string | undefined => {
    if (!units.has(dataset)) units.set(dataset, parseForEdit(splitTrailingComments(dataset.text).body, dataset.file).toJS() as Units);
    const data = units.get(dataset)!;
    return data.series?.find((s) => s.id === series)?.unit?.kind ?? data.unit?.kind;
  };
  const figures: Figure[] = [];
  table.rows.forEach((row, index) => {
    options.onProgress?.(index + 1, table.rows.length);
    const cell = (column: ImportColumn) => row.cells[column]?.trim() ?? '';
    const indicator = cell('indicator');
    const dataset = byId.get(indicator) ?? byId.get(indicator.toLowerCase()) ?? byTitle.get(indicator.toLowerCase());
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
    const valueText = cell('value');
    const figure = readFigure(valueText);
    if (!figure) {
      problems.push(at(row, 'value', valueText ? `is "${valueText}"` : 'is empty', 'must be a number, for example 4988 or 82.5 (a figure that is not known yet is left out: delete the row)'));
      ok = false;
    }
    const series = cell('series') || undefined;
    const unit = cell('unit') || undefined;
    if (unit && !(unitKinds as readonly string[]).includes(unit)) {
      problems.push(at(row, 'unit', `is "${unit}"`, `must be one of ${unitKinds.join(', ')}, or left empty`));
      ok = false;
    }
    if (!ok || !dataset || !figure || !period.ok) return;
    const kind = unitKindOf(dataset, series);
    if (figure.percent && kind !== 'percent') {
      problems.push(at(row, 'value', `is "${valueText}", a percentage, but ${dataset.id} is measured as a ${kind ?? 'figure'}, not a percentage`, 'check the row is for the right indicator, and write the figure without a % sign'));
      return;
    }
    if (unit && kind && unit !== kind) {
      problems.push(at(row, 'unit', `is "${unit}" but ${dataset.id} is measured as ${kind}`, 'check the row is for the right indicator and the figure is in the right unit'));
      return;
    }
    figures.push({ row, dataset, period: formatPeriod(period.period), value: figure.value, series, note: cell('note') || undefined, source: cell('source') || options.source });
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
    const change: FileChange = { id: dataset.id, file: dataset.file, text: dataset.text, figures: [], corrections: [] };
    const fromRows = new Map<Node, Figure>();
    origins.set(dataset.file, fromRows);
    const data = document.toJS() as { unit?: { kind: string }; series?: { id: string; label?: string; unit?: { kind: string } }[]; sources?: Record<string, unknown>; lastUpdated?: string };

    if (options.source && !data.sources?.[options.source]) {
      if (options.sourceTitle) {
        let sources = document.get('sources', true);
        if (!isMap(sources)) {
          sources = new YAMLMap();
          insertInOrder(document, 'sources', sources, order);
        }
        (sources as YAMLMap).set(options.source, document.createNode({ title: options.sourceTitle }));
        change.sourceAdded = options.source;
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
      const key = `${figure.series ?? ''}|${figure.period}`;
      const earlier = seen.get(key);
      if (earlier) {
        if (earlier.value !== figure.value) problems.push(at(figure.row, 'value', `is ${figure.value} but line ${earlier.row.line} gives ${earlier.value} for ${dataset.id}, ${labelPeriod(figure.period)}${figure.series ? `, series ${figure.series}` : ''}`, 'keep one of the two rows'));
        continue;
      }
      seen.set(key, figure);
      const existing = existingByKey.get(key);
      if (existing) {
        const previous = valueOf(existing);
        const previousNote = scalar(existing.get('note', true)) as string | undefined;
        const noteChanges = figure.note !== undefined && figure.note !== previousNote;
        if (previous === figure.value && !noteChanges) {
          change.figures.push({ line: figure.row.line, period: figure.period, series: figure.series, value: figure.value, previous, action: 'unchanged' });
          continue;
        }
        if (!options.replace) {
          const line = lineOfNode(body, existing);
          problems.push(
            at(
              figure.row,
              previous === figure.value ? 'note' : 'value',
              previous === figure.value
                ? `is "${figure.note}" but ${dataset.file}${line ? `:${line}` : ''} already has ${previousNote ? `the note "${previousNote}"` : 'no note'} for ${labelPeriod(figure.period)}`
                : `is ${figure.value} but ${dataset.file}${line ? `:${line}` : ''} already gives ${previous} for ${labelPeriod(figure.period)}${figure.series ? `, series ${figure.series}` : ''}`,
              'check the figure. To replace the published one, run the import again with --replace: the dataset then shows a dated correction note',
            ),
          );
          continue;
        }
        existing.set('value', figure.value);
        if (figure.note !== undefined) existing.set('note', figure.note);
        if (figure.source && figure.source !== scalar(existing.get('source', true))) existing.set('source', figure.source);
        fromRows.set(existing, figure);
        change.figures.push({ line: figure.row.line, period: figure.period, series: figure.series, value: figure.value, previous, action: 'replace' });
        if (previous !== figure.value) {
          const series = data.series?.find((s) => s.id === figure.series);
          const unit = series?.unit ?? data.unit;
          const show = (v: number) => (unit && Number.isFinite(v) ? formatValue(v, unit as Parameters<typeof formatValue>[1]) : String(v));
          corrections.push(`The figure for ${labelPeriod(figure.period)}${series?.label ? ` (${series.label})` : ''} was corrected from ${show(previous)} to ${show(figure.value)}.`);
        }
        continue;
      }
      // A new figure: same key order as the file's figures, after the last earlier period of its series.
      const sameSeries = originalBySeries.get(figure.series ?? '') ?? [];
      const source = figure.source ?? (sameSeries.length ? (scalar((sameSeries.at(-1)!.node as YAMLMap).get('source', true)) as string) : Object.keys(data.sources ?? {})[0]);
      const node = document.createNode({ period: figure.period, value: figure.value, ...(figure.series ? { series: figure.series } : {}), ...(figure.note ? { note: figure.note } : {}), ...(source ? { source } : {}) }) as YAMLMap;
      node.flow = flow;
      let after = sameSeries.length - 1;
      while (after >= 0 && comparePeriodText(sameSeries[after]!.period, figure.period) > 0) after -= 1;
      inserts.push(after >= 0 ? { figure, node, anchor: sameSeries[after]!.node, where: 'after' } : sameSeries.length ? { figure, node, anchor: sameSeries[0]!.node, where: 'before' } : { figure, node, where: 'end' });
      fromRows.set(node, figure);
      change.figures.push({ line: figure.row.line, period: figure.period, series: figure.series, value: figure.value, action: 'add' });
    }

    if (inserts.length) {
      // Rebuild the list once: each new figure next to its neighbour in the file, new figures in period order.
      const series = [...new Set(inserts.map((i) => i.figure.series ?? ''))];
      const order = (list: typeof inserts) => [...list].sort((a, b) => series.indexOf(a.figure.series ?? '') - series.indexOf(b.figure.series ?? '') || comparePeriodText(a.figure.period, b.figure.period)).map((i) => i.node);
      const grouped = { before: new Map<unknown, typeof inserts>(), after: new Map<unknown, typeof inserts>() };
      for (const insert of inserts) if (insert.where !== 'end') grouped[insert.where].set(insert.anchor, [...(grouped[insert.where].get(insert.anchor) ?? []), insert]);
      const next = (where: 'after' | 'before', node: unknown) => order(grouped[where].get(node) ?? []);
      seq.items = [...original.flatMap((node) => [...next('before', node), node, ...next('after', node)]), ...order(inserts.filter((i) => i.where === 'end'))];
    }

    if (corrections.length) {
      let list = document.get('corrections', true);
      if (!isSeq(list)) {
        list = new YAMLSeq();
        insertInOrder(document, 'corrections', list, order);
      }
      for (const note of corrections) (list as YAMLSeq).items.push(document.createNode({ date: options.today, note }));
      change.corrections = corrections;
    }
    const changed = change.figures.some((f) => f.action !== 'unchanged');
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

/** Order two periods as written in a file (oldest first); unreadable periods count as equal. */
function comparePeriodText(a: string, b: string): number {
  try {
    return comparePeriods(a, b);
  } catch {
    return 0;
  }
}

function lineOfNode(text: string, node: Node): number | undefined {
  const start = node.range?.[0];
  return start === undefined ? undefined : text.slice(0, start).split('\n').length;
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
      if (match && change && dataset) {
        const figure = figureAt(origins.get(dataset.file), Number(match[1]), change);
        if (figure) {
          const message = match[2] === undefined ? (figure.series ? `is "${figure.series}"` : 'is empty') : problem.message;
          return { problem: at(figure.row, columnForField[match[2] ?? 'series'], `${message} (${dataset.id}, ${labelPeriod(figure.period)})`, problem.fix), dataset, imported: true };
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

/** The imported figure at an observation index of the merged file, if that observation came from the CSV. */
function figureAt(fromRows: Map<Node, Figure> | undefined, index: number, change: FileChange): Figure | undefined {
  if (!fromRows) return undefined;
  const document = parseForEdit(splitTrailingComments(change.text).body, change.file);
  const observation = (document.get('observations', true) as YAMLSeq | undefined)?.items[index];
  if (!isMap(observation)) return undefined;
  const period = String(scalar(observation.get('period', true)));
  const series = scalar(observation.get('series', true)) as string | undefined;
  return [...fromRows.values()].find((figure) => figure.series === series && samePeriod(figure.period, period));
}

/** How many figures are added, replaced and unchanged, and how many files change. */
export function summarise(plan: ImportPlan): { added: number; replaced: number; unchanged: number; files: number } {
  const all = plan.changes.flatMap((c) => c.figures);
  return {
    added: all.filter((f) => f.action === 'add').length,
    replaced: all.filter((f) => f.action === 'replace').length,
    unchanged: all.filter((f) => f.action === 'unchanged').length,
    files: plan.changes.filter((c) => c.figures.some((f) => f.action !== 'unchanged')).length,
  };
}

