// Another office adopts the site: the Exampleshire test fixture (tests/fixtures/exampleshire/, made up) has its own
// settings, colours and logo, two boards, a meeting and a paper, and turns the plan, performance, inspections and
// transparency sections off. Built once into a temporary folder, its site must carry no trace of Cambridgeshire,
// show Exampleshire's name, logo and colours, build no page of a section that is off, link to nothing that is not
// built, and pass axe in light and dark mode.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';
import { buildIntoTemporaryFolder, listFiles, type TemporaryBuild } from '../helpers/build-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const fixture = path.resolve('tests/fixtures/exampleshire');

let build: TemporaryBuild;
let helpers: typeof import('../helpers/built-site.ts');
let pages: Map<string, import('../helpers/built-site.ts').BuiltPage>;

beforeAll(async () => {
  build = buildIntoTemporaryFolder('exampleshire', {
    CONTENT_DIR: path.join(fixture, 'content'),
    DATA_DIR: path.join(fixture, 'data'),
    PUBLIC_DIR: path.join(fixture, 'public'),
    SITE_URL: 'https://www.exampleshire.example',
  });
  if (build.status !== 0) throw new Error(`The Exampleshire build failed:\n${build.output.slice(-3000)}`);
  // built-site.ts reads DIST_DIR when it loads; this test file has its own copy of the module.
  process.env.DIST_DIR = build.dist;
  process.env.BASE_PATH = '/';
  helpers = await import('../helpers/built-site.ts');
  pages = helpers.loadPages();
}, 300_000);

describe('the Exampleshire site', () => {
  it('has no trace of Cambridgeshire, its force or its area in any file it publishes', () => {
    const textFiles = listFiles(build.dist).filter((file) => /\.(html|xml|json|ics|txt|css|svg|csv)$/.test(file));
    expect(textFiles.length).toBeGreaterThan(15);
    const traces = textFiles.filter((file) => /Cambridgeshire|Peterborough|Constabulary|cambs/i.test(fs.readFileSync(path.join(build.dist, file), 'utf8')));
    expect(traces).toEqual([]);
  });

  it("shows Exampleshire's name, tagline and logo in the header of every page, and its contact details in the footer", () => {
    expect(pages.size).toBeGreaterThan(10);
    for (const page of pages.values()) {
      const header = page.document.querySelector('.site-header__name');
      expect(header?.textContent, page.url).toContain('Exampleshire Police and Crime Commissioner');
      expect(header?.textContent, page.url).toContain('Papers and decisions of a test office');
      const logo = page.document.querySelector('.site-header__logo');
      expect(logo?.getAttribute('src'), page.url).toBe('/exampleshire-logo.svg');
      expect(logo?.getAttribute('alt'), page.url).toBe('Exampleshire Police and Crime Commissioner crest');
      expect(page.document.querySelector('.site-footer')?.textContent, page.url).toContain('office@exampleshire.example');
    }
    expect(pages.get('/')!.document.querySelector('h1')?.textContent).toBe('Holding policing in Exampleshire and Sampleton to account, in public');
  });

  it("ships its own brand colours in the site's stylesheet, for light and dark mode", () => {
    const css = listFiles(build.dist).filter((file) => file.endsWith('.css')).map((file) => fs.readFileSync(path.join(build.dist, file), 'utf8')).join('\n');
    expect(css).toMatch(/--brand:\s*#5a1e6e/);
    expect(css).toMatch(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{[^}]*--brand:\s*#3d1450/);
  });

  it('builds no page of a section that is off, and neither the navigation nor the sitemap lists one', () => {
    for (const folder of ['plan', 'performance', 'inspections', 'transparency']) expect(fs.existsSync(path.join(build.dist, folder)), folder).toBe(false);
    const sitemap = helpers.sitemapPaths();
    expect(sitemap.filter((url) => /^\/(plan|performance|inspections|transparency)\//.test(url))).toEqual([]);
    const nav = [...pages.get('/')!.document.querySelectorAll('.site-nav a')].map((a) => a.textContent);
    expect(nav).toEqual(['Meetings', 'Papers', 'Decisions', 'Search']);
  });

  it('shows the footer links of its settings: a page of the site with the base path, another site as written', () => {
    const footer = [...pages.get('/')!.document.querySelectorAll('.site-footer a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(footer).toContainEqual(['Privacy notice', 'https://www.exampleshire.example/privacy']);
    expect(footer).toContainEqual(['Glossary of terms', '/glossary/']);
  });

  it('has no broken internal links or assets on any page', () => {
    const broken: string[] = [];
    for (const page of pages.values()) {
      for (const ref of helpers.internalReferences(page)) if (!helpers.resolveUrl(ref)) broken.push(`${page.url} -> ${ref}`);
    }
    expect(broken).toEqual([]);
  });
});

describe('the Exampleshire site in a browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(build.dist, '/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('axe finds no WCAG 2.2 A or AA violations on any page in the sitemap, in light and dark mode', async () => {
    const failures: string[] = [];
    const urls = helpers.sitemapPaths();
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe goes in as an inline script, which the site's Content-Security-Policy rightly blocks.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      for (const url of urls) {
        await page.goto(server.origin + url, { waitUntil: 'load' });
        const violations = await axeViolations(page);
        for (const violation of violations) failures.push(`${colorScheme} ${url} ${violation}`);
      }
      await context.close();
    }
    expect(urls.length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  }, 300_000);
});
