// The built inspection tracker, transparency index and glossary, and the glossary links in papers, meetings and
// inspections, as a reader meets them. Run against a build: DIST_DIR=/tmp/x-dist npx vitest run --project site.
import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { basePath, distDir, loadPages, type BuiltPage } from '../helpers/built-site.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { contentPaths } from '../../src/lib/sources/content-paths.ts';
import { readGlossary } from '../../src/lib/markdown/glossary-data.ts';
import { readTransparencyRequirements, transparencyIndex } from '../../src/lib/model/transparency.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { formatDate } from '../../src/lib/text/dates.ts';

let pages: Map<string, BuiltPage>;
beforeAll(() => {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error('Build the site first: npm run build');
  pages = loadPages();
});

const url = (sitePath: string) => basePath.replace(/\/$/, '') + sitePath;
const page = (sitePath: string) => {
  const found = pages.get(url(sitePath));
  if (!found) throw new Error(`No page at ${url(sitePath)}`);
  return found;
};
const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const { root, contentDir, dataDir } = contentPaths();
const { content } = validateContent(root, contentDir);
const glossary = readGlossary(root, dataDir).entries;
const requirements = readTransparencyRequirements(root, dataDir).file!.requirements;

/** Every stacked table: caption, column headers with scope, and a label on every cell for phones. */
function expectStackedTables(document: HTMLElement, where: string) {
  const tables = document.querySelectorAll('table.table--stack');
  expect(tables.length, where).toBeGreaterThan(0);
  for (const table of tables) {
    expect(text(table.querySelector('caption')), where).not.toBe('');
    for (const th of table.querySelectorAll('thead th')) expect(th.getAttribute('scope'), where).toBe('col');
    for (const cell of table.querySelectorAll('tbody td, tbody th')) expect(cell.getAttribute('data-label'), `${where}: ${text(cell).slice(0, 40)}`).toBeTruthy();
  }
}

describe('the inspection tracker', () => {
  it('lists every tracked item of every inspection, each with its status in words', () => {
    const { document } = page('/inspections/tracker/');
    expect(text(document.querySelector('h1'))).toBe('Inspection tracker');
    let items = 0;
    for (const inspection of content.inspections) {
      for (const finding of inspection.data.findings) {
        items += 1;
        const row = document.getElementById(`${inspection.id}-${finding.id}`);
        expect(row, `${inspection.id} ${finding.id}`).not.toBeNull();
        expect(text(row)).toContain(finding.ref);
        expect(text(row?.querySelector('.status'))).toBe({ 'in progress': 'In progress', complete: 'Complete', 'not stated': 'Not stated' }[finding.status]);
        // A status is dated when it was reported; "Not stated" has no date of its own (the progress column names the paper).
        if (finding.statusDate && finding.status !== 'not stated') expect(row?.querySelector(`time[datetime="${finding.statusDate}"]`), finding.id).not.toBeNull();
      }
    }
    expect(items).toBeGreaterThanOrEqual(20);
    expect(text(document.querySelector('main'))).toContain(`${items} items`);
  });

  it('shows the custody inspection with 20 of its 42 actions still in progress', () => {
    const { document } = page('/inspections/tracker/');
    const row = document.getElementById('hmip-hmicfrs-custody-2018-improvement-plan');
    expect(text(row)).toContain('Twenty of the 42 actions');
    expect(text(row)).toContain('In progress');
  });

  it('uses tables that stack on phones, with captions and headers', () => {
    expectStackedTables(page('/inspections/tracker/').document, 'tracker');
  });

  it('is linked from the inspections index and from each inspection with tracked items', () => {
    const tracker = url('/inspections/tracker/');
    expect(page('/inspections/').document.querySelectorAll(`a[href="${tracker}"]`).length).toBeGreaterThan(0);
    for (const inspection of content.inspections.filter((i) => i.data.findings.length)) {
      expect(page(`/inspections/${inspection.id}/`).document.querySelector(`a[href="${tracker}#${inspection.id}"]`), inspection.id).not.toBeNull();
    }
  });
});

describe('inspection pages', () => {
  it('link to every paper that mentions the report, and say plainly when its findings are not in the papers', () => {
    for (const inspection of content.inspections) {
      const { document } = page(`/inspections/${inspection.id}/`);
      for (const paper of inspection.data.papers) expect(document.querySelector(`a[href="${url(`/papers/${paper}/`)}"]`), `${inspection.id} → ${paper}`).not.toBeNull();
      if (!inspection.data.findingsInSources) expect(text(document.querySelector('.notice')), inspection.id).toContain('not in the papers this site is built from');
    }
  });

  it('show the label, not a made-up date, when the papers give no exact publication date', () => {
    const { document } = page('/inspections/hmic-crime-data-integrity-2014/');
    const published = document.querySelectorAll('.summary-list > div').find((row) => text(row.querySelector('dt')) === 'Published');
    expect(text(published?.querySelector('dd'))).toBe('Due in late November 2014 (the papers do not confirm the date)');
    expect(published?.querySelector('time')).toBeNull();
  });
});

