// Security of the published site: a Content-Security-Policy on every page that allows no inline or eval'd
// script, the host's security headers (netlify.toml), and, in a real browser with those headers, no page that
// breaks its own policy. The search page alone may compile WebAssembly (Pagefind), and search must still work.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { parse as parseToml } from 'smol-toml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { basePath, distDir, loadPages, sitemapPaths, type BuiltPage } from '../helpers/built-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

interface NetlifyConfig {
  build: { command: string; publish: string; environment: Record<string, string> };
  headers: { for: string; values: Record<string, string> }[];
}
const netlify = parseToml(fs.readFileSync('netlify.toml', 'utf8')) as unknown as NetlifyConfig;

/** The headers Netlify sends for a site path: every [[headers]] block whose `for` pattern matches, in order. */
function netlifyHeaders(sitePath: string): Record<string, string> {
  const matches = (pattern: string) => (pattern.endsWith('*') ? sitePath.startsWith(pattern.slice(0, -1)) : sitePath === pattern);
  return Object.assign({}, ...netlify.headers.filter((block) => matches(block.for)).map((block) => block.values));
}

/** A policy as a map from directive to its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

let pages: Map<string, BuiltPage>;
beforeAll(() => {
  pages = loadPages();
});

/** Pages that load Pagefind, directly or through one of their own scripts. */
function loadsPagefind(page: BuiltPage): boolean {
  if (page.html.includes('pagefind/pagefind')) return true;
  return page.document.querySelectorAll('script[src]').some((script) => {
    const src = script.getAttribute('src')!;
    const file = path.join(distDir, src.slice(basePath.length));
    return src.startsWith(basePath) && fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes('pagefind/pagefind');
  });
}

