// The pure part of `npm run import` for a month of spending over £500: read a spend CSV in one of the LGA layouts
// (recognised by its header row), and say what would change in data/spend/<month>.yaml. The merged month is
// checked with the spend schema that `npm run check` uses; problems in the CSV name its line and column.
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { isRealDate } from '../../schemas/common.ts';
import { spendMonthSchema, spentByValues, type SpendItem, type SpendMonth, type SpentBy } from '../../schemas/spend.ts';
import { columnLetter, parseCsv, type CsvRow } from '../exports/csv.ts';
import { formatMonth } from '../text/dates.ts';
import type { Problem } from '../validation/problems.ts';
import { editDistance } from '../validation/schema-problems.ts';
import { yamlOptions } from '../sources/source-file.ts';
import { spendFiles } from '../validation/validate-spend.ts';
import { formatPounds, toPence } from '../spend/spend-totals.ts';
import { yamlWriteOptions } from './yaml-edit.ts';

type Field = Exclude<keyof SpendItem, 'spentBy' | 'creditNote'>;

/**
 * The header names each field is read from, as the layouts spell them: first the older LGA template (Body, Body
 * name, Date, Transaction Number, Amount, Supplier, Supplier ID, Expense Area, Expense Type, Expense code, Extended
 * Description), then the names of the layout in use since October 2014, then spellings common in exports.
 */
export const spendHeaders: Record<Field, readonly string[]> = {
  body: ['Body'],
  bodyName: ['Body name', 'Name of body', 'Organisation name'],
  date: ['Date', 'Transaction date', 'Payment date'],
  transactionNumber: ['Transaction Number', 'Transaction no'],
  amount: ['Amount', 'Net amount'],
  irrecoverableVat: ['Irrecoverable VAT'],
  supplier: ['Supplier', 'Supplier name', 'Supplier (beneficiary)', 'Beneficiary'],
  supplierId: ['Supplier ID'],
  expenseArea: ['Expense Area', 'Department or service', 'Department/service', 'Department/service where expenditure occurred', 'Service area'],
  expenseType: ['Expense Type', 'Procurement category'],
  expenseCode: ['Expense code', 'CIPFA expenditure code'],
  description: ['Extended Description', 'Purpose of expenditure', 'Purpose of expenditure (narrative)', 'Description'],
  cardTransaction: ['Card transaction'],
};
const requiredFields: Field[] = ['date', 'amount', 'supplier', 'expenseArea', 'expenseType'];

/** Header names compared without case, spaces or punctuation: "Transaction Number" is "transaction_number". */
const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const fieldByHeader = new Map(Object.entries(spendHeaders).flatMap(([field, names]) => names.map((name) => [normalise(name), field as Field])));
const allHeaders = Object.values(spendHeaders).flat();

/** Whether a CSV header row is a spend export rather than figures: it names a supplier, or an expense area or type. */
export function isSpendHeader(columns: readonly string[]): boolean {
  const fields = new Set(columns.map((name) => fieldByHeader.get(normalise(name))));
  return !columns.some((name) => normalise(name) === 'indicator') && (fields.has('supplier') || fields.has('expenseArea') || fields.has('expenseType'));
}

