// The figures of a dashboard indicator for one reporting month. Observations are the source of
// truth; a source's published summary for that month (year to date, rolling 12 months, baseline,
// ratings) is kept as printed and always wins. Where the source published nothing for the month,
// the site works out what the monthly figures allow, and says so: every figure here carries its basis.
//
// The rules (docs/content-guide.md lists them for readers of the site):
// - Sums are worked out only for counts over a period (crimes, incidents, hours), never for rates,
//   times or averages, which cannot be added up without the figures behind them.
// - A sum needs every month it covers: one missing month and the site gives no figure.
// - For a count at a point in time (a headcount), the "12 months" figure is the count at the end of
//   the month, and it is compared with the count a year earlier, as the dashboard does.
// - The site's own rating compares the 12 months with the 12 months before (or a point-in-time count
//   with a year earlier); see siteRatingRule.
import type { Indicator, Judgement, Observation, PeerJudgement, Summary, Unit } from '../../schemas/indicator.ts';
import { change as changeOf, type Change } from './change.ts';
import { assess, type Assessment } from './judgement.ts';
import { addMonths, financialYearToDate, formatMonth, monthsOf, parsePeriod, periodYearsEarlier, rolling12MonthsTo, sameMonthYearsEarlier, type Month } from './periods.ts';

/** Whether a figure is the source's, or worked out by the site from the monthly figures. */
export type Basis = 'published' | 'computed';

/** One summary figure for a reporting month, with where it comes from. */
export interface ReportedFigure {
  value: number;
  basis: Basis;
  /** The period it covers, in the data-file syntax (fytd-to-2018-06, 12m-to-2018-06, 2018-06). */
  period: string;
  /** The site's own figure, when it can work one out and it differs from the published figure. */
  computed?: number;
}

/** A rating of the 12 months against the baseline: the source's for that month, or the site's by siteRatingRule. */
export interface Rating {
  judgement: Judgement;
  assessment: Assessment;
  basis: 'source' | 'site';
}

/** The four figures of a summary, in the order the dashboard prints them. */
export const summaryFigureFields = ['fytd', 'fytdPreviousYear', 'rolling12Months', 'baseline'] as const;
type SummaryFigureField = (typeof summaryFigureFields)[number];

/** The period each summary figure of a reporting month covers; for a headcount, the month and the same month a year earlier. */
function summaryPeriods(month: string, pointInTime: boolean): Record<SummaryFigureField, string> {
  const fytd = financialYearToDate(month);
  const rolling = rolling12MonthsTo(month);
  return {
    fytd,
    fytdPreviousYear: periodYearsEarlier(fytd, 1),
    rolling12Months: pointInTime ? month : rolling,
    baseline: pointInTime ? sameMonthYearsEarlier(month, 1) : periodYearsEarlier(rolling, 1),
  };
}

/** Everything the site can say about one indicator for one reporting month. */
export interface ReportingFigures {
  /** The reporting month, YYYY-MM. */
  month: string;
  /** The summary the source published for this month, exactly as printed, if there is one. */
  published: Summary | undefined;
  /** The month's own figure (of the first series). */
  latest: Observation | undefined;
  fytd?: ReportedFigure;
  fytdPreviousYear?: ReportedFigure;
  rolling12Months?: ReportedFigure;
  /** What the 12 months are compared with: the source's "Baseline", or (computed) the previous 12 months. */
  baseline?: ReportedFigure;
  /** The rolling 12 months (or, at a point in time, the month) against the baseline. */
  rating?: Rating;
}

/**
 * The site's own rating rule, used only where the source published no rating for the month. It
 * compares the 12 months with the 12 months before: a change smaller than the threshold either way is
 * "no clear change"; otherwise it is higher or lower, which is better or worse by the indicator's polarity
 * (or just higher or lower when neither direction is good).
 */
export const siteRatingRule = {
  /** For percentages: the change in percentage points below which there is no clear change. */
  percentagePoints: 2,
  /** For every other unit: the change in per cent of the earlier figure below which there is no clear change. */
  percent: 3,
} as const;

