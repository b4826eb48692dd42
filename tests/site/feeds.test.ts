// Feeds, calendars and registers must be valid in their formats: each is parsed back here.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/lib/sources/content-paths.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { distDir } from '../helpers/built-site.ts';

const read = (file: string) => fs.readFileSync(path.join(distDir, file), 'utf8');
const { root, contentDir, dataDir } = contentPaths();
const { content } = validateContent(root, contentDir);
const publishedPapers = content.papers.filter((p) => p.data.status === 'final');
const dashboardIds = fs.readdirSync(path.join(dataDir, 'indicators')).filter((f) => /^summaries:/m.test(fs.readFileSync(path.join(dataDir, 'indicators', f), 'utf8')));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Parse XML with the browser's own parser; returns the parse error, or the item titles and links. */
async function parseRss(xml: string) {
  const page = await browser.newPage();
  const result = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const items = [...doc.querySelectorAll('channel > item')].map((item) => ({
      title: item.querySelector('title')?.textContent ?? '',
      link: item.querySelector('link')?.textContent ?? '',
      pubDate: item.querySelector('pubDate')?.textContent ?? '',
      description: item.querySelector('description')?.textContent ?? '',
      guid: item.querySelector('guid')?.textContent ?? '',
    }));
    return { error, version: doc.documentElement.getAttribute('version'), channelTitle: doc.querySelector('channel > title')?.textContent, items };
  }, xml);
  await page.close();
  return result;
}

/** A minimal RFC 5545 reader: unfold lines, then collect each VEVENT's properties. */
function parseCalendar(text: string) {
  expect(text.includes('\r\n'), 'lines end in CRLF').toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const stack: string[] = [];
  const events: Record<string, string>[] = [];
  for (const line of lines) {
    const [name, ...rest] = line.split(':');
    const value = rest.join(':');
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push({});
    } else if (name === 'END') {
      expect(stack.pop()).toBe(value);
    } else if (stack.at(-1) === 'VEVENT') {
      events.at(-1)![name!.split(';')[0]!] = value;
    }
  }
  expect(stack).toEqual([]);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  return events;
}

describe('RSS feeds', () => {
  it('the papers feed is valid RSS 2.0 with one item per published paper, linking to its page', async () => {
    const rss = await parseRss(read('feeds/papers.xml'));
    expect(rss.error).toBeNull();
    expect(rss.version).toBe('2.0');
    expect(rss.items).toHaveLength(publishedPapers.length);
    for (const paper of publishedPapers) {
      const item = rss.items.find((i) => i.link.endsWith(`/papers/${paper.id}/`));
      expect(item?.title, paper.id).toBe(paper.data.title);
      expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(paper.data.date);
    }
  });

  it('the performance feed has one item per dashboard indicator, for its latest month, newest first', async () => {
    const rss = await parseRss(read('feeds/performance.xml'));
    expect(rss.error).toBeNull();
    expect(rss.items).toHaveLength(dashboardIds.length);
    const crime = rss.items.find((i) => i.link.endsWith('/performance/indicators/all-recorded-crime/'))!;
    expect(crime.title).toBe('All recorded crime: March 2018');
    // Each month is a new item for a feed reader, though the page is the same.
    expect(crime.guid).toBe('all-recorded-crime/2018-03');
    expect(crime.description).toBe('12 months to March 2018: 66,192 crimes. 14.0% higher than the baseline (58,060 crimes). Worse: rated by the dashboard. March 2018 alone: 4,988 crimes.');
    // KSI's latest month is June 2017: it comes after every March 2018 item.
    expect(rss.items.at(-1)!.title).toBe('KSI road casualties: June 2017');
  });

  it('the decisions feed lists every decision', async () => {
    const rss = await parseRss(read('feeds/decisions.xml'));
    expect(rss.error).toBeNull();
    expect(rss.items.map((i) => i.title).sort()).toEqual(content.decisions.map((d) => d.data.title).sort());
  });
});

describe('iCalendar files', () => {
  it('the all-meetings calendar has one event per meeting, each with a UID, a stamp and a start', () => {
    const events = parseCalendar(read('calendar/meetings.ics'));
    expect(events).toHaveLength(content.meetings.length);
    for (const event of events) {
      expect(event.UID).toMatch(/@/);
      expect(event.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
      expect(event.DTSTART).toMatch(/^\d{8}(T\d{6}Z)?$/);
    }
    expect(events.find((e) => e.UID?.startsWith('business-coordination-board-2018-05-10@'))?.DTSTART).toBe('20180510T130000Z');
  });

  it('each board has its own calendar with only its meetings', () => {
    for (const board of content.boards) {
      const events = parseCalendar(read(`calendar/${board.id}.ics`));
      expect(events.length, board.id).toBe(content.meetings.filter((m) => m.data.board === board.id).length);
    }
  });
});

describe('JSON registers and robots.txt', () => {
  it.each([
    ['meetings', () => content.meetings.length],
    ['papers', () => publishedPapers.length],
    ['decisions', () => content.decisions.length],
  ])('data/registers/%s.json parses and lists every entry with its page address', (name, count) => {
    const list = JSON.parse(read(`data/registers/${name}.json`)) as { id: string; url: string }[];
    expect(list).toHaveLength(count());
    for (const entry of list) expect(entry.url).toMatch(new RegExp(`/${name}/${entry.id}/$`));
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});
