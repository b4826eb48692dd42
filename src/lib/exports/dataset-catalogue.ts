// What the open data page says about each dataset: coverage, last update, and schema.org metadata.
import type { Indicator } from '../../schemas/indicator.ts';
import { licence } from './dataset-export.ts';
import { comparePeriods, labelPeriod, monthName, shortPeriodLabel, monthsOf, parsePeriod, type Period } from '../statistics/periods.ts';

/** "March 2015 to March 2018", from the earliest and latest periods with a figure. */
export function coverage(indicator: Indicator): string {
  const periods = [...new Set([...indicator.observations.map((o) => o.period), ...indicator.breakdowns.map((b) => b.period)])].map(parsePeriod);
  if (periods.length === 0) return 'No figures published';
  // The periods of such figures are the month of the document, not a period they cover.
  if (indicator.periodNotStated) return 'Period not stated';
  return coverageOf(periods);
}

/** A span of years, "2015 to 2018", or one year. */
const yearsSpan = (years: readonly number[]) => {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return sorted.length === 1 ? String(sorted[0]) : `${sorted[0]} to ${sorted.at(-1)}`;
};

/**
 * What a set of periods is, said once per kind and in the order of the kinds: "March of each year, 2015 to 2018",
 * "every month from April 2016 to March 2018", "12 months to March, 2017 and 2018", "2014-15 to 2017-18".
 */
export function coverageOf(periods: readonly Period[]): string {
  const parts: string[] = [];
  const byKind = <K extends Period['kind']>(kind: K) => periods.filter((p): p is Extract<Period, { kind: K }> => p.kind === kind);
  const span = (list: readonly Period[]) => {
    const sorted = [...list].sort(comparePeriods);
    const [first, last] = [labelPeriod(sorted[0]!), labelPeriod(sorted.at(-1)!)];
    return first === last ? first : `${first} to ${last}`;
  };
  const months = byKind('month');
  if (months.length) {
    const monthsOfYear = new Set(months.map((m) => m.month));
    const sorted = [...months].sort(comparePeriods);
    const contiguous = sorted.every((m, i) => i === 0 || m.year * 12 + m.month - (sorted[i - 1]!.year * 12 + sorted[i - 1]!.month) === 1);
    if (months.length > 1 && monthsOfYear.size === 1) parts.push(`${monthName(sorted[0]!.month)} of each year, ${yearsSpan(months.map((m) => m.year))}`);
    else if (months.length > 1 && contiguous) parts.push(`every month from ${span(months)}`);
    else parts.push(months.length === 1 ? labelPeriod(months[0]!) : `months from ${span(months)}`);
  }
  const rolling = byKind('rolling-12-months');
  if (rolling.length) {
    const endMonths = new Set(rolling.map((r) => r.end.month));
    if (rolling.length > 1 && endMonths.size === 1) parts.push(`12 months to ${monthName(rolling[0]!.end.month)}, ${joinYears(rolling.map((r) => r.end.year))}`);
    else parts.push(rolling.length === 1 ? labelPeriod(rolling[0]!) : `12-month periods from ${span(rolling)}`);
  }
  const toDate = byKind('financial-year-to-date');
  if (toDate.length) parts.push(toDate.length === 1 ? `the financial year to date (${labelPeriod(toDate[0]!)})` : `financial years to date, ${span(toDate)}`);
  const years = byKind('financial-year');
  if (years.length) {
    const sorted = [...years].sort(comparePeriods);
    parts.push(years.length === 1 ? labelPeriod(sorted[0]!) : `financial years ${shortPeriodLabel(sorted[0]!)} to ${shortPeriodLabel(sorted.at(-1)!)}`);
  }
  const calendar = byKind('calendar-year');
  if (calendar.length) parts.push(span(calendar));
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2017 and 2018", "2015, 2016 and 2017". */
function joinYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b).map(String);
  return sorted.length <= 1 ? sorted.join('') : `${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}

/** The months the figures span as an ISO 8601 interval, "2014-04/2018-03", as schema.org's temporalCoverage expects. */
export function isoCoverage(indicator: Indicator): string | undefined {
  if (indicator.periodNotStated) return undefined;
  const spans = [...indicator.observations.map((o) => o.period), ...indicator.breakdowns.map((b) => b.period)].map((period) => monthsOf(period));
  if (!spans.length) return undefined;
  const iso = (m: { year: number; month: number }) => `${m.year}-${String(m.month).padStart(2, '0')}`;
  const start = spans.map((s) => iso(s.start)).sort()[0]!;
  const end = spans.map((s) => iso(s.end)).sort().at(-1)!;
  return start === end ? start : `${start}/${end}`;
}

/** schema.org Dataset metadata for search engines and data portals. */
export function datasetJsonLd(input: { id: string; indicator: Indicator; pageUrl: string; csvUrl: string; jsonUrl: string; publisher: string; area: string }) {
  const { indicator } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': input.pageUrl,
    name: indicator.title,
    description: indicator.definition,
    url: input.pageUrl,
    license: licence.url,
    isAccessibleForFree: true,
    dateModified: indicator.lastUpdated,
    temporalCoverage: isoCoverage(indicator),
    spatialCoverage: input.area,
    creator: { '@type': 'Organization', name: input.publisher },
    citation: Object.values(indicator.sources).map((source) => source.title),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
    ],
  };
}

/** What the open data page needs to know of a dataset to say how the datasets relate to the dashboard. */
export interface DatasetPlace {
  /** Whether the dataset is one of the performance dashboard's indicators (it has a dashboardPosition). */
  onDashboard: boolean;
  /** Whether every source of the dataset is a paper on the site. */
  fromPapers: boolean;
}

/**
 * Why there are more datasets than dashboard indicators, in a sentence written from the counts: "There are 51
 * datasets: one for each of the 42 indicators of the performance dashboard, and 9 more with performance figures
 * published in the papers, outside the dashboard:". It ends with a colon when a list of the other
 * datasets follows, and is undefined when there are no datasets.
 */
export function datasetsAndDashboardSentence(datasets: readonly DatasetPlace[]): string | undefined {
  const total = datasets.length;
  const others = datasets.filter((d) => !d.onDashboard);
  const dashboard = total - others.length;
  if (total === 0) return undefined;
  // "published in the papers" only when it is true of every one of them; otherwise the list says where each is from.
  const where = others.every((d) => d.fromPapers) ? 'published in the papers' : 'from the sources listed';
  if (others.length === 0) return total === 1 ? 'The dataset is the one indicator of the performance dashboard.' : `All ${total} datasets are the indicators of the performance dashboard.`;
  if (dashboard === 0) return total === 1 ? `The dataset is not on the performance dashboard: it holds performance figures ${where}:` : `None of the ${total} datasets is on the performance dashboard: they hold performance figures ${where}:`;
  const onIt = dashboard === 1 ? 'one for the performance dashboard’s one indicator' : `one for each of the ${dashboard} indicators of the performance dashboard`;
  const rest = others.length === 1 ? 'one more' : `${others.length} more`;
  return `There are ${total} datasets: ${onIt}, and ${rest} with performance figures ${where}, outside the dashboard:`;
}
