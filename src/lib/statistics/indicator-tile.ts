// What a dashboard tile says about one indicator: the figure its rating is about, one comparison on the
// same basis as the rating, and the rating in words. The arrow follows the rating (higher, lower or
// comparable), so the two can never disagree; the month's own figure is a secondary line with no arrow.
import type { Indicator } from '../../schemas/indicator.ts';
import type { Direction } from './change.ts';
import { assessmentWording, type Assessment } from './judgement.ts';
import { reportingFigures, reportingMonth, rollingChangeOf, type ReportingFigures } from './reporting.ts';
import { comparePeriods, formatMonth, labelPeriod, monthLabel, monthsOf, rolling12MonthsTo, sameMonthYearsEarlier } from './periods.ts';
import { capitalise, changeSize, quantity } from '../text/sentences.ts';

export interface IndicatorTile {
  /** The headline figure with its unit ("66,192 crimes", "15.9%"): the rated figure when there is one, otherwise the latest. */
  value?: string;
  /** The headline figure split for a narrow table cell: the number ("66,192", "15.9%") and its unit in words ("crimes", or empty). */
  figure?: { number: string; unit: string };
  /** The period of the headline figure ("12 months to March 2018", "March 2018"). */
  period?: string;
  /** The one comparison, on the rating's basis: the arrow's direction follows the rating where there is one. */
  comparison?: {
    direction: Direction;
    /** Which way the arrow points; 'same' has no arrow. */
    /** "14.0% higher than the baseline (58,060 crimes)". */
    text: string;
    /** The size and way of the change, when the figures show one the rating agrees with: "14.0% higher". */
    size?: string;
    /** What the figure is compared with: "the baseline", "the previous 12 months", "March 2017". */
    against: string;
    /** The change in a few words, for a table cell: "14.0% higher", "4.1 points lower", "Same as printed". */
    short: string;
  };
  /** The rating of the headline figure against its comparison, polarity-aware, and who gave it. */
  verdict?: { assessment: Assessment; label: string; basis: 'source' | 'site'; by: string };
  /** The month's own figure, when the headline is for 12 months: worded so it is not taken for the rating ("March 2018 alone: 4,988 crimes"). */
  monthAlone?: string;
  /** True when another source gives a different figure for the period the tile shows. */
  hasAlternatives: boolean;
}

/** The latest observation of the dataset's first (or only) series: the reporting month's, for a dashboard indicator. */
function latestObservation(indicator: Indicator) {
  const firstSeries = indicator.series[0]?.id;
  const candidates = indicator.observations.filter((o) => o.series === firstSeries || (!firstSeries && !o.series));
  const reporting = indicator.summaries.length ? reportingMonth(indicator) : undefined;
  const exact = reporting ? candidates.find((o) => o.period === reporting) : undefined;
  return exact ?? [...candidates].sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
}

/** What the rated figure is compared with, in words: the source's baseline, the previous 12 months, or a year earlier. */
export function comparedWith(indicator: Pick<Indicator, 'unit'>, figures: Pick<ReportingFigures, 'month' | 'rating' | 'baseline'>): string {
  if (indicator.unit.pointInTime) return monthLabel(sameMonthYearsEarlier(figures.month, 1));
  // The dashboard prints its comparison as "Baseline" and does not define it; the site's own is the previous 12 months.
  return figures.baseline?.basis === 'published' ? 'the baseline' : 'the previous 12 months';
}

/** The period a rating is about: "12 months to March 2018", or the month for a count at a point in time. */
export const ratedPeriod = (indicator: Pick<Indicator, 'unit'>, month: string): string => (indicator.unit.pointInTime ? monthLabel(month) : labelPeriod(rolling12MonthsTo(month)));

/** A figure's number and the words of its unit: "4,988 crimes" → "4,988" and "crimes"; "93.8%" → "93.8%" and "". */
function splitFigure(value: number, unit: Indicator['unit']): { number: string; unit: string } {
  const text = quantity(value, unit);
  const number = /^[−\-]?[\d,.]+%?/.exec(text)?.[0] ?? text;
  return { number, unit: text.slice(number.length).trim() };
}

/** The arrow shown for a comparison's direction; 'same' has none (see indicatorTile). */
export const directionArrows: Record<Direction, string> = { up: '↑', down: '↓', same: '' };

const arrowOf = { higher: 'up', lower: 'down', comparable: 'same' } as const;

/** Build the tile text for one indicator. */
export function indicatorTile(indicator: Indicator): IndicatorTile {
  const latest = latestObservation(indicator);
  const figures = indicator.summaries.length ? reportingFigures(indicator) : undefined;
  const rated = figures?.rolling12Months;
  // Another source's figure matters on the tile only when it is for the period the tile shows.
  const shownPeriod = rated?.period ?? latest?.period;
  const shownEnd = shownPeriod ? formatMonth(monthsOf(shownPeriod).end) : undefined;
  const tile: IndicatorTile = { hasAlternatives: indicator.alternatives.some((a) => formatMonth(monthsOf(a.period).end) === shownEnd) };

  const headline = figures && rated ? rated.value : latest?.value;
  if (headline !== undefined) tile.figure = splitFigure(headline, indicator.unit);
  if (figures && rated) {
    tile.value = quantity(rated.value, indicator.unit);
    tile.period = ratedPeriod(indicator, figures.month);
    if (!indicator.unit.pointInTime && figures.latest) tile.monthAlone = `${monthLabel(figures.month)} alone: ${quantity(figures.latest.value, indicator.unit)}`;
  } else if (latest) {
    tile.value = quantity(latest.value, indicator.unit);
    tile.period = indicator.periodNotStated ? 'Period not stated' : labelPeriod(latest.period);
  }

  const rating = figures?.rating;
  if (figures && rating) {
    const label = rating.assessment === 'higher' || rating.assessment === 'lower' ? capitalise(rating.judgement) : capitalise(assessmentWording(rating.assessment));
    tile.verdict = { assessment: rating.assessment, label, basis: rating.basis, by: rating.basis === 'source' ? 'Rated by the dashboard' : 'The site’s own rating' };
  }

  const change = figures && rollingChangeOf(figures);
  if (figures && change) {
    const against = comparedWith(indicator, figures);
    const earlier = quantity(change.from, indicator.unit);
    const size = changeSize(indicator.unit, change);
    // An arrow only where the figures move the way the rating says: none for "no clear change" (a fall the source
    // does not count as a change is not shown as one), and none where the printed (rounded) figures do not show the
    // move the source rated. So an arrow and a rating never disagree.
    const agrees = !rating || rating.judgement === 'comparable' || (rating.judgement === 'higher') === change.absolute > 0;
    const direction = !rating ? change.direction : rating.judgement !== 'comparable' && agrees && change.absolute !== 0 ? arrowOf[rating.judgement] : 'same';
    const text =
      size && agrees
        ? `${size} than ${against} (${earlier})`
        : change.absolute === 0
          ? `the same as ${against}${rating && rating.judgement !== 'comparable' ? ' as printed' : ''} (${earlier})`
          : `${capitalise(against)}: ${earlier}`;
    const short = size && agrees ? capitalise(changeSize(indicator.unit, change, true)!) : change.absolute === 0 ? (rating && rating.judgement !== 'comparable' ? `Both ${earlier} as printed` : 'The same') : `Against ${earlier}`;
    tile.comparison = { direction, text: capitalise(text), against, short, ...(size && agrees ? { size } : {}) };
  }
  return tile;
}
