// How figures are written in charts and tables: the site's UK formatters (src/lib/text/format.ts) with
// the unit in the column heading, so a cell says "4,988" under "Crimes" and "95.6%" under "Percentage".
import type { Indicator, Unit } from '../schemas/indicator.ts';
import { decimalsFor, formatNumber, formatPercent } from '../lib/text/format.ts';
import { labelPeriod, parsePeriod } from '../lib/statistics/periods.ts';
import { capitalise, singular } from '../lib/text/sentences.ts';
import type { Cell, FigureSource } from './figure-model.ts';
import type { NumberFormat } from './layout.ts';

// The charts' builders take capitalise from here, with the other words of figures; it lives with the sentences.
export { capitalise };

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Heading of a column of figures in this unit: "Crimes", "Percentage", "Minutes", "Days per police officer". */
export function unitHeading(unit: Unit): string {
  switch (unit.kind) {
    case 'count':
      return capitalise(unit.of);
    case 'percent':
      return 'Percentage';
    case 'minutes':
      return 'Minutes';
    case 'days':
      return 'Days';
    case 'days-per-person':
      return `Days per ${singular(unit.of)}`;
  }
}

/** A figure as a table cell or chart label shows it under its unit heading: "4,988", "95.6%", "16", "9.4". */
export function figureText(value: number, unit: Pick<Unit, 'kind'>): string {
  if (unit.kind === 'percent') return formatPercent(value, decimalsFor(unit, value));
  return formatNumber(value, decimalsFor(unit, value));
}

/** How a chart writes figures of this unit: value labels as in the table, ticks with "%" for percentages. */
export function numberFormat(unit: Pick<Unit, 'kind'>): NumberFormat {
  return {
    value: (value) => figureText(value, unit),
    tick: (value, decimals) => `${formatNumber(value, decimals)}${unit.kind === 'percent' ? '%' : ''}`,
    ...(unit.kind === 'percent' ? { ceiling: 100 } : {}),
  };
}

/** The title of a value axis for this unit, or undefined where the tick labels already say it (percentages). */
export function axisTitle(unit: Unit): string | undefined {
  return unit.kind === 'percent' ? undefined : unitHeading(unit);
}

/** A figure cell. */
export function figureCell(value: number | undefined | null, unit: Pick<Unit, 'kind'>, missing = 'No figure published'): Cell {
  return value === undefined || value === null ? { text: missing, missing: true, numeric: true } : { text: figureText(value, unit), numeric: true };
}

/** A period cell. Periods are not dates, so they are plain text, not <time> (the site keeps <time> for full dates). */
export function periodCell(period: string): Cell {
  // A row heading starts with a capital: "Financial year 2012-13".
  const text = capitalise(labelPeriod(parsePeriod(period)));
  // "2012-13" must not break at its hyphen; labels with spaces may wrap.
  return text.includes(' ') ? { text } : { text, nowrap: true };
}

/** The documents behind a set of source keys, in the order the dataset lists its sources. */
export function sourcesOf(indicator: Pick<Indicator, 'sources'>, keys: Iterable<string>): FigureSource[] {
  const wanted = new Set(keys);
  return Object.entries(indicator.sources)
    .filter(([key]) => wanted.has(key))
    .map(([, source]) => ({ title: source.title, location: source.location }));
}

/** A sentence without its full stop, so it can be followed by more words. */
export const withoutStop = (text: string): string => text.replace(/[.\s]+$/, '');

/** A title followed by more words: "All Recorded Crime: March 2015 to March 2018", but "How safe do our communities feel? December 2014 to …". */
export function titled(title: string, rest: string): string {
  return /[?!]$/.test(title) ? `${title} ${rest}` : `${title}: ${rest}`;
}

/** A table caption: the title and the periods, unless the title already names them. */
export function captionFor(title: string, periods: string): string {
  return title.includes(periods) ? title : titled(title, periods);
}
