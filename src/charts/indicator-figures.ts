// Which figures a dataset gets, and what is in them. Every figure shows only published numbers:
// where the dashboard prints four March values the chart has four columns; a figure the source
// left blank is a gap that says "No figure published"; figures from other sources that disagree
// are listed with their sources, never dropped.
//
// | the dataset has                                   | figures                                                      |
// |---------------------------------------------------|--------------------------------------------------------------|
// | a summary block (a dashboard indicator)           | same-month columns; summary figures and ratings (tables)      |
// | breakdowns                                        | stacked 100% bars, one chart per dimension                    |
// | one series over 3+ periods of one kind            | line chart                                                    |
// | one series, fewer or mixed periods                | bar chart (columns)                                           |
// | several series, one period                        | bar chart (a bar per series)                                  |
// | several series over periods of one kind           | grouped bars by period; series that are sums of others apart  |
// | several series over periods of different kinds    | grouped bars by series, a bar per period                      |
// | other figures (alternatives, other periods)       | a table of them with their sources                            |
import type { Indicator, Observation } from '../schemas/indicator.ts';
import { labelPeriod, parsePeriod } from '../lib/periods.ts';
import { breakdownFigure } from './breakdown-figures.ts';
import { sameMonthFigure, sameMonthSlots, summaryFigure } from './dashboard-figures.ts';
import type { FigureModel } from './figure-model.ts';
import { figureText } from './figure-text.ts';
import type { ChartGeometry } from './layout.ts';
import { otherFiguresFigure } from './other-figures.ts';
import { periodSequence, seriesFigures } from './series-figures.ts';
import { sparkline } from './sparkline.ts';

export { periodSequence, sumsOfOtherSeries } from './series-figures.ts';

/** One key for each period, however it is written: two periods are the same (figure-text.ts samePeriod) when their keys are equal. */
const periodKey = (period: string) => JSON.stringify(parsePeriod(period));

/** Every figure of a dataset, in the order a page shows them. */
export function indicatorFigures(indicator: Indicator): FigureModel[] {
  const figures: FigureModel[] = [];
  const shown = new Set<Observation>();
  if (indicator.summary) {
    figures.push(sameMonthFigure(indicator, indicator.summary, shown));
    const summary = summaryFigure(indicator, indicator.summary);
    if (summary) figures.push(summary);
  }
  for (const dimension of [...new Set(indicator.breakdowns.map((b) => b.dimension))]) {
    figures.push(breakdownFigure(indicator, indicator.breakdowns.filter((b) => b.dimension === dimension), shown));
  }
  const rest = indicator.observations.filter((o) => !shown.has(o));
  // A dashboard indicator's figures outside its same-month columns go to the table of other figures.
  if (!indicator.summary && rest.length) {
    figures.push(...seriesFigures(indicator, rest));
    rest.forEach((o) => shown.add(o));
  }
  const other = otherFiguresFigure(indicator, indicator.observations.filter((o) => !shown.has(o)));
  if (other) figures.push(other);
  return figures;
}

/** A small chart for a dashboard tile, with its accessible name; undefined when the dataset has no run of comparable figures. */
export function indicatorSparkline(indicator: Indicator): { chart: ChartGeometry; label: string } | undefined {
  const unit = indicator.unit;
  let points: { period: string; value: number | null }[];
  if (indicator.summary) points = sameMonthSlots(indicator, indicator.summary.period).map(({ period, observation }) => ({ period, value: observation?.value ?? null }));
  else {
    // A dataset of several series has no single line to sum it up.
    if (indicator.series.length) return undefined;
    const single = indicator.observations.filter((o) => o.series === undefined);
    const sequence = periodSequence(single.map((o) => o.period));
    if (!sequence) return undefined;
    // The first observation of each period, however it is written (as samePeriod matches them), found
    // once: a find per period would parse both periods of every pair.
    const byPeriod = new Map<string, Observation>();
    for (const o of single) {
      const key = periodKey(o.period);
      if (!byPeriod.has(key)) byPeriod.set(key, o);
    }
    points = sequence.map((period) => ({ period, value: byPeriod.get(periodKey(period))?.value ?? null }));
  }
  if (points.filter((p) => p.value !== null).length < 2) return undefined;
  const tips = points.map((p) => `${labelPeriod(p.period)}: ${p.value === null ? 'no figure published' : figureText(p.value, unit)}`);
  return { chart: sparkline({ values: points.map((p) => p.value), tips }), label: `${indicator.title}${/[.?!]$/.test(indicator.title) ? '' : '.'} ${tips.join('; ')}.` };
}
