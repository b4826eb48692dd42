// Search runs in the browser with Pagefind; without JavaScript the page points to the indexes.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/lib/content-paths.ts';
import { validateContent } from '../../src/lib/validate-content.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { basePath, distDir } from '../helpers/built-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const { root, contentDir } = contentPaths();
const papers = validateContent(root, contentDir).content.papers.filter((p) => p.data.status === 'final');

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

/** Searches, then presses "Show more results" until every result is listed. */
async function search(term: string) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${basePath}search/?q=${encodeURIComponent(term)}`);
  await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { timeout: 15_000 });
  const firstShown = await page.locator('.search-results li').count();
  while (await page.isVisible('[data-more]')) {
    const before = await page.locator('.search-results li').count();
    await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-results li').length > n, before, { timeout: 15_000 });
  }
  const results = await page.$$eval('.search-results li', (items) =>
    items.map((item) => ({ href: new URL(item.querySelector('a')!.href).pathname, meta: item.querySelector('.meta')?.textContent ?? '' })),
  );
  await page.close();
  return { results, firstShown };
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

  it('without JavaScript the page offers the indexes instead of a search box that cannot work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${basePath}search/`);
    expect(await page.isVisible('form[role="search"]')).toBe(false);
    expect(await page.isVisible(`[data-search-fallback] a[href="${basePath}papers/"]`)).toBe(true);
    await context.close();
  });
});
