// Search runs in the browser with Pagefind; without JavaScript the page points to the indexes. Results show a page's
// facts on a line of their own, from its Pagefind metadata, and excerpts of its prose only.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/lib/sources/content-paths.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import type { SearchPartsManifest } from '../../src/lib/build/search-parts.ts';
import { formatDate } from '../../src/lib/text/dates.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildIntoTemporaryFolder, type TemporaryBuild } from '../helpers/build-site.ts';
import { basePath, distDir, loadPages } from '../helpers/built-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const { root, contentDir } = contentPaths();
const { content } = validateContent(root, contentDir);
const papers = content.papers.filter((p) => p.data.status === 'final');
const boardNames = new Map(content.boards.map((board) => [board.id, board.data.name]));

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(distDir, basePath);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Searches, then presses "Show more results" and "Search … as well" until every result of every part is listed. */
async function search(term: string, origin = server.origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}${basePath}search/?q=${encodeURIComponent(term)}`);
  await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { timeout: 15_000 });
  const firstStatus = (await page.textContent('[data-status]')) ?? '';
  const olderLabel = (await page.isVisible('[data-older]')) ? await page.textContent('[data-older]') : undefined;
  for (;;) {
    const button = (await page.isVisible('[data-more]')) ? '[data-more]' : (await page.isVisible('[data-older]')) ? '[data-older]' : undefined;
    if (!button) break;
    const before = await page.textContent('[data-status]');
    const shown = await page.locator('.search-results li').count();
    await page.click(button);
    await page.waitForFunction(
      ([n, text]) => document.querySelectorAll('.search-results li').length > n || (document.querySelector('[data-status]')?.textContent !== text && !/Searching/.test(document.querySelector('[data-status]')?.textContent ?? '')),
      [shown, before] as const,
      { timeout: 15_000 },
    );
  }
  const results = await page.$$eval('.search-results li', (items) =>
    items.map((item) => ({ href: new URL(item.querySelector('a')!.href).pathname, meta: item.querySelector('.meta')?.textContent ?? '', excerpt: item.querySelector('.meta + p')?.textContent ?? '' })),
  );
  await page.close();
  return { results, firstStatus, olderLabel };
}

describe('search', () => {
  it('the search index was written', () => {
    expect(fs.existsSync(`${distDir}/pagefind/pagefind.js`)).toBe(true);
  });

  it.each(['Speedwatch', 'custody', 'Athena'])('searching for “%s” returns every paper that mentions it, each with its type and date', async (term) => {
    const mentioning = papers.filter((p) => new RegExp(term, 'i').test(`${p.data.title} ${p.data.purpose} ${p.source.body}`));
    const { results } = await search(term);
    expect(results.length).toBeGreaterThan(0);
    const found = results.map((r) => r.href);
    for (const paper of mentioning) expect(found, paper.id).toContain(`${basePath}papers/${paper.id}/`);
    for (const result of results) expect(result.meta).toMatch(/^(Paper|Meeting|Decision|Performance indicator|Inspection report|Plan action)/);
  });

  it('shows a paper\'s type, date, author and board on a line of their own, and an excerpt of its prose, not its facts', async () => {
    const { results } = await search('Speedwatch');
    const shown = results.filter((result) => result.href.startsWith(`${basePath}papers/`));
    expect(shown.length).toBeGreaterThan(0);
    for (const result of shown) {
      const paper = papers.find((p) => result.href === `${basePath}papers/${p.id}/`)!;
      expect(result.meta).toBe(`Paper · ${formatDate(paper.data.date)} · From: ${paper.data.from} · ${boardNames.get(paper.data.board)}`);
      // "FromChief Constable. Date10 May 2018.": the list of facts at the top of the page, labels run into values.
      expect(result.excerpt).not.toMatch(/\b(From|Date|Meeting|Classification|Topics)(?=[A-Z0-9])/);
    }
  });

  it('a paper is found by who it is from, though the list of facts that shows it is left out of the search text', async () => {
    // Pagefind searches metadata too: the page's details carry "From: …" (BaseLayout's search.details).
    for (const from of new Set(papers.map((paper) => paper.data.from))) {
      const found = (await search(from)).results.map((result) => result.href);
      for (const paper of papers.filter((p) => p.data.from === from)) expect(found, `${from}: ${paper.id}`).toContain(`${basePath}papers/${paper.id}/`);
    }
  });

  it('the text search holds is the pages\' prose: no labels run into values, table cells or chart keys', async () => {
    const built = loadPages();
    const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
    const page = await browser.newPage();
    await page.goto(`${server.origin}${basePath}search/`);
    // Every result's indexed text, from Pagefind's own API. A string, so that Vitest leaves its import() alone.
    const terms = ['October', 'Chief Constable', 'road', 'custody', 'satisfaction', '2017'];
    const indexed = await page.evaluate<{ url: string; content: string }[]>(`(async () => {
      const pagefind = await import(${JSON.stringify(`${basePath}pagefind/pagefind.js`)});
      const found = await Promise.all(${JSON.stringify(terms)}.map(async (term) => Promise.all((await pagefind.search(term)).results.map((result) => result.data()))));
      return found.flat();
    })()`);
    await page.close();
    expect(indexed.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    for (const { url, content } of indexed) {
      const document = built.get(new URL(url, 'http://site').pathname)!.document;
      const main = document.querySelector('main')!;
      const runs = [
        // A list of facts read as text: "FromChief Constable", "Last updated10 May 2018".
        ...main.querySelectorAll('dl > div').map((row) => clean(`${row.querySelector('dt')?.text ?? ''}${row.querySelector('dd')?.text ?? ''}`)),
        // A table's heading row: "Measure201612 months to October 2017".
        ...main.querySelectorAll('thead tr').map((row) => clean(row.querySelectorAll('th, td').map((cell) => cell.text).join(''))),
        // A chart's key of two or more entries: "2016. 12 months to October 2017".
        ...main.querySelectorAll('.chart-legend').filter((legend) => legend.querySelectorAll('li').length > 1).map((legend) => clean(legend.querySelectorAll('li').map((item) => item.text).join('. '))),
      ].filter((run) => run.length >= 8);
      for (const run of runs) if (clean(content).includes(run)) leaks.push(`${url}: ${run}`);
    }
    expect([...new Set(leaks)]).toEqual([]);
  });

  it('shows ten results at first; "Show more results" adds the next ten and moves focus to the first of them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${basePath}search/?q=crime`);
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { timeout: 15_000 });
    const status = (await page.textContent('[data-status]')) ?? '';
    const total = Number(/^(\d+) results/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('.search-results li').count()).toBe(10);
    expect(status).toContain('showing the first 10');
    await page.click('[data-more]');
    await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 10, undefined, { timeout: 15_000 });
    expect(await page.locator('.search-results li').count()).toBe(Math.min(20, total));
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('.search-results li a')[10])).toBe(true);
    await page.close();
  });

  describe('an index in parts by year (a large archive), here with parts of at most 10 dated pages', () => {
    let parts: TemporaryBuild;
    let partsServer: Awaited<ReturnType<typeof serveStatic>>;
    beforeAll(async () => {
      parts = buildIntoTemporaryFolder('search-parts', { SEARCH_PART_PAGES: '10', BASE_PATH: basePath });
      partsServer = await serveStatic(parts.dist, basePath);
    }, 300_000);
    afterAll(async () => {
      await partsServer?.close();
      fs.rmSync(path.dirname(parts.dist), { recursive: true, force: true });
    });

    it('the build writes the newest years and the current pages first, then older years', () => {
      expect(parts.status, parts.output).toBe(0);
      const manifest = JSON.parse(fs.readFileSync(path.join(parts.dist, 'pagefind', 'parts.json'), 'utf8')) as SearchPartsManifest;
      expect(manifest.parts.length).toBeGreaterThan(1);
      expect(manifest.parts[0]!.dir).toBe('pagefind/');
      for (const [i, part] of manifest.parts.entries()) {
        expect(fs.existsSync(path.join(parts.dist, part.dir, 'pagefind.js')), part.dir).toBe(true);
        if (i > 0) expect(part.to!).toBeLessThan(manifest.parts[i - 1]!.from!);
      }
    });

    it('the content predicts every part, so each can be indexed while Astro still builds newer pages', () => {
      expect(parts.output).toMatch(/Indexed \d+ pages for search .*\(\d+ parts, \d+ of them while Astro was building\)/);
      expect(parts.output).not.toContain('than the content predicted');
    });

    it('a search with many results looks in the newest part, says how far back, and offers the older years', async () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(parts.dist, 'pagefind', 'parts.json'), 'utf8')) as SearchPartsManifest;
      const { results, firstStatus, olderLabel } = await search('crime', partsServer.origin);
      expect(firstStatus).toContain(`(searched back to ${manifest.parts[0]!.from})`);
      expect(olderLabel).toMatch(/^Search \d{4}( to \d{4})? as well$/);
      // After "Search … as well", papers of the older years are found too.
      const mentioning = papers.filter((p) => /crime/i.test(`${p.data.title} ${p.data.purpose} ${p.source.body}`));
      const found = results.map((r) => r.href);
      for (const paper of mentioning) expect(found, paper.id).toContain(`${basePath}papers/${paper.id}/`);
      expect(new Set(found).size).toBe(found.length);
    });

    it('a search with few results in the newest part looks in older parts by itself', async () => {
      const older = papers.filter((p) => p.data.date < '2018-01-01' && /Speedwatch/i.test(`${p.data.title} ${p.data.purpose} ${p.source.body}`));
      expect(older.length).toBeGreaterThan(0);
      const { results, firstStatus } = await search('Speedwatch', partsServer.origin);
      expect(firstStatus).not.toContain('searched back');
      for (const paper of older) expect(results.map((r) => r.href)).toContain(`${basePath}papers/${paper.id}/`);
    });
  });

  it('without JavaScript the page offers the indexes instead of a search box that cannot work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${basePath}search/`);
    expect(await page.isVisible('form[role="search"]')).toBe(false);
    expect(await page.isVisible(`[data-search-fallback] a[href="${basePath}papers/"]`)).toBe(true);
    await context.close();
  });
});