/** The rule in words, for the page that shows a site's rating. */
export function siteRatingRuleText(unit: Pick<Unit, 'kind' | 'pointInTime'>): string {
  const compared = unit.pointInTime ? 'the figure at the end of the month with the figure a year earlier' : 'the 12 months to the month with the 12 months before';
  const threshold =
    unit.kind === 'percent'
      ? `a change of less than ${siteRatingRule.percentagePoints} percentage points either way`
      : `a change of less than ${siteRatingRule.percent}% either way`;
  return `The site’s own rating compares ${compared}: ${threshold} counts as no clear change; a bigger change is higher or lower, and is better or worse according to which direction is good for the measure. The dashboard’s own tests are not published, so its ratings and the site’s can differ.`;
}

/** The site's rating of a change from one figure to another, by siteRatingRule. */
export function siteJudgement(unit: Pick<Unit, 'kind'>, c: Pick<Change, 'absolute' | 'percent'>): Judgement {
  const small = unit.kind === 'percent' ? Math.abs(c.absolute) < siteRatingRule.percentagePoints : c.percent === undefined ? c.absolute === 0 : Math.abs(c.percent) < siteRatingRule.percent;
  if (small) return 'comparable';
  return c.absolute > 0 ? 'higher' : 'lower';
}

/** True when monthly figures of the unit can be added up (counts over a period, not at a point in time). */
export const isAdditive = (unit: Pick<Unit, 'kind' | 'pointInTime'>): boolean => unit.kind === 'count' && !unit.pointInTime;

/** The monthly figures of one series (undefined: the dataset's only series), by month YYYY-MM. */
export function monthlyValues(observations: readonly Observation[], series?: string): Map<string, Observation> {
  const months = new Map<string, Observation>();
  for (const o of observations) {
    if (o.series !== series) continue;
    const p = parsePeriod(o.period);
    if (p.kind === 'month' && !months.has(formatMonth(p))) months.set(formatMonth(p), o);
  }
  return months;
}

/** The sum of the figures for every month from `start` to `end`, or undefined when any month is missing. */
export function sumOfMonths(values: ReadonlyMap<string, { value: number }>, start: Month, end: Month): number | undefined {
  let total = 0;
  for (let month = start; formatMonth(month) <= formatMonth(end); month = addMonths(month, 1)) {
    const found = values.get(formatMonth(month));
    if (!found) return undefined;
    total += found.value;
  }
  // Counts are whole numbers, so the sum is exact; rounding removes binary noise all the same.
  return Math.round(total * 1e6) / 1e6;
}

/** The sum of the months a period covers (a financial year to date, 12 months), or undefined when any is missing. */
export function sumOfPeriod(values: ReadonlyMap<string, { value: number }>, period: string): number | undefined {
  const { start, end } = monthsOf(period);
  return sumOfMonths(values, start, end);
}

/** The latest reporting month of a dashboard indicator: its latest monthly figure or published summary, whichever is later. */
export function reportingMonth(indicator: Pick<Indicator, 'observations' | 'summaries' | 'series'>): string | undefined {
  const months = [...monthlyValues(indicator.observations, indicator.series[0]?.id).keys(), ...indicator.summaries.map((s) => s.period)];
  return months.sort().at(-1);
}

/** The published summary for a month, if the source published one. */
export const publishedSummary = (indicator: Pick<Indicator, 'summaries'>, month: string): Summary | undefined => indicator.summaries.find((s) => s.period === month);

/** The summaries published for months before the reporting month, newest first, each as printed. */
export function earlierSummaries(indicator: Pick<Indicator, 'observations' | 'summaries' | 'series'>): Summary[] {
  const month = reportingMonth(indicator);
  return indicator.summaries.filter((s) => s.period !== month).sort((a, b) => b.period.localeCompare(a.period));
}

