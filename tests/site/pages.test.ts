import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/lib/sources/content-paths.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { basePath, distDir, internalReferences, loadPages, resolveUrl, sitemapPaths, type BuiltPage } from '../helpers/built-site.ts';

let pages: Map<string, BuiltPage>;
beforeAll(() => {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error('Build the site first: npm run build');
  pages = loadPages();
});

const { root, contentDir } = contentPaths();
const { content } = validateContent(root, contentDir);
const published = content.papers.filter((p) => p.data.status === 'final');

describe('the sitemap', () => {
  it('lists every page, and every listed page exists', () => {
    const listed = sitemapPaths();
    expect(listed.length).toBeGreaterThan(10);
    const missing = listed.filter((url) => !resolveUrl(url));
    expect(missing).toEqual([]);
    const notListed = [...pages.keys()].filter((url) => !url.endsWith('/404.html') && !listed.includes(url));
    expect(notListed).toEqual([]);
  });
});

describe('links', () => {
  it('every internal link and asset resolves to a file in dist', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      for (const ref of internalReferences(page)) {
        checked += 1;
        if (!resolveUrl(ref)) broken.push(`${page.url} → ${ref}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('every in-page link (#id) points at an element on the page', () => {
    const broken: string[] = [];
    for (const page of pages.values()) {
      for (const link of page.document.querySelectorAll('a[href^="#"]')) {
        const id = link.getAttribute('href')!.slice(1);
        if (id && !page.document.getElementById(id)) broken.push(`${page.url} → #${id}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('every page', () => {
  it('has lang="en-GB", exactly one h1 and a unique title', () => {
    const titles = new Map<string, string>();
    for (const page of pages.values()) {
      expect(page.document.querySelector('html')?.getAttribute('lang'), page.url).toBe('en-GB');
      expect(page.document.querySelectorAll('h1'), page.url).toHaveLength(1);
      const title = page.document.querySelector('title')?.text ?? '';
      expect(title, page.url).not.toBe('');
      expect(titles.get(title), `${page.url} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, page.url);
    }
  });

  it('starts with a skip link to the main content', () => {
    for (const page of pages.values()) {
      const skip = page.document.querySelector('a.skip-link');
      expect(skip?.getAttribute('href'), page.url).toBe('#main-content');
      expect(page.document.getElementById('main-content'), page.url).not.toBeNull();
    }
  });

  it('writes every date in UK style inside <time datetime>', () => {
    for (const page of pages.values()) {
      for (const time of page.document.querySelectorAll('time')) {
        expect(time.getAttribute('datetime'), page.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(time.text, page.url).toMatch(/^(\w+day )?\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
      }
    }
  });
});

describe('content reaches the public', () => {
  const home = `${basePath}`;
  /** Shortest click distance from the home page to every page, following links in page bodies. */
  function clicksFromHome(): Map<string, number> {
    const depth = new Map([[home, 0]]);
    const queue = [home];
    while (queue.length) {
      const url = queue.shift()!;
      const page = pages.get(url);
      if (!page) continue;
      for (const ref of internalReferences(page)) {
        if (!depth.has(ref) && pages.has(ref)) {
          depth.set(ref, depth.get(url)! + 1);
          queue.push(ref);
        }
      }
    }
    return depth;
  }

  it('every meeting and published paper has a page within three clicks of the home page', () => {
    const depth = clicksFromHome();
    const targets = [
      ...content.meetings.map((m) => `${basePath}meetings/${m.id}/`),
      ...published.map((p) => `${basePath}papers/${p.id}/`),
    ];
    expect(targets.length).toBeGreaterThan(10);
    const far = targets.filter((url) => !((depth.get(url) ?? Infinity) <= 3)).map((url) => `${url} (${depth.get(url) ?? 'unreachable'})`);
    expect(far).toEqual([]);
  });

  it('shows each paper\'s title, date, meeting and every recommendation', () => {
    for (const paper of published) {
      const page = pages.get(`${basePath}papers/${paper.id}/`)!;
      expect(page.document.querySelector('h1')?.text.trim()).toBe(paper.data.title);
      expect(page.html).toContain(`datetime="${paper.data.date}"`);
      expect(page.html).toContain(`${basePath}meetings/${paper.data.meeting}/`);
      const text = page.document.querySelector('main')!.text.replace(/\s+/g, ' ');
      for (const recommendation of paper.data.recommendations) expect(text).toContain(recommendation.replace(/\s+/g, ' '));
    }
  });

  it('labels papers issued as DRAFT and minutes still in draft, as the sources do', () => {
    const markedDraft = published.filter((p) => p.data.markedDraft);
    expect(markedDraft.length).toBeGreaterThan(0);
    for (const paper of markedDraft) expect(pages.get(`${basePath}papers/${paper.id}/`)!.html).toMatch(/headed <strong>DRAFT<\/strong>/);
    const draftMinutes = content.meetings.filter((m) => m.data.minutes?.status === 'draft');
    expect(draftMinutes.length).toBeGreaterThan(0);
    for (const meeting of draftMinutes) expect(pages.get(`${basePath}meetings/${meeting.id}/`)!.html).toContain('Draft minutes');
  });

  it('never publishes a draft paper', () => {
    for (const paper of content.papers.filter((p) => p.data.status === 'draft')) {
      expect(pages.has(`${basePath}papers/${paper.id}/`), paper.id).toBe(false);
    }
  });

  it('lists every decision in the register', () => {
    const register = pages.get(`${basePath}decisions/`)!;
    for (const decision of content.decisions) expect(register.html).toContain(`${basePath}decisions/${decision.id}/`);
  });

  it('has a 404 page', () => {
    expect(fs.existsSync(path.join(distDir, '404.html'))).toBe(true);
  });
});
