// The performance dashboard as a member of the public meets it: the overview in the first screen of a phone,
// a page a fraction of the 21,429 px (375 px wide) and 9,779 px (1,280 px) it was before the overview and the
// table, one row per indicator, theme and rating pages that agree with the counts, and no JavaScript.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { basePath, distDir, loadPages, type BuiltPage } from '../helpers/built-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let pages: Map<string, BuiltPage>;
const dashboard = `${basePath}performance/`;
const text = (node: { text: string } | null | undefined) => (node?.text ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  pages = loadPages();
  server = await serveStatic(distDir, basePath);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page's height, and where the rating counts end, at a width (the height of the window is a small phone's). */
async function measure(width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(server.origin + dashboard, { waitUntil: 'load' });
  const found = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    countsBottom: document.querySelector('.rating-counts')?.getBoundingClientRect().bottom ?? Infinity,
  }));
  await context.close();
  return found;
}

describe('the dashboard page', () => {
  it('answers "how are things going?" in the first screen of a 375 × 667 phone', async () => {
    const phone = await measure(375, 667);
    expect(phone.countsBottom).toBeLessThanOrEqual(667);
  });

  it('is about half as long as it was on a phone, and less than two thirds on a laptop', async () => {
    expect((await measure(375, 667)).height).toBeLessThan(21_429 / 2 + 500);
    expect((await measure(1280, 900)).height).toBeLessThan((9_779 * 2) / 3);
  });

  it('counts every dashboard indicator once, and each count links to a page with that many indicators', () => {
    const page = pages.get(dashboard)!.document;
    const rows = page.querySelectorAll('.dashboard-table tbody tr:not(.dashboard-table__theme)');
    const counts = page.querySelectorAll('.rating-counts__item').map((item) => ({ count: Number(text(item.querySelector('.rating-counts__count'))), href: item.querySelector('a')?.getAttribute('href') }));
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(rows.length);
    expect(text(page.querySelector('#all-indicators'))).toBe(`All ${rows.length} indicators`);
    for (const { count, href } of counts.filter((c) => c.href)) {
      const linked = pages.get(href!)?.document;
      expect(linked, href).toBeDefined();
      expect(linked!.querySelectorAll('.tiles .tile'), href).toHaveLength(count);
    }
  });

  it('says what changed most in sentences made from the figures, for the period it names', () => {
    const page = pages.get(dashboard)!.document;
    expect(text(page.querySelector('.overview__basis'))).toMatch(/^The 12 months to [A-Z][a-z]+ \d{4}: how the \d+ indicators/);
    const sentences = page.querySelectorAll('.overview__changes li').map((li) => text(li));
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z0-9].*: [\d.,]+(%| percentage points?) (higher|lower) than .*, at .* against .*\.$/);
  });

  it('has a page per plan theme whose tiles are that theme’s rows of the table', () => {
    const page = pages.get(dashboard)!.document;
    for (const group of page.querySelectorAll('.dashboard-table tbody')) {
      const link = group.querySelector('.dashboard-table__theme a')!;
      const themePage = pages.get(link.getAttribute('href')!)!.document;
      const titles = group.querySelectorAll('tr:not(.dashboard-table__theme) th a').map((a) => text(a));
      expect(themePage.querySelectorAll('.tile__title').map((h) => text(h))).toEqual(titles);
    }
  });

  it('every tile says what its small chart shows', () => {
    for (const [url, page] of pages) {
      if (!url.startsWith(`${basePath}performance/themes/`)) continue;
      for (const tile of page.document.querySelectorAll('.tile')) {
        const chart = tile.querySelector('.sparkline');
        if (!chart) continue;
        expect(text(chart.querySelector('.sparkline__caption')), url).toMatch(/^(Each (month|year|financial year)|[A-Z][a-z]+ of each year), /);
        expect(chart.querySelector('svg title')!.text, url).toContain('on a scale from zero');
      }
    }
  });

  it('needs no JavaScript: the dashboard, theme and rating pages load no script', () => {
    for (const [url, page] of pages) {
      if (url === dashboard || url.startsWith(`${basePath}performance/themes/`) || url.startsWith(`${basePath}performance/ratings/`)) {
        expect(page.document.querySelectorAll('script[src]').map((s) => s.getAttribute('src')), url).toEqual([]);
      }
    }
  });
});
