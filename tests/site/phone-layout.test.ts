// The built site on a phone and a laptop: a header that takes at most two rows or folds into a closed menu, a menu
// that opens with no JavaScript, no page that scrolls sideways, and tables that wrap their captions and say when
// they scroll.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { basePath, distDir, sitemapPaths } from '../helpers/built-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let pages: string[];
/** Home, the papers list, a paper, the dashboard, a topic page with a wide table, an indicator page. */
let sample: string[];

beforeAll(async () => {
  server = await serveStatic(distDir, basePath);
  browser = await launchBrowser();
  pages = sitemapPaths();
  const first = (pattern: RegExp) => pages.find((url) => pattern.test(url.slice(basePath.length)));
  sample = [basePath, `${basePath}papers/`, first(/^papers\/\d{4}-\d\d-\d\d-[^/]+\/$/), `${basePath}performance/`, `${basePath}performance/road-safety/`, first(/^performance\/indicators\/[^/]+\/$/)].filter(
    (url): url is string => url !== undefined && pages.includes(url),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Visits each page with one tab of the context. */
async function eachPage(context: BrowserContext, urls: readonly string[], visit: (url: string, page: Page) => Promise<void>) {
  const page = await context.newPage();
  for (const url of urls) {
    await page.goto(server.origin + url, { waitUntil: 'load' });
    await visit(url, page);
  }
  await page.close();
}

/** What the header looks like: the rows the visible navigation links take, and whether they are in a closed menu. */
function headerShape() {
  const nav = document.querySelector('nav[aria-label="Main"]')!;
  const toggle = nav.querySelector('summary');
  const links = [...nav.querySelectorAll('a')];
  const shown = links.filter((link) => link.checkVisibility() && link.getBoundingClientRect().height > 0);
  const rows = new Set(shown.map((link) => Math.round(link.getBoundingClientRect().top))).size;
  const closedMenu = Boolean(toggle?.checkVisibility() && !toggle.closest('details')!.open && shown.length === 0);
  // The office's name (and logo) and the Menu button never run into each other.
  const [name, button] = [document.querySelector('header a')!.getBoundingClientRect(), toggle?.getBoundingClientRect()];
  const overlap = Boolean(button && button.width > 0 && name.left < button.right && button.left < name.right && name.top < button.bottom && button.top < name.bottom);
  return { links: links.length, shown: shown.length, rows, closedMenu, overlap, height: document.querySelector('header')!.getBoundingClientRect().height };
}

describe('the header', () => {
  it.each([320, 375, 640, 799, 800, 1280])('at %i px takes at most two rows of links, or is a closed menu, on a sample of pages', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const wrong: string[] = [];
    await eachPage(context, sample, async (url, page) => {
      const shape = await page.evaluate(headerShape);
      if (!(shape.closedMenu || (shape.shown === shape.links && shape.rows <= 2)) || shape.overlap) wrong.push(`${url}: ${JSON.stringify(shape)}`);
    });
    await context.close();
    expect(sample.length).toBe(6);
    expect(wrong).toEqual([]);
  });

  it('is a closed menu at 375 px, and every link shows in one row at 1,280 px', async () => {
    const shapes: Record<number, ReturnType<typeof headerShape>> = {};
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.origin}${basePath}papers/`);
      shapes[width] = await page.evaluate(headerShape);
      await context.close();
    }
    expect(shapes[375]!.closedMenu).toBe(true);
    expect(shapes[1280]!.closedMenu).toBe(false);
    expect(shapes[1280]!.shown).toBe(shapes[1280]!.links);
    expect(shapes[1280]!.rows).toBe(1);
  });

  it('with JavaScript off, the menu is named, opens from the keyboard, and its links can be reached and show the current page', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${basePath}papers/`);
    const toggle = page.locator('nav[aria-label="Main"] summary');
    expect(await toggle.textContent()).toBe('Menu');
    expect(await page.getByRole('link', { name: 'Meetings', exact: true }).isVisible()).toBe(false);
    // Skip link, the office's name, then the menu.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.open)).toBe(false);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.open)).toBe(true);
    const links = page.locator('nav[aria-label="Main"] a');
    for (const link of await links.all()) expect(await link.isVisible(), await link.textContent() ?? '').toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Meetings');
    expect(await page.locator('nav[aria-label="Main"] a[aria-current="true"]').textContent()).toBe('Papers');
    // A click closes it again.
    await toggle.click();
    expect(await page.getByRole('link', { name: 'Meetings', exact: true }).isVisible()).toBe(false);
    await context.close();
  });

  it('with JavaScript off at 1,280 px, the links show without a menu and are next after the name', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${basePath}papers/`);
    expect(await page.locator('nav[aria-label="Main"] summary').isVisible()).toBe(false);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Meetings');
    await context.close();
  });

  it('moves nothing when the reader asks for reduced motion, and leaves the menu out of print', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.origin}${basePath}papers/`);
    const transition = await page.evaluate(() => getComputedStyle(document.querySelector('nav[aria-label="Main"] summary')!, '::after').transitionDuration);
    expect(transition).toBe('0s');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav[aria-label="Main"]').isVisible()).toBe(false);
    await context.close();
  });
});