describe('the Content-Security-Policy of every page', () => {
  it('is one <meta> in the head, before any script or stylesheet it governs', () => {
    const wrong: string[] = [];
    for (const page of pages.values()) {
      const metas = page.document.querySelectorAll('meta[http-equiv="content-security-policy"]');
      if (metas.length !== 1) {
        wrong.push(`${page.url}: ${metas.length} policies`);
        continue;
      }
      const head = page.document.querySelector('head')!;
      const order = head.querySelectorAll('meta[http-equiv="content-security-policy"], script, style, link[rel="stylesheet"]');
      if (order[0] !== metas[0]) wrong.push(`${page.url}: a script or style comes before the policy`);
    }
    expect(pages.size).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it("allows scripts and styles only from the site or by hash: never 'unsafe-inline' or 'unsafe-eval'", () => {
    const wrong: string[] = [];
    for (const page of pages.values()) {
      const policy = parsePolicy(page.document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
      const scripts = policy.get('script-src') ?? [];
      const styles = policy.get('style-src') ?? [];
      const allowed = (source: string) => source === "'self'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source) || source === "'wasm-unsafe-eval'";
      if (!scripts.length || scripts.some((s) => !allowed(s))) wrong.push(`${page.url}: script-src ${scripts.join(' ')}`);
      if (!styles.length || styles.some((s) => s === "'wasm-unsafe-eval'" || !allowed(s))) wrong.push(`${page.url}: style-src ${styles.join(' ')}`);
      if (policy.get('default-src')?.join(' ') !== "'self'") wrong.push(`${page.url}: default-src is not 'self'`);
      if (policy.get('object-src')?.join(' ') !== "'none'") wrong.push(`${page.url}: object-src is not 'none'`);
      if (policy.get('base-uri')?.join(' ') !== "'self'") wrong.push(`${page.url}: base-uri is not 'self'`);
    }
    expect(wrong).toEqual([]);
  });

  // Pagefind 1.x compiles its WebAssembly in a Web Worker, which a page's <meta> policy does not govern; on the
  // page itself (its fallback when workers fail) it needs 'wasm-unsafe-eval'. No other page may have it.
  it("allows WebAssembly ('wasm-unsafe-eval') only on pages that run Pagefind", () => {
    const wrong: string[] = [];
    let search = 0;
    for (const page of pages.values()) {
      const scripts = parsePolicy(page.document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '').get('script-src') ?? [];
      const needs = loadsPagefind(page);
      if (needs) search += 1;
      if (!needs && scripts.includes("'wasm-unsafe-eval'")) wrong.push(`${page.url}: has 'wasm-unsafe-eval' without loading Pagefind`);
    }
    console.log(`CSP: ${pages.size} pages, ${search} loading Pagefind.`);
    expect(wrong).toEqual([]);
  });

  it('leaves no code in the markup: no on…= handlers, no javascript: addresses, no style attributes', () => {
    const wrong: string[] = [];
    for (const page of pages.values()) {
      for (const element of page.document.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(element.attributes)) {
          if (/^on/i.test(name)) wrong.push(`${page.url}: <${element.tagName.toLowerCase()} ${name}>`);
          if (name === 'style') wrong.push(`${page.url}: <${element.tagName.toLowerCase()} style>`);
          if (/^\s*javascript:/i.test(value)) wrong.push(`${page.url}: ${name}="${value}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('netlify.toml', () => {
  it('builds with npm run build on Node 24 and publishes dist', () => {
    expect(netlify.build).toMatchObject({ command: 'npm run build', publish: 'dist' });
    expect(netlify.build.environment.NODE_VERSION).toBe('24');
    expect(fs.readFileSync('.nvmrc', 'utf8').trim()).toBe('24');
  });

  it('sends the security headers with every page and file', () => {
    for (const sitePath of ['/', '/papers/', '/_astro/x.css', '/pagefind/pagefind.js', '/data/x.csv']) {
      const headers = netlifyHeaders(sitePath);
      expect(headers['X-Content-Type-Options'], sitePath).toBe('nosniff');
      expect(headers['Referrer-Policy'], sitePath).toBe('strict-origin-when-cross-origin');
      expect(headers['X-Frame-Options'], sitePath).toBe('DENY');
      expect(headers['Permissions-Policy'], sitePath).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      const policy = parsePolicy(headers['Content-Security-Policy'] ?? '');
      expect(policy.get('frame-ancestors'), sitePath).toEqual(["'none'"]);
      // The header adds to each page's own policy; it must never allow what a page's <meta> forbids.
      expect(headers['Content-Security-Policy'], sitePath).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(policy.has('script-src') || policy.has('style-src') || policy.has('default-src'), sitePath).toBe(false);
    }
  });
});

describe('in a browser, with the headers Netlify sends', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(distDir, basePath, netlifyHeaders);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new page that records every Content-Security-Policy violation and console message about one. */
  async function watchedPage(context: Awaited<ReturnType<Browser['newContext']>>, violations: string[]) {
    // Init scripts run through the browser's debugging protocol, which the policy does not govern.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy|CSP violation/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  }

  it('no page in the sitemap breaks its Content-Security-Policy', async () => {
    const context = await browser.newContext();
    const violations: string[] = [];
    const page = await watchedPage(context, violations);
    const urls = sitemapPaths();
    for (const url of [...urls, `${basePath}404.html`]) await page.goto(server.origin + url, { waitUntil: 'load' });
    await context.close();
    console.log(`CSP in the browser: ${urls.length + 1} pages loaded, ${violations.length} violations.`);
    expect(violations).toEqual([]);
  });

  it('search runs Pagefind under the policy and finds pages', async (context) => {
    const search = [...pages.values()].find(loadsPagefind);
    if (!search) return context.skip('no page loads Pagefind in this build');
    const browserContext = await browser.newContext();
    const violations: string[] = [];
    const page = await watchedPage(browserContext, violations);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}${search.url}?q=crime`, { waitUntil: 'load' });
    const status = page.locator('[role="status"]').first();
    await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).toMatch(/\d+ results? for/);
    await browserContext.close();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
