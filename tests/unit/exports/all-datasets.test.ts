import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allDatasetsJson, allDatasetsJsonLd, allDatasetsReadme, allDatasetsZip, sizeInKb, type AllDatasetsInput, type Dataset } from '../../../src/lib/exports/all-datasets.ts';
import { datasetsAndDashboardSentence, type DatasetPlace } from '../../../src/lib/exports/dataset-catalogue.ts';
import { datasetCsv, datasetJson } from '../../../src/lib/exports/dataset-export.ts';
import { indicatorSchema } from '../../../src/schemas/indicator.ts';

// Every real dataset in data/indicators/, as the site publishes them.
const ids = fs.readdirSync('data/indicators').filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
const datasets: Dataset[] = ids.map((id) => ({ id, indicator: indicatorSchema.parse(parse(fs.readFileSync(`data/indicators/${id}.yaml`, 'utf8'))) }));
const input = (list: readonly Dataset[] = datasets): AllDatasetsInput => ({ publisher: 'Example Police and Crime Commissioner', datasets: list, url: (path) => `https://pcc.example${path}` });

/** The names and stored dates (YYYY-MM-DD) of a zip's entries, in the order of its central directory. */
function zipEntries(zip: Uint8Array): { name: string; date: string }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: { name: string; date: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const dos = view.getUint16(at + 14, true);
    const [nameLength, extraLength, commentLength] = [28, 30, 32].map((offset) => view.getUint16(at + offset, true)) as [number, number, number];
    const date = `${1980 + (dos >> 9)}-${String((dos >> 5) & 15).padStart(2, '0')}-${String(dos & 31).padStart(2, '0')}`;
    entries.push({ name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)), date });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('the zip of every dataset', () => {
  const zip = allDatasetsZip(input());
  const files = unzipSync(zip);

  it('has real datasets to hold', () => expect(datasets.length).toBeGreaterThan(10));

  it('holds README.txt and one CSV per dataset, whose bytes are those of the dataset\'s own CSV', () => {
    expect(Object.keys(files).sort()).toEqual(['README.txt', ...ids.map((id) => `${id}.csv`)].sort());
    for (const { id, indicator } of datasets) expect(strFromU8(files[`${id}.csv`]!), id).toBe(datasetCsv(id, indicator));
  });

  it('lists README.txt first, then the CSV files by id, each dated with its dataset\'s last update', () => {
    const entries = zipEntries(zip);
    expect(entries.map((e) => e.name)).toEqual(['README.txt', ...ids.map((id) => `${id}.csv`)]);
    const latest = datasets.map((d) => d.indicator.lastUpdated).sort().at(-1);
    expect(entries[0]!.date).toBe(latest);
    for (const [i, { indicator }] of datasets.entries()) expect(entries[i + 1]!.date).toBe(indicator.lastUpdated);
  });

  it('has a README that names the publisher, the licence and every file with its dataset\'s title', () => {
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toBe(allDatasetsReadme(input()));
    expect(readme).toContain('Example Police and Crime Commissioner');
    expect(readme).toContain('Open Government Licence v3.0');
    expect(readme).toContain('https://pcc.example/data/all-datasets.json');
    for (const { id, indicator } of datasets) expect(readme).toContain(`${id}.csv: ${indicator.title}, last updated `);
  });
});

describe('the downloads are the same bytes for the same datasets', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('built twice, or from the datasets in another order', () => {
    const shuffled = [...datasets].reverse();
    expect(Buffer.from(allDatasetsZip(input())).equals(Buffer.from(allDatasetsZip(input())))).toBe(true);
    expect(Buffer.from(allDatasetsZip(input(shuffled))).equals(Buffer.from(allDatasetsZip(input())))).toBe(true);
    expect(allDatasetsJson(input(shuffled))).toBe(allDatasetsJson(input()));
  });

  it('in any time zone (zip stores local times)', () => {
    const london = allDatasetsZip(input());
    process.env.TZ = 'Pacific/Auckland';
    const auckland = allDatasetsZip(input());
    process.env.TZ = 'America/Los_Angeles';
    const losAngeles = allDatasetsZip(input());
    expect(Buffer.from(auckland).equals(Buffer.from(london))).toBe(true);
    expect(Buffer.from(losAngeles).equals(Buffer.from(london))).toBe(true);
  });

  it('but not for different datasets', () => {
    expect(Buffer.from(allDatasetsZip(input(datasets.slice(1)))).equals(Buffer.from(allDatasetsZip(input())))).toBe(false);
  });
});

