// Which figures a dataset gets, and what is in them. Every figure shows only published numbers:
// where the dashboard prints four March values the chart has four columns; a figure the source
// left blank is a gap that says "No figure published"; figures from other sources that disagree
// are listed with their sources, never dropped.
//
// | the dataset has                                   | figures                                                      |
// |---------------------------------------------------|--------------------------------------------------------------|
// | summaries (a dashboard indicator)                 | same-month columns; a line of the latest 3-24 months in a row;|
// |                                                   | the reporting month's summary and ratings (tables, computed   |
// |                                                   | figures marked); each earlier summary as printed              |
// | breakdowns                                        | stacked 100% bars, one chart per dimension                    |
// | one series over 3+ periods of one kind            | line chart                                                    |
// | one series, fewer or mixed periods                | bar chart (columns)                                           |
// | several series, one period                        | bar chart (a bar per series)                                  |
// | several series over periods of one kind           | grouped bars by period; series that are sums of others apart  |
// | several series over periods of different kinds    | grouped bars by series, a bar per period                      |
// | other figures (alternatives, other periods)       | a table of them with their sources                            |
import type { Indicator, Observation } from '../schemas/indicator.ts';
import { groupBy } from '../lib/model/group.ts';
import { addMonths, formatMonth } from '../lib/statistics/periods.ts';
import { asPrinted, earlierSummaries, monthlyValues, reportingFigures } from '../lib/statistics/reporting.ts';
import { breakdownFigure } from './breakdown-figures.ts';
import { sameMonthFigure, sameMonthSlots, summaryFigure } from './dashboard-figures.ts';
import type { FigureModel } from './figure-model.ts';
import { otherFiguresFigure } from './other-figures.ts';
import { seriesFigures } from './series-figures.ts';

export { periodSequence, sumsOfOtherSeries } from './series-figures.ts';

// A dataset is drawn on its own page, on its topic's page and wherever a paper embeds it, often
// thousands of times in one build, always from the same data object. So the figures of each data
// object are made once and kept while the object lives (a WeakMap, so the cache never keeps a dataset
// alive). Everything that changes the figures is in the data object: heading levels and id prefixes
// are applied when the figures are drawn (ChartFigure.astro), not here. Datasets are read-only after
// they are loaded; a caller that changes one in place must pass a new object to see new figures.
const figuresOf = new WeakMap<Indicator, readonly FigureModel[]>();

/** Freeze a value the cache shares between callers, and everything in it, so no caller can change what another gets. */
function frozen<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) for (const inner of value) frozen(inner);
  else for (const key in value) frozen(value[key]);
  return value;
}

/**
 * Every figure of a dataset, in the order a page shows them. Made once per data object: the figures
 * are shared between calls and frozen (the list itself is a new array each time).
 */
export function indicatorFigures(indicator: Indicator): FigureModel[] {
  let figures = figuresOf.get(indicator);
  if (!figures) {
    figures = frozen(makeFigures(indicator));
    figuresOf.set(indicator, figures);
  }
  return [...figures];
}

/** The monthly figures in an unbroken run of months ending in the reporting month, at most 24, oldest first. */
export function latestMonthlyRun(indicator: Indicator, month: string): Observation[] {
  const values = monthlyValues(indicator.observations, indicator.series[0]?.id);
  const run: Observation[] = [];
  for (let m = month; run.length < 24 && values.has(m); m = formatMonth(addMonths(m, -1))) run.unshift(values.get(m)!);
  return run;
}

function makeFigures(indicator: Indicator): FigureModel[] {
  const figures: FigureModel[] = [];
  const shown = new Set<Observation>();
  const reporting = indicator.summaries.length ? reportingFigures(indicator) : undefined;
  if (reporting) {
    // Month after month, once there are two months in a row to the reporting month (March and April).
    const run = latestMonthlyRun(indicator, reporting.month);
    // The same month in earlier years; a chart of the one month alone says nothing the monthly chart does not.
    if (sameMonthSlots(indicator, reporting.month).length > 1 || run.length < 2) figures.push(sameMonthFigure(indicator, reporting, shown));
    if (run.length >= 2) {
      figures.push(...seriesFigures(indicator, run).map((figure) => ({ ...figure, key: 'monthly' })));
      run.forEach((o) => shown.add(o));
    }
    const summary = summaryFigure(indicator, reporting);
    if (summary) figures.push(summary);
    // Earlier months' summaries stay on the page exactly as the dashboard printed them.
    for (const earlier of earlierSummaries(indicator)) {
      const printed = summaryFigure(indicator, asPrinted(indicator, earlier), { asPublished: true });
      if (printed) figures.push(printed);
    }
  }
  // The breakdowns of each dimension, dimensions in the order they first come.
  for (const breakdowns of groupBy(indicator.breakdowns, (b) => b.dimension).values()) figures.push(breakdownFigure(indicator, breakdowns, shown));
  const rest = indicator.observations.filter((o) => !shown.has(o));
  // A dashboard indicator's figures outside its same-month columns go to the table of other figures.
  if (!reporting && rest.length) {
    figures.push(...seriesFigures(indicator, rest));
    rest.forEach((o) => shown.add(o));
  }
  const other = otherFiguresFigure(indicator, indicator.observations.filter((o) => !shown.has(o)));
  if (other) figures.push(other);
  return figures;
}

