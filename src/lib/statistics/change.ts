// Changes between figures. Pure arithmetic: rounding happens only when a figure is formatted,
// so that 66,192 against 58,060 stays +14.006% here and becomes "14.0%" on the page.
import { parsePeriod, periodYearsEarlier, sameMonthYearsEarlier } from './periods.ts';

/** Which way a figure moved. */
export type Direction = 'up' | 'down' | 'same';

/** The change from one value to another. */
export interface Change {
  /** The earlier value. */
  from: number;
  /** The later value. */
  to: number;
  /** to − from, in the unit of the values (percentage points when the values are percentages). */
  absolute: number;
  /** (to − from) ÷ from × 100; undefined when from is 0, where a percentage change means nothing. */
  percent: number | undefined;
  /** Which way it moved. */
  direction: Direction;
}

/** A change between the figures for two periods. */
export interface PeriodChange extends Change {
  /** Period of the earlier value, in the data-file syntax. */
  fromPeriod: string;
  /** Period of the later value, in the data-file syntax. */
  toPeriod: string;
}

/** A figure for a period, as stored in an indicator's observations. */
export interface PeriodValue {
  period: string;
  value: number;
  series?: string | undefined;
}

// Binary fractions make 95.6 - 91.2 = 4.399999999999991; rounding to 10 decimal places removes
// that noise without touching any figure a source could print.
const clean = (n: number) => Math.round(n * 1e10) / 1e10;

/** The absolute and percentage change from one value to another. */
export function change(from: number, to: number): Change {
  const absolute = clean(to - from);
  return {
    from,
    to,
    absolute,
    percent: from === 0 ? undefined : clean(((to - from) / Math.abs(from)) * 100),
    direction: absolute > 0 ? 'up' : absolute < 0 ? 'down' : 'same',
  };
}

/** The change from the figure for one period to the figure for another, or undefined when either is missing. */
export function changeBetween(observations: readonly PeriodValue[], fromPeriod: string, toPeriod: string, series?: string): PeriodChange | undefined {
  // Compare parsed periods so that FY2016-17 and 2016-17 are the same period.
  const key = (period: string) => JSON.stringify(parsePeriod(period));
  const find = (period: string) => observations.find((o) => key(o.period) === key(period) && o.series === series);
  const from = find(fromPeriod);
  const to = find(toPeriod);
  if (!from || !to) return undefined;
  return { ...change(from.value, to.value), fromPeriod: from.period, toPeriod: to.period };
}

/** The change in a month's figure against the same month a number of years earlier (the dashboard's "current − 1 year" columns). */
export function sameMonthChange(observations: readonly PeriodValue[], month: string, yearsEarlier: number, series?: string): PeriodChange | undefined {
  return changeBetween(observations, sameMonthYearsEarlier(month, yearsEarlier), month, series);
}

/** The changes against the same month 1, 2 and 3 years earlier, leaving out years with no figure. */
export function sameMonthChanges(observations: readonly PeriodValue[], month: string, series?: string): (PeriodChange & { yearsEarlier: number })[] {
  return [1, 2, 3].flatMap((yearsEarlier) => {
    const found = sameMonthChange(observations, month, yearsEarlier, series);
    return found ? [{ ...found, yearsEarlier }] : [];
  });
}

/** The change in any period's figure against the same period one year earlier (a year, a financial year, 12 months, a month). */
export function yearOnYearChange(observations: readonly PeriodValue[], period: string, series?: string): PeriodChange | undefined {
  return changeBetween(observations, periodYearsEarlier(period, 1), period, series);
}
