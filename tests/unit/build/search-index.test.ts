// The build's search indexer on a small built site, with the real Pagefind command: parts indexed while "Astro"
// is building are kept when the content predicted them, and replaced when the built pages say otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SearchIndexer } from '../../../scripts/build/search-index.ts';
import type { SearchPage } from '../../../src/lib/build/search-parts.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-search-index-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const env = { ...process.env, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` };

/** A built page as BaseLayout writes one: searchable, with the year of its part. */
const page = (title: string, year?: number) =>
  `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body><main data-pagefind-body${year ? ` data-search-year="${year}"` : ''}><h1>${title}</h1><p>Burglary and road safety in ${year ?? 'every year'}.</p></main></body></html>\n`;

/** Writes a site: for each year, that many paper pages; and two indicator pages with no year. */
function writeSite(name: string, years: Record<number, number>): { site: string; pages: SearchPage[] } {
  const site = path.join(root, name);
  const pages: SearchPage[] = [
    ...Object.entries(years).flatMap(([year, count]) => Array.from({ length: count }, (_, i) => ({ file: `papers/${year}-${i}/index.html`, year: Number(year) }))),
    { file: 'performance/indicators/a/index.html' },
    { file: 'performance/indicators/b/index.html' },
  ];
  for (const { file, year } of pages) {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    fs.writeFileSync(path.join(site, file), page(file, year));
  }
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><html><body><main>Home</main></body></html>\n');
  return { site, pages };
}

/** Polls as the build does while Astro runs, until every predicted part has been started and has finished. */
async function pollUntilIdle(indexer: SearchIndexer, site: string, dirs: string[]): Promise<void> {
  for (let i = 0; i < 200 && !dirs.every((dir) => fs.existsSync(path.join(site, dir, 'pagefind-entry.json'))); i += 1) {
    indexer.poll();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const htmlFiles = (site: string) => fs.readdirSync(site, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
const pageCount = (site: string, dir: string) => {
  const entry = JSON.parse(fs.readFileSync(path.join(site, dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
};

describe('SearchIndexer', () => {
  it('keeps the parts it indexed early when the built pages are the ones the content predicted', async () => {
    const { site, pages } = writeSite('right', { 2024: 3, 2023: 3, 2022: 3 });
    const indexer = new SearchIndexer(site, root, env, 3);
    indexer.predict(pages);
    await pollUntilIdle(indexer, site, ['pagefind/', 'pagefind-2/', 'pagefind-3/']);
    const result = await indexer.finish(htmlFiles(site));
    expect(result.ok).toBe(true);
    expect(result.parts.map((part) => [part.dir, part.files.length])).toEqual([['pagefind/', 5], ['pagefind-2/', 3], ['pagefind-3/', 3]]);
    expect(result.early).toBe(3);
    expect(result.unpredicted).toBe(0);
    for (const part of result.parts) expect(pageCount(site, part.dir), part.dir).toBe(part.files.length);
  }, 60_000);

  it('indexes again, from the built pages, the parts the content predicted wrongly', async () => {
    const { site, pages } = writeSite('wrong', { 2024: 3, 2023: 3, 2022: 3 });
    // The content says one 2023 paper is of 2022: the predicted 2022 and 2023 parts are both wrong.
    const predicted = pages.map((p) => (p.file === 'papers/2023-0/index.html' ? { ...p, year: 2022 } : p));
    const indexer = new SearchIndexer(site, root, env, 3);
    indexer.predict(predicted);
    await pollUntilIdle(indexer, site, ['pagefind/']);
    const result = await indexer.finish(htmlFiles(site));
    expect(result.ok).toBe(true);
    expect(result.parts.map((part) => [part.dir, part.from, part.files.length])).toEqual([['pagefind/', 2024, 5], ['pagefind-2/', 2023, 3], ['pagefind-3/', 2022, 3]]);
    expect(result.unpredicted).toBe(2);
    for (const part of result.parts) expect(pageCount(site, part.dir), part.dir).toBe(part.files.length);
    expect(fs.readdirSync(site).filter((entry) => entry.startsWith('pagefind')).sort()).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  }, 60_000);
});