/** Each box on the page that scrolls sideways and holds a table: does it overflow, does it say so, and is its caption cut off. */
async function tableBoxes() {
  // A scroll timeline (what shows the hint) takes its state from a finished layout: wait for two frames, as on a busy machine.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const boxes = [...document.querySelectorAll('main *')].filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) && element.querySelector('table'));
  return boxes.map((box) => {
    const before = getComputedStyle(box, '::before');
    const hint = before.display !== 'none' && before.visibility === 'visible' && /scroll/i.test(before.content) ? before.content : '';
    const caption = box.querySelector('caption');
    const edge = box.getBoundingClientRect().right;
    return {
      name: box.getAttribute('aria-label') ?? caption?.textContent?.trim() ?? box.className,
      // Whole pixels, as the browser scrolls: a table 0.7 px too wide scrolls by a pixel, and its hint shows.
      overflows: box.scrollWidth > box.clientWidth,
      hint,
      captionCut: caption ? caption.getBoundingClientRect().right > edge + 1 : false,
    };
  });
}

describe('phones', () => {
  it.each([320, 375])('at %i px no page scrolls sideways, and every table that is wider than its box says so and wraps its caption', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 640 } });
    const wide: string[] = [];
    const silent: string[] = [];
    const falseHints: string[] = [];
    const cut: string[] = [];
    let scrolling = 0;
    await eachPage(context, pages, async (url, page) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${url} (${overflow}px)`);
      for (const box of await page.evaluate(tableBoxes)) {
        if (box.overflows) scrolling += 1;
        if (box.overflows && !box.hint) silent.push(`${url}: ${box.name}`);
        if (!box.overflows && box.hint) falseHints.push(`${url}: ${box.name}`);
        if (box.captionCut) cut.push(`${url}: ${box.name}`);
      }
    });
    await context.close();
    expect(wide).toEqual([]);
    // The example content has wide tables at these widths (the road collisions by severity, for one).
    expect(scrolling).toBeGreaterThan(0);
    expect(silent).toEqual([]);
    expect(falseHints).toEqual([]);
    expect(cut).toEqual([]);
  }, 300_000);

  it('a table that scrolls tells screen readers too: its hint is in the accessibility tree', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}${basePath}performance/road-safety/`);
    const box = page.locator('.table-wrap').filter({ has: page.locator('caption') });
    const scrolling = await box.evaluateAll((boxes) => boxes.findIndex((b) => b.scrollWidth > b.clientWidth));
    expect(scrolling).toBeGreaterThanOrEqual(0);
    const snapshot = await box.nth(scrolling).ariaSnapshot();
    expect(snapshot).toContain('Scroll the table sideways to see all its columns');
    await context.close();
  });
});
