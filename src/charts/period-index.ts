// Finding figures by period without searching: the figure helpers look up each period of a chart
// in maps built once from a dataset's figures, keyed by the period however it is written (periodKey:
// 2016-17 and FY2016-17 are one period), instead of comparing every pair of periods.
import { groupBy } from '../lib/model/group.ts';
import { monthsOf, periodKey } from '../lib/statistics/periods.ts';

/** The first item of each period, however the period is written, as a `find` comparing periodKey would pick it. */
export function firstByPeriod<T extends { period: string }>(items: Iterable<T>): Map<string, T> {
  const found = new Map<string, T>();
  for (const item of items) {
    const key = periodKey(item.period);
    if (!found.has(key)) found.set(key, item);
  }
  return found;
}

/** Every item of each period, however the period is written, in their order. */
export function allByPeriod<T extends { period: string }>(items: readonly T[]): Map<string, T[]> {
  return groupBy(items, (item) => periodKey(item.period));
}

/** The first item of each series and period (a series of undefined is the dataset's single series). */
export function firstBySeriesAndPeriod<T extends { period: string; series?: string | undefined }>(items: Iterable<T>): (series: string | undefined, period: string) => T | undefined {
  const bySeries = new Map<string | undefined, Map<string, T>>();
  for (const item of items) {
    let periods = bySeries.get(item.series);
    if (!periods) bySeries.set(item.series, (periods = new Map()));
    const key = periodKey(item.period);
    if (!periods.has(key)) periods.set(key, item);
  }
  return (series, period) => bySeries.get(series)?.get(periodKey(period));
}

/**
 * The items sorted by their periods as comparePeriods orders them (by the month they end in, then
 * longest first), keeping the order of items for the same period. Each period is measured once,
 * not once per comparison.
 */
export function sortByPeriod<T>(items: readonly T[], periodOf: (item: T) => string): T[] {
  // One item or none is never compared, so its period is not read (as Array.prototype.sort).
  if (items.length < 2) return [...items];
  const count = (m: { year: number; month: number }) => m.year * 12 + (m.month - 1);
  const keyed = items.map((item) => {
    const { start, end } = monthsOf(periodOf(item));
    return { item, end: count(end), start: count(start) };
  });
  return keyed.sort((a, b) => a.end - b.end || a.start - b.start).map((k) => k.item);
}
