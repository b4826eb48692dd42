// The built site in a real browser (Debian's Chromium): accessibility with axe on every page in the
// sitemap, keyboard focus, phones at 320 px, no JavaScript, and no requests to other hosts.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';
import { basePath, distDir, sitemapPaths } from '../helpers/built-site.ts';
import { serveStatic } from '../helpers/static-server.ts';


let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let pages: string[];

beforeAll(async () => {
  server = await serveStatic(distDir, basePath);
  browser = await launchBrowser();
  pages = sitemapPaths();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Visit every page with one context, collecting what each check needs. */
async function eachPage(context: BrowserContext, visit: (url: string, page: Awaited<ReturnType<BrowserContext['newPage']>>) => Promise<void>) {
  const page = await context.newPage();
  for (const url of pages) {
    await page.goto(server.origin + url, { waitUntil: 'load' });
    await visit(url, page);
  }
  await page.close();
}

describe('accessibility', () => {
  it('axe finds no WCAG 2.2 A or AA violations on any page in the sitemap, in light and dark mode', async () => {
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe goes in as an inline script, which the site's Content-Security-Policy rightly blocks (security.test.ts checks it).
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      await eachPage(context, async (url, page) => {
        const violations = await axeViolations(page);
        for (const violation of violations) failures.push(`${colorScheme} ${url} ${violation}`);
      });
      await context.close();
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  }, 600_000); // every page twice: grows with the site, past the 120 s default for site tests

  it('the skip link is the first thing to take focus, is visible, and moves focus to the main content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + basePath + 'papers/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, top: box.top, height: box.height, outline: getComputedStyle(el).backgroundColor };
    });
    expect(skip.text).toBe('Skip to main content');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.height).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(next).toBe(true);
    await context.close();
  });

  it('every link shows a visible focus indicator', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.origin + basePath);
    const unfocusable: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { text: el.textContent?.trim().slice(0, 40), visible: s.outlineStyle !== 'none' || s.boxShadow !== 'none' || s.backgroundColor !== 'rgba(0, 0, 0, 0)' };
      });
      if (!style.visible) unfocusable.push(style.text ?? '?');
    }
    expect(unfocusable).toEqual([]);
    await context.close();
  });
});

describe('phones, no JavaScript, and privacy', () => {
  it('no page scrolls sideways at 320 px wide', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    await eachPage(context, async (url, page) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${url} (${overflow}px)`);
    });
    await context.close();
    expect(wide).toEqual([]);
  });

  it('with JavaScript off, every page still has its navigation, heading and tables', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const missing: string[] = [];
    await eachPage(context, async (url, page) => {
      if (url.endsWith('404.html')) return;
      const ok = await page.evaluate(() => {
        const nav = document.querySelectorAll('nav[aria-label="Main"] a').length;
        return nav >= 5 && document.querySelectorAll('h1').length === 1;
      });
      if (!ok) missing.push(url);
    });
    await context.close();
    expect(missing).toEqual([]);
  });

  it('no page asks any host but its own for anything, and none logs a console error', async () => {
    const context = await browser.newContext();
    const foreign: string[] = [];
    const errors: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await eachPage(context, async (url, page) => {
      page.removeAllListeners('console');
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${url}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
    });
    await context.close();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