describe('the JSON of every dataset', () => {
  const json = JSON.parse(allDatasetsJson(input()));

  it('parses, and holds every dataset by id, each as its own JSON file publishes it', () => {
    expect(json.datasets.map((d: { id: string }) => d.id)).toEqual(ids);
    for (const { id, indicator } of datasets) {
      const entry = json.datasets.find((d: { id: string }) => d.id === id);
      expect(entry.dataset, id).toEqual(JSON.parse(datasetJson(id, indicator)));
    }
  });

  it('gives each dataset the catalogue\'s details: title, page, downloads, coverage, date and dashboard position', () => {
    const crime = json.datasets.find((d: { id: string }) => d.id === 'all-recorded-crime');
    expect(crime).toMatchObject({
      title: datasets.find((d) => d.id === 'all-recorded-crime')!.indicator.title,
      page: 'https://pcc.example/performance/indicators/all-recorded-crime/',
      csv: 'https://pcc.example/data/all-recorded-crime.csv',
      json: 'https://pcc.example/data/all-recorded-crime.json',
      coverage: 'March of each year, 2015 to 2018',
    });
    expect(json.datasets.filter((d: { dashboardPosition: number | null }) => d.dashboardPosition !== null)).toHaveLength(datasets.filter((d) => d.indicator.dashboardPosition !== undefined).length);
    expect(json).toMatchObject({ publisher: 'Example Police and Crime Commissioner', catalogue: 'https://pcc.example/data/', csvZip: 'https://pcc.example/data/all-datasets.zip', licence: { name: 'Open Government Licence v3.0' } });
  });

  it('is valid with no datasets at all', () => {
    expect(JSON.parse(allDatasetsJson(input([])))).toMatchObject({ datasets: [], lastUpdated: null });
    expect(Object.keys(unzipSync(allDatasetsZip(input([]))))).toEqual(['README.txt']);
  });
});

describe('allDatasetsJsonLd and sizeInKb', () => {
  it.each([
    [1, '1 KB'],
    [1024, '1 KB'],
    [1025, '2 KB'],
    [1_500_000, '1,465 KB'],
  ])('%d bytes is %s', (bytes, text) => expect(sizeInKb(bytes)).toBe(text));

  it('offers both downloads with their sizes, and names every dataset as a part', () => {
    const ld = allDatasetsJsonLd({ ...input(), zipBytes: 40_000, jsonBytes: 900_000 });
    expect(ld.distribution.map((d) => [d.encodingFormat, d.contentUrl, d.contentSize])).toEqual([
      ['application/zip', 'https://pcc.example/data/all-datasets.zip', '40 KB'],
      ['application/json', 'https://pcc.example/data/all-datasets.json', '879 KB'],
    ]);
    expect(ld.hasPart).toHaveLength(datasets.length);
  });
});

describe('datasetsAndDashboardSentence says why there are more datasets than dashboard indicators', () => {
  const places = (dashboard: number, papers: number, elsewhere = 0): DatasetPlace[] => [
    ...Array.from({ length: dashboard }, () => ({ onDashboard: true, fromPapers: true })),
    ...Array.from({ length: papers }, () => ({ onDashboard: false, fromPapers: true })),
    ...Array.from({ length: elsewhere }, () => ({ onDashboard: false, fromPapers: false })),
  ];
  it.each([
    [places(42, 9), 'There are 51 datasets: one for each of the 42 indicators of the performance dashboard, and 9 more with performance figures published in the papers, outside the dashboard:'],
    [places(3, 1), 'There are 4 datasets: one for each of the 3 indicators of the performance dashboard, and one more with performance figures published in the papers, outside the dashboard:'],
    [places(1, 2, 1), 'There are 4 datasets: one for the performance dashboard’s one indicator, and 3 more with performance figures from the sources listed, outside the dashboard:'],
    [places(5, 0), 'All 5 datasets are the indicators of the performance dashboard.'],
    [places(1, 0), 'The dataset is the one indicator of the performance dashboard.'],
    [places(0, 2), 'None of the 2 datasets is on the performance dashboard: they hold performance figures published in the papers:'],
    [places(0, 1), 'The dataset is not on the performance dashboard: it holds performance figures published in the papers:'],
  ])('%#: %s', (list, sentence) => expect(datasetsAndDashboardSentence(list)).toBe(sentence));

  it('says nothing when there are no datasets', () => expect(datasetsAndDashboardSentence([])).toBeUndefined());
});