describe('the transparency index', () => {
  it('has one row per requirement, with its clause, frequency, place, last-published date and status in words', () => {
    const { document: doc } = page('/transparency/');
    const asAt = doc.querySelector('main p time')?.getAttribute('datetime');
    expect(asAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const expected = transparencyIndex(requirements, content, asAt!);
    const rows = doc.querySelectorAll('table.table--stack tbody tr');
    expect(rows.map((row) => row.getAttribute('id'))).toEqual(requirements.map((r) => r.id));
    for (const want of expected) {
      const row = doc.getElementById(want.requirement.id)!;
      expect(text(row)).toContain(want.requirement.clause);
      expect(text(row.querySelector('.status'))).toBe({ published: 'Published', overdue: 'Overdue', 'not yet published here': 'Not yet published here' }[want.status]);
      const cell = row.querySelector('td[data-label="Last published"]');
      if (want.lastPublished) {
        expect(cell?.querySelector('time')?.getAttribute('datetime'), want.requirement.id).toBe(want.lastPublished);
        expect(text(cell?.querySelector('time'))).toBe(formatDate(want.lastPublished));
      } else expect(text(cell), want.requirement.id).toBe('Never');
      const place = row.querySelector('td[data-label="Where on this site"]');
      if (want.requirement.lives === 'none') expect(text(place)).toBe('Not on this site');
      else expect(place?.querySelector('a')?.getAttribute('href'), want.requirement.id).toMatch(new RegExp(`^${basePath}`));
    }
    expectStackedTables(doc, 'transparency');
  });

  it('dates the reports row from the newest paper, and the PEEL row from the newest PEEL report', () => {
    const doc = page('/transparency/').document;
    const newestPaper = content.papers.filter((p) => p.data.status === 'final').map((p) => p.data.date).sort().at(-1);
    expect(doc.getElementById('reports')?.querySelector('time')?.getAttribute('datetime')).toBe(newestPaper);
    expect(doc.getElementById('latest-peel-report')?.querySelector(`a[href="${url('/inspections/hmicfrs-peel-effectiveness-2017/')}"]`)).not.toBeNull();
  });
});

describe('the glossary', () => {
  it('lists every term with an id, its expansion and its definition', () => {
    const { document } = page('/glossary/');
    expect(document.querySelectorAll('dl.glossary dt')).toHaveLength(glossary.length);
    for (const entry of glossary) {
      const dt = document.getElementById(entry.id);
      expect(dt?.tagName, entry.id).toBe('DT');
      if (entry.expansion) expect(text(dt), entry.id).toContain(entry.expansion);
      expect(text(dt?.nextElementSibling), entry.id).toContain(entry.definition);
    }
  });

  it('is what the first use of a term in papers, meetings and inspections links to, once per term per page', () => {
    const byId = new Map(glossary.map((entry) => [entry.id, entry]));
    let links = 0;
    for (const [pageUrl, built] of pages) {
      if (!/\/(papers|meetings|inspections)\/[^/]+\/$/.test(pageUrl) || pageUrl.endsWith('/tracker/')) continue;
      const seen = new Set<string>();
      for (const link of built.document.querySelectorAll('a.glossary-link')) {
        links += 1;
        const href = link.getAttribute('href')!;
        expect(href.startsWith(`${basePath}glossary/#`), href).toBe(true);
        const id = href.split('#')[1]!;
        const entry = byId.get(id);
        expect(entry, `${pageUrl} → ${href}`).toBeDefined();
        expect(seen.has(id), `${pageUrl}: ${id} marked twice`).toBe(false);
        seen.add(id);
        const abbr = link.querySelector('abbr');
        if (entry?.expansion) expect(abbr?.getAttribute('title')).toBe(entry.expansion);
        else expect(abbr).toBeNull();
        // Never inside a heading, another link or an abbreviation.
        for (let parent = link.parentNode as HTMLElement | null; parent; parent = parent.parentNode as HTMLElement | null) {
          expect(/^(H[1-6]|A|ABBR)$/.test(parent.tagName ?? ''), `${pageUrl}: ${id} inside ${parent.tagName}`).toBe(false);
        }
      }
    }
    expect(links).toBeGreaterThan(50);
  });

  it('marks a term the custody paper uses, with its expansion', () => {
    const link = page('/papers/2018-05-10-custody-inspection-update/').document.querySelector(`a.glossary-link[href="${basePath}glossary/#hmip"]`);
    expect(link?.querySelector('abbr')?.getAttribute('title')).toBe('HM Inspectorate of Prisons');
  });
});

describe('in a browser', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(distDir, basePath);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ours = () => [
    '/inspections/', '/inspections/tracker/', '/transparency/', '/glossary/',
    ...content.inspections.map((i) => `/inspections/${i.id}/`),
    '/papers/2018-05-10-custody-inspection-update/', '/papers/2018-05-10-road-safety-partnership/',
  ];

  it('axe finds no WCAG 2.2 A or AA violations on these pages, in light and dark mode', async () => {
    const axeSource = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const tab = await context.newPage();
      for (const sitePath of ours()) {
        await tab.goto(server.origin + url(sitePath), { waitUntil: 'load' });
        await tab.addScriptTag({ content: axeSource });
        const violations = await tab.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        });
        for (const violation of violations) failures.push(`${colorScheme} ${sitePath} ${violation}`);
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('at 320 px the tracker and the index stack into cards, and nothing scrolls sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const tab = await context.newPage();
    for (const sitePath of ['/inspections/tracker/', '/transparency/', '/glossary/']) {
      await tab.goto(server.origin + url(sitePath), { waitUntil: 'load' });
      const layout = await tab.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        headerHidden: [...document.querySelectorAll('table.table--stack thead')].every((head) => head.getBoundingClientRect().width <= 1),
        cellDisplay: getComputedStyle(document.querySelector('table.table--stack td') ?? document.body).display,
      }));
      expect(layout.overflow, sitePath).toBeLessThanOrEqual(0);
      if (sitePath !== '/glossary/') expect(layout, sitePath).toMatchObject({ headerHidden: true, cellDisplay: expect.stringMatching(/block/) });
    }
    await context.close();
  });
});
