// Spending over £500: totals for a month by supplier and by expense type, worked out in whole pence so that a
// total is never off by a rounding error, and the month's suppliers split into pages that stay small.
import { formatNumber } from '../text/format.ts';
import type { SpendItem, SpendMonth, SpentBy } from '../../schemas/spend.ts';

/** Pence in a sum of pounds and pence: 1234.56 → 123456. */
export const toPence = (pounds: number): number => Math.round(pounds * 100);

/** "£1,234.56"; a credit note "−£612.00". */
export function formatPounds(pence: number): string {
  const text = `£${formatNumber(Math.abs(pence) / 100, 2)}`;
  return pence < 0 ? `\u2212${text}` : text;
}

/** Who spent it, in words. */
export const spentByLabels: Record<SpentBy, string> = { pcc: "Commissioner's office", 'chief-constable': 'Chief Constable' };

/** One row of a table of totals. */
export interface SpendTotal {
  name: string;
  /** Sum of the items, in pence (credit notes subtract). */
  pence: number;
  items: number;
}

/** Totals by a key, largest first, ties by name: the order of a table of totals. */
export function totalsBy(items: readonly SpendItem[], key: (item: SpendItem) => string): SpendTotal[] {
  const totals = new Map<string, SpendTotal>();
  for (const item of items) {
    const name = key(item);
    const total = totals.get(name) ?? { name, pence: 0, items: 0 };
    total.pence += toPence(item.amount);
    total.items += 1;
    totals.set(name, total);
  }
  return [...totals.values()].sort((a, b) => b.pence - a.pence || a.name.localeCompare(b.name, 'en'));
}

/** What a month page shows: the month's total and item count, and totals by supplier, expense type and spender. */
export interface SpendMonthSummary {
  month: string;
  pence: number;
  items: number;
  creditNotes: number;
  bySupplier: SpendTotal[];
  byExpenseType: SpendTotal[];
  bySpender: SpendTotal[];
}

export function summariseMonth(data: SpendMonth): SpendMonthSummary {
  const { items } = data;
  return {
    month: data.month,
    pence: items.reduce((sum, item) => sum + toPence(item.amount), 0),
    items: items.length,
    creditNotes: items.filter((item) => item.creditNote).length,
    bySupplier: totalsBy(items, (item) => item.supplier),
    byExpenseType: totalsBy(items, (item) => item.expenseType),
    bySpender: totalsBy(items, (item) => spentByLabels[item.spentBy]),
  };
}

/**
 * Rows of a table per page. A supplier row is about 200 bytes of HTML (about 60 gzipped), so 500 rows keep a page
 * well under the 100 KB gzipped limit whatever else it holds.
 */
export const rowsPerPage = 500;

/** The rows split into pages of at most `size`; always at least one page, which may be empty. */
export function paginate<T>(rows: readonly T[], size: number = rowsPerPage): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < rows.length; start += size) pages.push(rows.slice(start, start + size));
  return pages.length ? pages : [[]];
}
