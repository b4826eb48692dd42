// The open data of spending over £500: one CSV and one JSON file per month, and one of each for every month.
// The CSV keeps the LGA column names (the layout the import reads back), with who spent it and the month added.
import { csvField } from './csv.ts';
import { licence } from './dataset-export.ts';
import type { SpendMonth } from '../../schemas/spend.ts';

/** The download's columns: its header names, and the field of a flattened record each is read from. */
export const spendCsvColumns = [
  ['Month', 'month'],
  ['Spent by', 'spentBy'],
  ['Body', 'body'],
  ['Body name', 'bodyName'],
  ['Date', 'date'],
  ['Transaction Number', 'transactionNumber'],
  ['Amount', 'amount'],
  ['Irrecoverable VAT', 'irrecoverableVat'],
  ['Supplier', 'supplier'],
  ['Supplier ID', 'supplierId'],
  ['Expense Area', 'expenseArea'],
  ['Expense Type', 'expenseType'],
  ['Expense code', 'expenseCode'],
  ['Extended Description', 'description'],
  ['Card transaction', 'cardTransaction'],
  ['Credit note', 'creditNote'],
  ['Published', 'published'],
  ['Source', 'source'],
] as const;

type Flat = Partial<Record<(typeof spendCsvColumns)[number][1], string | number | boolean | undefined>>;

/** Each item with the month, publication date and source of its file. */
export function spendRecords(months: readonly SpendMonth[]): Flat[] {
  return months.flatMap((m) =>
    m.items.map((item) => ({
      month: m.month,
      ...item,
      amount: item.amount.toFixed(2),
      irrecoverableVat: item.irrecoverableVat?.toFixed(2),
      published: m.published,
      source: m.source.title,
    })),
  );
}

/** The CSV file of the months given, oldest first: a header row, one row per item, CRLF line ends (RFC 4180). */
export function spendCsv(months: readonly SpendMonth[]): string {
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const lines = [spendCsvColumns.map(([name]) => name).join(','), ...spendRecords(sorted).map((row) => spendCsvColumns.map(([, field]) => csvField(row[field])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The JSON file: the months as kept (the source's maintainer notes left out), with the licence. */
export function spendJson(months: readonly SpendMonth[]): string {
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const published = sorted.map(({ source: { provenance: _provenance, ...source }, ...month }) => ({ ...month, source }));
  return `${JSON.stringify({ licence, months: published }, null, 2)}\n`;
}
