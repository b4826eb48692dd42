// The empty start (issue 13): a site made only of its settings (content/site.yaml) and one board, with an empty
// data/ folder, is what an office has after following "Adopt it for your office" in the README. It must build,
// and every page must say in plain words that nothing is published yet: no empty table, list or count of 0, no
// broken link, and feeds, calendars and registers that are valid with nothing in them. One build serves every test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';
import { buildIntoTemporaryFolder, listFiles, type TemporaryBuild } from '../helpers/build-site.ts';
import { serveStatic } from '../helpers/static-server.ts';


// The real settings with every section on, so that each section's empty page is built, and the first real board.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-empty-start-'));
const contentDir = path.join(folder, 'content');
const dataDir = path.join(folder, 'data');
const board = fs.readdirSync('content/boards').filter((file) => file.endsWith('.yaml')).sort()[0]!;
const boardId = path.basename(board, '.yaml');
fs.mkdirSync(path.join(contentDir, 'boards'), { recursive: true });
fs.mkdirSync(dataDir);
fs.copyFileSync(path.join('content/boards', board), path.join(contentDir, 'boards', board));
if (fs.existsSync('content/site.yaml')) {
  const settings = parseYaml(fs.readFileSync('content/site.yaml', 'utf8')) as { sections?: Record<string, boolean> };
  if (settings.sections) for (const section of Object.keys(settings.sections)) settings.sections[section] = true;
  fs.writeFileSync(path.join(contentDir, 'site.yaml'), stringify(settings));
}

/** What each page of the empty site must say; null for a page whose text never depends on the content. */
const emptyWording: Record<string, string[] | null> = {
  '': ['No papers have been published yet.', 'No meetings have been published yet.', 'None are published yet.'],
  'meetings/': ['No meetings have been published yet.'],
  'papers/': ['No papers have been published yet.'],
  'decisions/': ['No decisions have been published yet.'],
  'inspections/': ['No inspection reports have been published yet.'],
  'inspections/tracker/': ['No findings or recommendations are tracked yet.'],
  'performance/': ['No performance figures have been published yet.'],
  'plan/': ['The Police and Crime Plan has not been published on this site yet.'],
  'data/': ['No performance datasets have been published yet.'],
  'transparency/': ['The list of requirements has not been published on this site yet.'],
  'transparency/spending/': ['No spending has been published on this site yet.'],
  'glossary/': ['No terms have been added to the glossary yet.'],
  'search/': ['There is nothing to search yet.'],
  'boards/': ['no meetings or papers published yet'],
  [`boards/${boardId}/`]: ['No meetings of this board have been published yet.'],
  'corrections/': ['No corrections have been published.'],
  'accessibility/': null,
};

let built: TemporaryBuild;
let helpers: typeof import('../helpers/built-site.ts');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let pages: Map<string, import('../helpers/built-site.ts').BuiltPage>;
let sitemap: string[];

beforeAll(async () => {
  built = buildIntoTemporaryFolder('empty-start', { CONTENT_DIR: contentDir, DATA_DIR: dataDir });
  if (built.status !== 0) throw new Error(`The empty start did not build:\n${built.output.slice(-3000)}`);
  // built-site.ts reads DIST_DIR when it loads; this test file has its own copy of the module.
  process.env.DIST_DIR = built.dist;
  helpers = await import('../helpers/built-site.ts');
  pages = helpers.loadPages();
  sitemap = helpers.sitemapPaths();
  server = await serveStatic(built.dist, helpers.basePath);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(folder, { recursive: true, force: true });
  if (built) fs.rmSync(path.dirname(built.dist), { recursive: true, force: true });
});

