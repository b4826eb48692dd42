// Which figures a dashboard tile's sparkline shows, and what it says they are: the months to the
// reporting month when there are three or more in a row; otherwise the same month of each year (dots,
// not a line, since the months between are not shown); otherwise a run of years for a dataset with no
// monthly figures.
import type { Indicator } from '../schemas/indicator.ts';
import { figureText } from './figure-text.ts';
import { latestMonthlyRun } from './indicator-figures.ts';
import { sameMonthSlots } from './dashboard-figures.ts';
import { periodSequence } from './series-figures.ts';
import { firstByPeriod } from './period-index.ts';
import { sparkline } from './sparkline.ts';
import type { ChartGeometry } from './layout.ts';
import { reportingMonth } from '../lib/statistics/reporting.ts';
import { labelPeriod, monthName, monthsOf, parsePeriod, periodKey, shortPeriodLabel } from '../lib/statistics/periods.ts';

export interface TileSparkline {
  chart: ChartGeometry;
  /** The accessible name: what the points are, and every figure. */
  label: string;
  /** What the points are, shown under the chart: "March of each year, 2015 to 2018". */
  caption: string;
}

/** "Mar 2018", "2016-17", "2014": short enough to sit under a sparkline point. */
function shortLabel(period: string): string {
  const p = parsePeriod(period);
  if (p.kind === 'month') return `${monthName(p.month).slice(0, 3)} ${p.year}`;
  return shortPeriodLabel(p);
}

const yearOf = (period: string) => monthsOf(period).end.year;

function points(indicator: Indicator): { periods: string[]; values: (number | null)[]; joined: boolean; caption: string } | undefined {
  const month = indicator.summaries.length ? reportingMonth(indicator) : undefined;
  if (month) {
    const run = latestMonthlyRun(indicator, month);
    if (run.length >= 3) {
      return { periods: run.map((o) => o.period), values: run.map((o) => o.value), joined: true, caption: `Each month, ${labelPeriod(run[0]!.period)} to ${labelPeriod(month)}` };
    }
    const slots = sameMonthSlots(indicator, month);
    const first = slots[0]!.period;
    return {
      periods: slots.map((s) => s.period),
      values: slots.map((s) => s.observation?.value ?? null),
      joined: false,
      caption: `${monthName(monthsOf(month).end.month)} of each year, ${yearOf(first)} to ${yearOf(month)}`,
    };
  }
  // A dataset of several series has no single line to sum it up.
  if (indicator.series.length) return undefined;
  const single = indicator.observations.filter((o) => o.series === undefined);
  const sequence = periodSequence(single.map((o) => o.period));
  if (!sequence) return undefined;
  const byPeriod = firstByPeriod(single);
  const kind = parsePeriod(sequence[0]!).kind;
  const each = kind === 'financial-year' ? 'Each financial year' : kind === 'calendar-year' ? 'Each year' : kind === 'month' ? 'Each month' : 'Each period';
  return {
    periods: sequence,
    values: sequence.map((period) => byPeriod.get(periodKey(period))?.value ?? null),
    joined: true,
    caption: `${each}, ${shortPeriodLabel(sequence[0]!)} to ${shortPeriodLabel(sequence.at(-1)!)}`,
  };
}

const made = new WeakMap<Indicator, TileSparkline | undefined>();

/** The tile sparkline of a dataset, or undefined when it has fewer than two figures to show. */
export function tileSparkline(indicator: Indicator): TileSparkline | undefined {
  if (made.has(indicator)) return made.get(indicator);
  const found = points(indicator);
  let spark: TileSparkline | undefined;
  if (found && found.values.filter((v) => v !== null).length >= 2) {
    const formatted = found.values.map((v) => (v === null ? null : figureText(v, indicator.unit)));
    const tips = found.periods.map((p, i) => `${labelPeriod(p)}: ${formatted[i] ?? 'no figure published'}`);
    spark = {
      chart: sparkline({ values: found.values, periods: found.periods.map(shortLabel), formatted, tips, joined: found.joined }),
      label: `Small chart of ${indicator.title}, ${found.caption.replace(/^Each /, 'each ')}, on a scale from zero: ${tips.join('; ')}.`,
      caption: found.caption,
    };
  }
  made.set(indicator, spark);
  return spark;
}