/** The figures for one reporting month (by default the latest); undefined for an indicator with no monthly figures or summaries. */
export function reportingFigures(
  indicator: Pick<Indicator, 'observations' | 'summaries' | 'series' | 'unit' | 'polarity'>,
  month: string | undefined = reportingMonth(indicator),
): ReportingFigures | undefined {
  if (!month) return undefined;
  const { unit } = indicator;
  const values = monthlyValues(indicator.observations, indicator.series[0]?.id);
  const published = publishedSummary(indicator, month);
  const figures: ReportingFigures = { month, published, latest: values.get(month) };

  const additive = isAdditive(unit);
  const pointInTime = unit.kind === 'count' && unit.pointInTime === true;
  const periods = summaryPeriods(month, pointInTime);
  const computed = {
    fytd: additive ? sumOfPeriod(values, periods.fytd) : undefined,
    fytdPreviousYear: additive ? sumOfPeriod(values, periods.fytdPreviousYear) : undefined,
    rolling12Months: additive ? sumOfPeriod(values, periods.rolling12Months) : pointInTime ? values.get(periods.rolling12Months)?.value : undefined,
    baseline: additive ? sumOfPeriod(values, periods.baseline) : pointInTime ? values.get(periods.baseline)?.value : undefined,
  };
  for (const field of summaryFigureFields) {
    const printed = published?.[field];
    const worked = computed[field];
    if (printed !== undefined) {
      figures[field] = { value: printed, basis: 'published', period: periods[field], ...(worked !== undefined && worked !== printed ? { computed: worked } : {}) };
    } else if (worked !== undefined) {
      figures[field] = { value: worked, basis: 'computed', period: periods[field] };
    }
  }

  const printedRating = published?.performanceVsBaseline;
  if (printedRating) figures.rating = { judgement: printedRating, assessment: assess(indicator.polarity, printedRating), basis: 'source' };
  else if (figures.rolling12Months && figures.baseline) {
    const judgement = siteJudgement(unit, changeOf(figures.baseline.value, figures.rolling12Months.value));
    figures.rating = { judgement, assessment: assess(indicator.polarity, judgement), basis: 'site' };
  }
  return figures;
}

/** The source's own ratings of the month that the site never works out itself. */
export function printedRatings(figures: ReportingFigures): { vsOneYearAverage?: Judgement; vsThreeYearAverage?: Judgement; mostSimilarForces?: PeerJudgement } {
  const p = figures.published;
  return { vsOneYearAverage: p?.vsOneYearAverage, vsThreeYearAverage: p?.vsThreeYearAverage, mostSimilarForces: p?.mostSimilarForces };
}

/** The figures of a published summary exactly as printed, for showing an earlier month's summary: no computed figure, no site rating. */
export function asPrinted(indicator: Pick<Indicator, 'polarity' | 'unit' | 'observations' | 'series'>, summary: Summary): ReportingFigures {
  const periods = summaryPeriods(summary.period, indicator.unit.pointInTime === true);
  const figures: ReportingFigures = { month: summary.period, published: summary, latest: monthlyValues(indicator.observations, indicator.series[0]?.id).get(summary.period) };
  for (const field of summaryFigureFields) {
    const value = summary[field];
    if (value !== undefined) figures[field] = { value, basis: 'published', period: periods[field] };
  }
  if (summary.performanceVsBaseline) figures.rating = { judgement: summary.performanceVsBaseline, assessment: assess(indicator.polarity, summary.performanceVsBaseline), basis: 'source' };
  return figures;
}

/** A change between two reported figures: published only when both are. */
export type ReportedChange = Change & { fromPeriod: string; toPeriod: string; basis: Basis };

function reportedChange(from: ReportedFigure | undefined, to: ReportedFigure | undefined): ReportedChange | undefined {
  if (!to || !from) return undefined;
  return { ...changeOf(from.value, to.value), fromPeriod: from.period, toPeriod: to.period, basis: to.basis === 'published' && from.basis === 'published' ? 'published' : 'computed' };
}

/** The change from the baseline to the rolling 12 months, when both are known. */
export const rollingChangeOf = (figures: ReportingFigures): ReportedChange | undefined => reportedChange(figures.baseline, figures.rolling12Months);

/** The change from the same months a year earlier to the financial year to date, when both are known. */
export const fytdChangeOf = (figures: ReportingFigures): ReportedChange | undefined => reportedChange(figures.fytdPreviousYear, figures.fytd);