/** The nearest accepted header names to an unknown one, closest first. */
export function nearestHeaders(name: string, most = 3): string[] {
  const key = normalise(name);
  return allHeaders
    .map((known) => ({ known, distance: editDistance(normalise(known), key) }))
    .filter(({ distance }) => distance <= Math.max(3, Math.floor(key.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.known.localeCompare(b.known, 'en'))
    .slice(0, most)
    .map(({ known }) => known);
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as exports write it: 05/03/2018 or 5/3/2018 (UK order), 2018-03-05, or 2018-03-05 00:00:00. */
export function readSpendDate(text: string): { date: string } | { problem: string; fix: string } {
  const clean = text.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(clean);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$/.exec(clean);
  const parts = uk ? { day: Number(uk[1]), month: Number(uk[2]), year: Number(uk[3]) } : iso ? { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) } : undefined;
  if (!parts) return { problem: `is "${clean}", not a date the import can read`, fix: 'write the date as dd/mm/yyyy (05/03/2018) or yyyy-mm-dd (2018-03-05)' };
  const date = `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
  if (parts.month < 1 || parts.month > 12) return { problem: `is "${clean}", but there is no month ${parts.month}`, fix: uk ? 'write the day first, then the month (01 to 12): dd/mm/yyyy' : 'the month must be 01 to 12' };
  if (!isRealDate(date)) {
    const days = new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate();
    return { problem: `is "${clean}", which is not a real date: ${monthNames[parts.month - 1]} ${parts.year} has ${days} days`, fix: 'check the day against the finance system, and correct it' };
  }
  return { date };
}

/** An amount as exports write it: 1234.56, 1,234.56, £1,234.56, -612.00, −£612.00 or (612.00). Pence only: a float artefact such as 7956.420000000001 is rounded. */
export function readAmount(text: string): { pounds: number } | { problem: string; fix: string } {
  let clean = text.trim().replace(/\u2212/g, '-').replace(/\s/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(clean)) (negative = true), (clean = clean.slice(1, -1));
  if (clean.startsWith('-')) (negative = !negative), (clean = clean.slice(1));
  clean = clean.replace(/^£/, '');
  if (clean.startsWith('-')) (negative = !negative), (clean = clean.slice(1));
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(clean)) clean = clean.replace(/,/g, '');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(clean)) return { problem: `is "${text.trim()}", not an amount`, fix: 'write pounds and pence, for example 1234.56, 1,234.56 or £1,234.56' };
  const value = Number(clean);
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) return { problem: `is "${text.trim()}", which is not a whole number of pence`, fix: 'round the amount to pence (two decimal places)' };
  const pounds = Math.round(value * 100) / 100;
  return { pounds: negative && pounds !== 0 ? -pounds : pounds };
}

const yes = new Set(['y', 'yes', 'true', '1']);
const no = new Set(['n', 'no', 'false', '0']);

export interface SpendImportOptions {
  csvFile: string;
  csvText: string;
  root: string;
  dataDir: string;
  /** Who spent the money in this export. */
  spentBy?: string;
  /** The month the export is published for, YYYY-MM; by default the month of its dates, when they share one. */
  month?: string;
  /** The date the month's spending was published, YYYY-MM-DD. */
  published?: string;
  /** Title of the published document or export the items come from. */
  sourceTitle?: string;
  sourceUrl?: string;
  /** Record negative amounts as credit notes (without it a negative amount is refused). */
  creditNotes?: boolean;
  /** Replace the items of this spender already kept for the month. */
  replace?: boolean;
}

export interface SpendImportPlan {
  rows: number;
  problems: Problem[];
  /** The month file written, relative to the root, and its new text; undefined when there are problems. */
  file?: string;
  text?: string;
  month?: string;
  added: number;
  /** Items of this spender already in the file, which the import replaces. */
  replaced: number;
  /** Items of the other spender, kept as they are. */
  kept: number;
  pence: number;
  creditNotes: number;
  isNewFile: boolean;
}

/** Plan the import of a spend CSV: the month file's new text, or every problem. Writes nothing. */
export function planSpendImport(options: SpendImportOptions): SpendImportPlan {
  const { csvFile } = options;
  const problems: Problem[] = [];
  const empty: SpendImportPlan = { rows: 0, problems, added: 0, replaced: 0, kept: 0, pence: 0, creditNotes: 0, isNewFile: false };
  const option = (name: string, message: string, fix: string) => problems.push({ file: 'npm run import', field: name, message, fix });
  if (!options.spentBy) option('--spent-by', 'is missing', `say who spent the money in this export: --spent-by ${spentByValues.join(' or --spent-by ')}`);
  else if (!(spentByValues as readonly string[]).includes(options.spentBy)) option('--spent-by', `is "${options.spentBy}"`, `must be ${spentByValues.join(' or ')}`);
  if (!options.published) option('--published', 'is missing', 'give the date this month\'s spending was published, written YYYY-MM-DD, for example --published 2018-04-20');
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(options.published) || !isRealDate(options.published)) option('--published', `is "${options.published}"`, 'must be a real date written YYYY-MM-DD, for example 2018-04-20');
  if (!options.sourceTitle) option('--source-title', 'is missing', 'give the title of the published document or export, for example --source-title "Spending over £500, March 2018"');
  if (options.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) option('--month', `is "${options.month}"`, 'must be a month written YYYY-MM, for example 2018-03');

  const table = parseCsv(options.csvText);
  for (const error of table.errors) problems.push({ file: csvFile, line: error.line, field: error.column ? `(column ${columnLetter(error.column)})` : '(row)', message: error.message, fix: 'check the quotes and commas on this line' });
  const columnOf = new Map<Field, { index: number; name: string }>();
  table.columns.forEach((name, i) => {
    const field = fieldByHeader.get(normalise(name));
    if (!field) {
      const near = nearestHeaders(name);
      problems.push({
        file: csvFile,
        line: 1,
        field: `${name || '(empty)'} (column ${columnLetter(i + 1)})`,
        message: 'is not a column of the LGA spend layouts',
        fix: near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? Rename the column` : `name the columns as the LGA layouts do: ${allHeaders.join(', ')}`,
      });
    } else if (columnOf.has(field)) {
      problems.push({ file: csvFile, line: 1, field: `${name} (column ${columnLetter(i + 1)})`, message: `gives the ${field} a second time, after "${columnOf.get(field)!.name}"`, fix: 'keep one of the two columns' });
    } else columnOf.set(field, { index: i + 1, name });
  });
  for (const field of requiredFields) {
    if (!columnOf.has(field)) problems.push({ file: csvFile, line: 1, field: '(header)', message: `has no ${spendHeaders[field].map((n) => `"${n}"`).join(' or ')} column`, fix: `add the column: every item of spending needs its ${field}` });
  }
  if (problems.some((p) => p.line === 1 || p.file === 'npm run import')) return { ...empty, rows: table.rows.length };

  const at = (row: CsvRow, field: Field, message: string, fix: string): Problem => {
    const column = columnOf.get(field);
    return { file: csvFile, line: row.line, field: column ? `${column.name} (column ${columnLetter(column.index)})` : field, message, fix };
  };
  const spentBy = options.spentBy as SpentBy;
  const items: SpendItem[] = [];
  const monthsSeen = new Set<string>();
  for (const row of table.rows) {
    const cell = (field: Field) => {
      const column = columnOf.get(field);
      return column ? (row.cells[column.name.toLowerCase()] ?? '').trim() : '';
    };
    let ok = true;
    const fail = (problem: Problem) => {
      problems.push(problem);
      ok = false;
    };
    const dateText = cell('date');
    const date = dateText ? readSpendDate(dateText) : { problem: 'is empty', fix: 'give the date of the transaction, dd/mm/yyyy' };
    if ('problem' in date) fail(at(row, 'date', date.problem, date.fix));
    const amountText = cell('amount');
    const amount = amountText ? readAmount(amountText) : { problem: 'is empty', fix: 'give the amount in pounds and pence, for example 1234.56' };
    if ('problem' in amount) fail(at(row, 'amount', amount.problem, amount.fix));
    else if (amount.pounds < 0 && !options.creditNotes) {
      fail(
        at(
          row,
          'amount',
          `is "${amountText}", a negative amount`,
          'the Transparency Code guidance counts credit notes over £500 as spending to publish; if this row is a credit note (money back from the supplier), run the import again with --credit-notes to record negative amounts as credit notes; otherwise correct the amount',
        ),
      );
    }
    const vatText = cell('irrecoverableVat');
    const vat = vatText ? readAmount(vatText) : undefined;
    if (vat && 'problem' in vat) fail(at(row, 'irrecoverableVat', vat.problem, vat.fix));
    const supplier = cell('supplier');
    if (!supplier) fail(at(row, 'supplier', 'is empty', 'give who was paid, as published; where the name is withheld, write what the office publishes instead, for example "Redacted personal data"'));
    for (const field of ['expenseArea', 'expenseType'] as const) {
      if (!cell(field)) fail(at(row, field, 'is empty', field === 'expenseArea' ? 'give the part of the organisation that spent it (the expense area or department)' : 'give the category of spending (the expense type or procurement category)'));
    }
    const cardText = cell('cardTransaction').toLowerCase();
    if (cardText && !yes.has(cardText) && !no.has(cardText)) fail(at(row, 'cardTransaction', `is "${cell('cardTransaction')}"`, 'write Y or N (or yes, no, true, false), or leave it empty'));
    if (!ok || 'problem' in date || 'problem' in amount) continue;
    monthsSeen.add(date.date.slice(0, 7));
    // In the schema's order, so the file reads like the export; fields the export leaves empty are left out.
    const optional = (field: Field) => cell(field) || undefined;
    const item: SpendItem = {
      spentBy,
      body: optional('body'),
      bodyName: optional('bodyName'),
      date: date.date,
      transactionNumber: optional('transactionNumber'),
      amount: amount.pounds,
      irrecoverableVat: vat && !('problem' in vat) ? vat.pounds : undefined,
      supplier,
      supplierId: optional('supplierId'),
      expenseArea: cell('expenseArea'),
      expenseType: cell('expenseType'),
      expenseCode: optional('expenseCode'),
      description: optional('description'),
      cardTransaction: cardText ? yes.has(cardText) : undefined,
      creditNote: amount.pounds < 0,
    };
    for (const key of Object.keys(item) as (keyof SpendItem)[]) if (item[key] === undefined) delete item[key];
    items.push(item);
  }
  if (!table.rows.length) problems.push({ file: csvFile, line: 2, field: '(row)', message: 'the file has a header but no rows', fix: 'export the month\'s items of spending below the header' });
  const month = options.month ?? (monthsSeen.size === 1 ? [...monthsSeen][0] : undefined);
  if (!options.month && monthsSeen.size > 1) {
    const months = [...monthsSeen].sort();
    option('--month', `is missing, and the dates fall in ${months.length} months (${months.map((m) => formatMonth(`${m}-01`)).join(', ')})`, 'say which month the export is published for, for example --month 2018-03');
  }
  if (problems.length || !month) return { ...empty, rows: table.rows.length };

  // Merge into the month's file: the other spender's items stay as they are.
  const absolute = path.join(options.dataDir, spendFiles.folder, `${month}${spendFiles.extension}`);
  const file = path.relative(options.root, absolute);
  const isNewFile = !fs.existsSync(absolute);
  const existing = isNewFile ? undefined : (parse(fs.readFileSync(absolute, 'utf8'), yamlOptions) as Partial<SpendMonth> | null) ?? undefined;
  const existingItems = (existing?.items ?? []) as SpendItem[];
  const ours = existingItems.filter((item) => item.spentBy === spentBy);
  const kept = existingItems.filter((item) => item.spentBy !== spentBy);
  if (ours.length && !options.replace) {
    option('--replace', `is not given, and ${file} already holds ${ours.length} ${ours.length === 1 ? 'item' : 'items'} spent by ${spentBy} for ${formatMonth(`${month}-01`)}`, 'run the import again with --replace to replace them with this export (a corrected month); or check --spent-by and --month');
  }
  if (existing?.source?.title && existing.source.title !== options.sourceTitle) {
    option('--source-title', `is "${options.sourceTitle}", but ${file} credits its items to "${existing.source.title}"`, 'give the same title: this version keeps one source per month');
  }
  const merged = {
    month,
    published: existing?.published && existing.published > options.published! ? existing.published : options.published!,
    source: { title: options.sourceTitle!, ...(options.sourceUrl ? { url: options.sourceUrl } : {}) },
    items: [...kept, ...items],
  };
  const checked = spendMonthSchema.safeParse(merged);
  if (!checked.success) {
    for (const issue of checked.error.issues.slice(0, 20)) problems.push({ file, field: issue.path.join('.') || '(file)', message: 'would not pass the content check', fix: issue.message });
  }
  if (problems.length) return { ...empty, rows: table.rows.length };
  const header = `# Spending over £500 for ${formatMonth(`${month}-01`)}, written by npm run import. Edit by hand or import again with --replace.\n`;
  const text = header + stringify(merged, yamlWriteOptions);
  return {
    rows: table.rows.length,
    problems,
    file,
    text,
    month,
    added: items.length,
    replaced: ours.length,
    kept: kept.length,
    pence: items.reduce((sum, item) => sum + toPence(item.amount), 0),
    creditNotes: items.filter((item) => item.creditNote).length,
    isNewFile,
  };
}

/** The report of a planned import, for the terminal. */
export function describeSpendPlan(plan: SpendImportPlan): string {
  const items = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'item' : 'items'}`;
  return [
    `${plan.file}${plan.isNewFile ? '  (new file)' : ''}`,
    `  + ${items(plan.added)} for ${formatMonth(`${plan.month}-01`)}, totalling ${formatPounds(plan.pence)}${plan.creditNotes ? `, with ${items(plan.creditNotes)} recorded as credit notes` : ''}`,
    ...(plan.replaced ? [`  ~ replaces the ${items(plan.replaced)} this spender already had for the month`] : []),
    ...(plan.kept ? [`  = keeps the ${items(plan.kept)} of the other spender`] : []),
  ].join('\n');
}
