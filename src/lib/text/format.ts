// UK number and date formatting for indicator figures. Numbers go through d3-format with an
// explicit en-GB locale (so the output never depends on the build machine) and a real minus sign.
import { formatLocale } from 'd3-format';
import type { Unit } from '../../schemas/indicator.ts';
import { formatDate as formatIsoDate } from './dates.ts';

const locale = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], minus: '\u2212' });

const londonDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** A number with thousands separators and a fixed number of decimals: 8132 → "8,132"; −4762 → "−4,762". */
export function formatNumber(value: number, decimals = 0): string {
  return locale.format(`,.${decimals}f`)(value);
}

/** A number with its sign always shown: "+8,132", "−749", "0". */
export function formatSignedNumber(value: number, decimals = 0): string {
  const text = formatNumber(value, decimals);
  // d3 already drops the minus from a value that rounds to zero; give such a value no plus either.
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** A percentage already on the 0-100 scale: 14.006 → "14.0%". */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)}%`;
}

/** A percentage change with its sign: 14.006 → "+14.0%"; −13.06 → "−13.1%". */
export function formatSignedPercent(value: number, decimals = 1): string {
  return `${formatSignedNumber(value, decimals)}%`;
}

/** A difference between two percentages: 3.1 → "3.1 percentage points"; 1 with no decimals → "1 percentage point". */
export function formatPercentagePoints(value: number, decimals = 1): string {
  const text = formatNumber(value, decimals);
  return `${text} ${text === '1' || text === '\u22121' ? 'percentage point' : 'percentage points'}`;
}

/** How many decimals a figure of this kind is shown with: counts, minutes and days whole (one place if fractional), percentages and days per person to one place. */
export function decimalsFor(unit: Pick<Unit, 'kind'>, value?: number): number {
  switch (unit.kind) {
    case 'count':
    case 'minutes':
    case 'days':
      return value !== undefined && !Number.isInteger(value) ? 1 : 0;
    default:
      return 1;
  }
}

/** A figure in its unit: "8,132", "14.0%", "16 minutes", "84 days", "9.4 days". */
export function formatValue(value: number, unit: Pick<Unit, 'kind'>): string {
  const text = formatNumber(value, decimalsFor(unit, value));
  switch (unit.kind) {
    case 'percent':
      return `${text}%`;
    case 'minutes':
      return `${text} ${text === '1' ? 'minute' : 'minutes'}`;
    case 'days':
    case 'days-per-person':
      return `${text} ${text === '1' || text === '1.0' ? 'day' : 'days'}`;
    default:
      return text;
  }
}

/**
 * A date in UK style, "10 May 2018". A `YYYY-MM-DD` string is a calendar date with no time zone
 * and goes through the site's date formatter (src/lib/text/dates.ts); a Date is an instant and is
 * shown as the date it was in Europe/London.
 */
export function formatDate(value: string | Date): string {
  return typeof value === 'string' ? formatIsoDate(value) : londonDate.format(value);
}
