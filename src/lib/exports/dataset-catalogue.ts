// What the open data page says about each dataset: coverage, last update, and schema.org metadata.
import type { Indicator } from '../../schemas/indicator.ts';
import { licence } from './dataset-export.ts';
import { comparePeriods, labelPeriod } from '../statistics/periods.ts';

/** "March 2015 to March 2018", from the earliest and latest periods with a figure. */
export function coverage(indicator: Indicator): string {
  const periods = [...indicator.observations.map((o) => o.period), ...indicator.breakdowns.map((b) => b.period)].sort(comparePeriods);
  if (periods.length === 0) return 'No figures published';
  const first = labelPeriod(periods[0]!);
  const last = labelPeriod(periods.at(-1)!);
  return first === last ? first : `${first} to ${last}`;
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
    temporalCoverage: coverage(indicator),
    spatialCoverage: input.area,
    creator: { '@type': 'Organization', name: input.publisher },
    citation: Object.values(indicator.sources).map((source) => source.title),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
    ],
  };
}
