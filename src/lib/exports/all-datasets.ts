// One download of every dataset: a zip of their CSV files with a README, and one JSON file with the catalogue's details.
// Both are the same bytes for the same datasets: entries sorted by id, zip dates taken from the data, no build time.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Indicator } from '../../schemas/indicator.ts';
import { paths } from '../build/urls.ts';
import { formatDate } from '../text/dates.ts';
import { coverage } from './dataset-catalogue.ts';
import { csvColumnsDescription, datasetCsv, datasetRecord, licence } from './dataset-export.ts';

/** A dataset as the site publishes it: its id (the file name of its downloads) and its figures. */
export interface Dataset {
  id: string;
  indicator: Indicator;
}

/** What the downloads of every dataset are made from. */
export interface AllDatasetsInput {
  /** Who publishes the site: the settings' name. */
  publisher: string;
  datasets: readonly Dataset[];
  /** The absolute address of a path on the site, with its base path. */
  url: (path: string) => string;
}

/** Site paths of the two downloads. */
export const allDatasetsPaths = {
  zip: () => '/data/all-datasets.zip',
  json: () => '/data/all-datasets.json',
} as const;

/** The file name of a dataset's CSV inside the zip: the same as its own download's. */
export const csvFileName = (id: string): string => `${id}.csv`;

/** The datasets by id, compared by code unit so that the order never depends on the machine's locale. */
export const sortedById = (datasets: readonly Dataset[]): Dataset[] => [...datasets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The newest of the datasets' last-updated dates (YYYY-MM-DD), or undefined when there are none. */
export const latestUpdate = (datasets: readonly Dataset[]): string | undefined => datasets.map((d) => d.indicator.lastUpdated).sort().at(-1);

/**
 * A zip entry's date: noon on the day, built from local parts because zip stores local time and fflate reads it
 * with the local getters, so the bytes are the same in every time zone. Zip dates start in 1980.
 */
function zipDate(isoDate: string | undefined): Date {
  const [year, month, day] = (isoDate ?? '1980-01-01').split('-').map(Number) as [number, number, number];
  return year < 1980 ? new Date(1980, 0, 1, 12) : new Date(year, month - 1, day, 12);
}

/** The README.txt of the zip: who publishes the files, what each one is, their licence and dates. Facts only. */
export function allDatasetsReadme(input: AllDatasetsInput): string {
  const datasets = sortedById(input.datasets);
  const latest = latestUpdate(datasets);
  const lines = [
    `All datasets: ${input.publisher}`,
    '',
    `This zip holds the ${datasets.length === 1 ? 'dataset' : `${datasets.length} datasets`} of the open data page ${input.url(paths.dataCatalogue())}, one CSV file per dataset: the same files that the page links to one by one.`,
    `The same datasets, with the page's details of each, are in one JSON file: ${input.url(allDatasetsPaths.json())}`,
    '',
    `Licence: ${licence.name}, ${licence.url}`,
    '',
    latest
      ? `Dates: each file's date in this zip is its dataset's last-updated date. The newest is ${formatDate(latest)}.`
      : 'Dates: no dataset has been published yet.',
    '',
    csvColumnsDescription,
    '',
    'Files:',
    ...datasets.map(({ id, indicator }) => `${csvFileName(id)}: ${indicator.title}, last updated ${formatDate(indicator.lastUpdated)}, ${input.url(paths.indicator(id))}`),
  ];
  // CRLF, as in the CSV files, so that every text editor shows the lines.
  return `${lines.join('\r\n')}\r\n`;
}

/** The zip of every dataset's CSV, README.txt first, then the CSV files by id. */
export function allDatasetsZip(input: AllDatasetsInput): Uint8Array<ArrayBuffer> {
  const datasets = sortedById(input.datasets);
  const files: Zippable = { 'README.txt': [strToU8(allDatasetsReadme(input)), { mtime: zipDate(latestUpdate(datasets)) }] };
  for (const { id, indicator } of datasets) files[csvFileName(id)] = [strToU8(datasetCsv(id, indicator)), { mtime: zipDate(indicator.lastUpdated) }];
  // fflate allocates the zip as a new Uint8Array, so it is backed by a plain ArrayBuffer, as a Response body must be.
  return zipSync(files, { level: 9 }) as Uint8Array<ArrayBuffer>;
}

/** Every dataset in one JSON file: each as its own JSON download publishes it, with the open data page's details of it. */
export function allDatasetsRecord(input: AllDatasetsInput) {
  const datasets = sortedById(input.datasets);
  return {
    title: `All datasets: ${input.publisher}`,
    publisher: input.publisher,
    catalogue: input.url(paths.dataCatalogue()),
    licence,
    lastUpdated: latestUpdate(datasets) ?? null,
    csvZip: input.url(allDatasetsPaths.zip()),
    datasets: datasets.map(({ id, indicator }) => ({
      id,
      title: indicator.title,
      page: input.url(paths.indicator(id)),
      csv: input.url(paths.datasetCsv(id)),
      json: input.url(paths.datasetJson(id)),
      coverage: coverage(indicator),
      lastUpdated: indicator.lastUpdated,
      /** Where the dataset stands on the performance dashboard, or null for figures from the papers outside it. */
      dashboardPosition: indicator.dashboardPosition ?? null,
      dataset: datasetRecord(id, indicator),
    })),
  };
}

/** The JSON file of every dataset, indented as each dataset's own JSON file is. */
export function allDatasetsJson(input: AllDatasetsInput): string {
  return `${JSON.stringify(allDatasetsRecord(input), null, 2)}\n`;
}

/** A file's size as the open data page says it: whole kilobytes (1,024 bytes), rounded up, "48 KB". */
export function sizeInKb(bytes: number): string {
  return `${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString('en-GB')} KB`;
}

/** schema.org metadata of the two downloads, as one Dataset whose parts are the datasets, for data portals. */
export function allDatasetsJsonLd(input: AllDatasetsInput & { zipBytes: number; jsonBytes: number }) {
  const datasets = sortedById(input.datasets);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${input.url(paths.dataCatalogue())}#all-datasets`,
    name: `All datasets: ${input.publisher}`,
    description: `Every dataset of the open data page in one download: their CSV files in a zip, or one JSON file.`,
    url: input.url(paths.dataCatalogue()),
    license: licence.url,
    isAccessibleForFree: true,
    dateModified: latestUpdate(datasets),
    creator: { '@type': 'Organization', name: input.publisher },
    hasPart: datasets.map(({ id }) => ({ '@id': input.url(paths.indicator(id)) })),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/zip', contentUrl: input.url(allDatasetsPaths.zip()), contentSize: sizeInKb(input.zipBytes) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.url(allDatasetsPaths.json()), contentSize: sizeInKb(input.jsonBytes) },
    ],
  };
}
