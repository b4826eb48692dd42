// The open data page's downloads of every dataset (issue 18): the zip unzips to exactly the dataset CSVs the page
// links to, byte for byte; the JSON holds each dataset's own JSON; the page says their sizes, and explains from the
// data why there are more datasets than dashboard indicators.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentPaths } from '../../src/lib/sources/content-paths.ts';
import { basePath, distDir, internalReferences, loadPages, resolveUrl, type BuiltPage } from '../helpers/built-site.ts';

// What data/indicators/ holds, read here and not through the site's code: one dataset per file, and a
// dashboard indicator is one with a dashboardPosition.
const { contentDir, dataDir } = contentPaths();
const indicatorsDir = path.join(dataDir, 'indicators');
const yamlFiles = fs.existsSync(indicatorsDir) ? fs.readdirSync(indicatorsDir).filter((f) => f.endsWith('.yaml')).sort() : [];
const datasetIds = yamlFiles.map((f) => f.slice(0, -5)).sort();
const dashboardCount = yamlFiles.filter((f) => (parseYaml(fs.readFileSync(path.join(indicatorsDir, f), 'utf8')) as { dashboardPosition?: number }).dashboardPosition !== undefined).length;

let page: BuiltPage;
const hrefs = (selector: string) => page.document.querySelectorAll(selector).map((a) => new URL(a.getAttribute('href')!, `http://site${page.url}`).pathname);
const file = (url: string) => {
  const found = resolveUrl(url);
  if (!found) throw new Error(`${url} is not in ${distDir}`);
  return found;
};
const mainText = () => (page.document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');

beforeAll(() => {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error('Build the site first: npm run build');
  page = loadPages().get(`${basePath}data/`)!;
  if (!page) throw new Error('The open data page was not built');
});

describe('the open data page', () => {
  it('has real datasets to check', () => expect(datasetIds.length).toBeGreaterThan(10));

  it('links to every dataset\'s CSV and JSON, and every link on it resolves', () => {
    const csvLinks = hrefs('main table a[href$=".csv"]');
    expect(csvLinks.map((url) => path.basename(url, '.csv')).sort()).toEqual(datasetIds);
    expect(hrefs('main table a[href$=".json"]').map((url) => path.basename(url, '.json')).sort()).toEqual(datasetIds);
    const broken = internalReferences(page).filter((url) => !resolveUrl(url));
    expect(broken).toEqual([]);
  });

  it('links prominently to both downloads of every dataset, with their sizes in KB', () => {
    const block = page.document.querySelector('main .all-datasets');
    expect(block, 'the block of downloads of every dataset').not.toBeNull();
    for (const [name, kind] of [['all-datasets.zip', 'zip'], ['all-datasets.json', 'JSON']] as const) {
      const link = block!.querySelector(`a[href$="/data/${name}"]`);
      expect(link, name).not.toBeNull();
      expect(link!.text).toContain(`All ${datasetIds.length} datasets`);
      const bytes = fs.statSync(file(`${basePath}data/${name}`)).size;
      expect(link!.parentNode!.text.replace(/\s+/g, ' ')).toContain(`(${kind}, ${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB)`);
    }
  });

  it('says why there are more datasets than dashboard indicators, with the counts of data/indicators/', () => {
    const others = datasetIds.length - dashboardCount;
    expect(others).toBeGreaterThan(0);
    expect(mainText()).toContain(`There are ${datasetIds.length} datasets: one for each of the ${dashboardCount} indicators of the performance dashboard, and ${others} more with performance figures`);
    // Which datasets those are, each linked to its page and to the papers it comes from.
    const items = page.document.querySelectorAll('main ul.other-datasets > li');
    expect(items).toHaveLength(others);
    for (const item of items) {
      const links = item.querySelectorAll('a').map((a) => new URL(a.getAttribute('href')!, `http://site${page.url}`).pathname);
      expect(links[0], item.text).toMatch(/\/performance\/indicators\/[^/]+\/$/);
      expect(links.slice(1).length, item.text).toBeGreaterThan(0);
      for (const link of links) expect(resolveUrl(link), link).toBeDefined();
    }
  });
});

describe('the zip of every dataset', () => {
  let files: Record<string, Uint8Array>;
  beforeAll(() => {
    files = unzipSync(fs.readFileSync(file(`${basePath}data/all-datasets.zip`)));
  });

  it('unzips to exactly the dataset CSVs the page links to, byte for byte, and a README', () => {
    const csvLinks = hrefs('main table a[href$=".csv"]');
    expect(Object.keys(files).sort()).toEqual(['README.txt', ...csvLinks.map((url) => path.basename(url))].sort());
    for (const url of csvLinks) expect(Buffer.from(files[path.basename(url)]!).equals(fs.readFileSync(file(url))), url).toBe(true);
  });

  it('has a README naming the site and every file', () => {
    const readme = strFromU8(files['README.txt']!);
    const { name } = parseYaml(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { name: string };
    expect(readme.split('\r\n')[0]).toBe(`All datasets: ${name}`);
    for (const id of datasetIds) expect(readme).toContain(`${id}.csv: `);
  });
});

describe('the JSON of every dataset', () => {
  it('holds every dataset, each as its own JSON file, with the catalogue\'s addresses of it', () => {
    const all = JSON.parse(fs.readFileSync(file(`${basePath}data/all-datasets.json`), 'utf8'));
    expect(all.datasets.map((d: { id: string }) => d.id).sort()).toEqual(datasetIds);
    for (const entry of all.datasets) {
      expect(entry.dataset, entry.id).toEqual(JSON.parse(fs.readFileSync(file(new URL(entry.json).pathname), 'utf8')));
      expect(Buffer.from(fs.readFileSync(file(new URL(entry.csv).pathname))).length, entry.id).toBeGreaterThan(0);
      expect(resolveUrl(new URL(entry.page).pathname), entry.page).toBeDefined();
    }
    expect(all.datasets.filter((d: { dashboardPosition: number | null }) => d.dashboardPosition !== null)).toHaveLength(dashboardCount);
  });

  it('and both downloads are in the page\'s schema.org metadata', () => {
    const items = page.document.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));
    const bundle = items.find((item) => item['@id']?.endsWith('/data/#all-datasets'));
    expect(bundle?.distribution.map((d: { contentUrl: string }) => path.basename(new URL(d.contentUrl).pathname))).toEqual(['all-datasets.zip', 'all-datasets.json']);
    expect(bundle.hasPart).toHaveLength(datasetIds.length);
  });
});