/** The text a reader sees in a page's main content, with its white space collapsed. */
const mainText = (url: string) => (pages.get(url)!.document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');

describe('a site of settings and one board', () => {
  it('builds, with the content check passing', () => {
    expect(built.status).toBe(0);
    expect(built.output).toMatch(/Content and data are valid: 1 board, 0 meetings, 0 papers, 0 decisions, 0 inspections, 0 indicator datasets/);
  });

  it('lists in its sitemap every page it builds, each with its empty state in plain words', () => {
    const relative = sitemap.map((url) => url.slice(helpers.basePath.length));
    const builtPages = [...pages.keys()].map((url) => url.slice(helpers.basePath.length)).filter((url) => url !== '404.html');
    expect(relative.sort()).toEqual(builtPages.sort());
    expect(relative.sort()).toEqual(Object.keys(emptyWording).sort());
    for (const url of sitemap) {
      const text = mainText(url);
      for (const sentence of emptyWording[url.slice(helpers.basePath.length)] ?? []) expect(text, url).toContain(sentence);
    }
  });

  it('shows no empty table or list, and no count of nothing, on any page', () => {
    const faults: string[] = [];
    for (const [url, page] of pages) {
      const main = page.document.querySelector('main')!;
      for (const body of main.querySelectorAll('tbody')) if (!body.querySelector('tr')) faults.push(`${url}: a table with no rows`);
      for (const list of main.querySelectorAll('ul, ol, dl')) if (!list.querySelector('li, dt')) faults.push(`${url}: an empty ${list.tagName.toLowerCase()}`);
      const zero = /\b0 (meetings|papers|reports|decisions|indicators|datasets|terms|items|inspection reports|priority actions)\b/.exec(mainText(url));
      if (zero) faults.push(`${url}: "${zero[0]}"`);
    }
    expect(faults).toEqual([]);
  });

  it('has no link or asset that points at a file it did not build', () => {
    const broken: string[] = [];
    for (const page of pages.values()) {
      for (const ref of helpers.internalReferences(page)) if (!helpers.resolveUrl(ref)) broken.push(`${page.url} -> ${ref}`);
    }
    expect(broken).toEqual([]);
  });
});

describe('its feeds, calendars and registers', () => {
  const read = (file: string) => fs.readFileSync(path.join(built.dist, file), 'utf8');

  it('are valid RSS 2.0 with no items', async () => {
    const page = await browser.newPage();
    for (const feed of ['feeds/papers.xml', 'feeds/decisions.xml', 'feeds/performance.xml']) {
      const result = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          version: doc.documentElement.getAttribute('version'),
          channel: ['title', 'link', 'description'].map((name) => doc.querySelector(`channel > ${name}`)?.textContent ?? ''),
          items: doc.querySelectorAll('item').length,
        };
      }, read(feed));
      expect(result.error, feed).toBeNull();
      expect(result.version).toBe('2.0');
      expect(result.channel.every(Boolean), `${feed} has a title, link and description`).toBe(true);
      expect(result.items).toBe(0);
    }
    await page.close();
  });

  it('are valid iCalendar with no events: every calendar has at least one component, as RFC 5545 requires', () => {
    const calendars = listFiles(built.dist).filter((file) => file.endsWith('.ics'));
    expect(calendars.sort()).toEqual(['calendar/meetings.ics', `calendar/${boardId}.ics`].sort());
    for (const file of calendars) {
      const text = read(file);
      const lines = text.split('\r\n').filter(Boolean);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines.at(-1)).toBe('END:VCALENDAR');
      expect(lines).toContain('VERSION:2.0');
      expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true);
      const stack: string[] = [];
      const components: string[] = [];
      for (const line of lines) {
        if (line.startsWith('BEGIN:')) {
          if (stack.length === 1) components.push(line.slice(6));
          stack.push(line.slice(6));
        } else if (line.startsWith('END:')) expect(stack.pop(), file).toBe(line.slice(4));
      }
      expect(stack).toEqual([]);
      expect(components.length, file).toBeGreaterThan(0);
      expect(components).not.toContain('VEVENT');
    }
  });

  it('are registers holding an empty list', () => {
    for (const register of ['meetings', 'papers', 'decisions']) expect(JSON.parse(read(`data/registers/${register}.json`))).toEqual([]);
  });
});

describe('in a browser', () => {
  it('axe finds no WCAG 2.2 A or AA violations on any page, in light and dark mode', async () => {
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe goes in as an inline script, which the site's Content-Security-Policy rightly blocks.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      for (const url of [...sitemap, `${helpers.basePath}404.html`]) {
        await page.goto(server.origin + url, { waitUntil: 'load' });
        const violations = await axeViolations(page);
        for (const violation of violations) failures.push(`${colorScheme} ${url} ${violation}`);
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});
