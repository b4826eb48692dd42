// What a dashboard tile says about one indicator: the latest figure, how it compares with the same
// month a year earlier, and the source's verdict on the rolling 12 months, in words.
import type { Indicator } from '../../schemas/indicator.ts';
import { sameMonthChange, type Direction } from './change.ts';
import { formatPercent, formatPercentagePoints, formatValue } from '../text/format.ts';
import { assessmentWording, type Assessment } from './judgement.ts';
import { reportingFigures, reportingMonth } from './reporting.ts';
import { comparePeriods, formatMonth, labelPeriod, monthLabel, monthsOf, parsePeriod, rolling12MonthsTo } from './periods.ts';
import { countOf, quantity } from '../text/sentences.ts';

export interface IndicatorTile {
  /** The latest figure, formatted with its unit ("4,988 crimes", "93.8%"). */
  latestValue?: string;
  /** Period of the latest figure ("March 2018"). */
  latestPeriod?: string;
  /** Change against the same month a year earlier, when both figures exist. */
  yearChange?: { direction: Direction; text: string };
  /** The source's (or, failing that, the figures') verdict on the latest 12 months, polarity-aware. */
  verdict?: { assessment: Assessment; label: string; text: string; basis: 'source' | 'computed' };
  /** True when another source gives a different figure for this measure. */
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

/** Build the tile text for one indicator. */
export function indicatorTile(indicator: Indicator): IndicatorTile {
  const latest = latestObservation(indicator);
  // Another source's figure matters on the tile only when it is for the period the tile shows.
  const shownEnd = latest ? formatMonth(monthsOf(latest.period).end) : undefined;
  const tile: IndicatorTile = { hasAlternatives: indicator.alternatives.some((a) => formatMonth(monthsOf(a.period).end) === shownEnd) };
  if (latest) {
    tile.latestValue = quantity(latest.value, indicator.unit);
    tile.latestPeriod = labelPeriod(latest.period);
    const c = parsePeriod(latest.period).kind === 'month' ? sameMonthChange(indicator.observations, latest.period, 1, latest.series) : undefined;
    if (c) {
      const earlier = monthLabel(c.fromPeriod);
      let size: string;
      if (c.direction === 'same') size = `the same as ${earlier}`;
      else if (indicator.unit.kind === 'percent') size = `${c.direction === 'up' ? 'up' : 'down'} ${formatPercentagePoints(Math.abs(c.absolute))} on ${earlier} (${formatPercent(c.from)})`;
      else if (indicator.unit.kind === 'count' && c.percent !== undefined)
        size = `${c.direction === 'up' ? 'up' : 'down'} ${formatPercent(Math.abs(c.percent))} on ${earlier} (${countOf(c.from, indicator.unit.of)})`;
      else size = `${c.direction === 'up' ? 'up' : 'down'} from ${formatValue(c.from, indicator.unit)} in ${earlier}`;
      tile.yearChange = { direction: c.direction, text: size };
    }
  }
  const figures = indicator.summaries.length ? reportingFigures(indicator) : undefined;
  const verdict = figures?.rating;
  if (figures && verdict) {
    const period = indicator.unit.pointInTime ? monthLabel(figures.month) : `the ${labelPeriod(rolling12MonthsTo(figures.month))}`;
    const against = indicator.unit.pointInTime ? 'a year earlier' : 'the previous 12 months';
    const compared = verdict.judgement === 'comparable' ? `comparable with ${against}` : `${verdict.judgement} than ${against}`;
    const label = verdict.assessment === 'higher' || verdict.assessment === 'lower' ? `${verdict.judgement[0]!.toUpperCase()}${verdict.judgement.slice(1)}` : `${assessmentWording(verdict.assessment)[0]!.toUpperCase()}${assessmentWording(verdict.assessment).slice(1)}`;
    tile.verdict = {
      assessment: verdict.assessment,
      label,
      text: verdict.basis === 'source' ? `The dashboard rates ${period} as ${compared}.` : `The site’s own rating: ${period} is ${compared} (the dashboard published no rating).`,
      basis: verdict.basis === 'source' ? 'source' : 'computed',
    };
  }
  return tile;
}
