// What the downloads of every dataset are made from, for the open data page and its two endpoints (the leading
// underscore keeps this file from being a route). Nothing is built when the performance section is off or empty.
import { indicators, paperOf, type IndicatorEntry } from '../../content.ts';
import { paths, withBase } from '../../lib/build/urls.ts';
import { datasetsAndDashboardSentence } from '../../lib/exports/dataset-catalogue.ts';
import type { AllDatasetsInput } from '../../lib/exports/all-datasets.ts';
import { sectionOn, settings } from '../../settings.ts';

/** The datasets this build publishes: none when the performance section is off. */
export const publishedDatasets = sectionOn('performance') ? indicators : [];

/** The input of the downloads of every dataset, or undefined when there is no dataset to put in them. */
export function allDatasetsInput(site: URL | undefined): AllDatasetsInput | undefined {
  if (publishedDatasets.length === 0) return undefined;
  const origin = site ?? new URL('https://localhost');
  return {
    publisher: settings.name,
    datasets: publishedDatasets.map((indicator) => ({ id: indicator.id, indicator: indicator.data })),
    url: (path) => new URL(withBase(import.meta.env.BASE_URL, path), origin).href,
  };
}

/** A paper on the site that a dataset comes from, or the title of a source that is no paper here. */
export type DatasetSource = { title: string; href: string; date: string } | { title: string; href?: undefined; date?: undefined };

/** Where a dataset's figures come from: each paper once, then any source that is not a paper on the site. */
function sourcesOf(indicator: IndicatorEntry): DatasetSource[] {
  const seen = new Set<string>();
  return Object.values(indicator.data.sources).flatMap((source): DatasetSource[] => {
    const paper = source.paper ? paperOf(source.paper) : undefined;
    const key = paper ? `paper ${paper.id}` : `source ${source.title}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [paper ? { title: paper.data.title, href: paths.paper(paper.id), date: paper.data.date } : { title: source.title }];
  });
}

/** The datasets that are not dashboard indicators, in the page's order, with where each comes from. */
export const datasetsOutsideTheDashboard = () =>
  publishedDatasets.filter((i) => i.data.dashboardPosition === undefined).map((i) => ({ id: i.id, title: i.data.title, sources: sourcesOf(i) }));

/** The sentence saying why there are more datasets than dashboard indicators, or undefined with no datasets. */
export const datasetsAndDashboard = () =>
  datasetsAndDashboardSentence(
    publishedDatasets.map((i) => ({ onDashboard: i.data.dashboardPosition !== undefined, fromPapers: sourcesOf(i).every((source) => source.href !== undefined) })),
  );
