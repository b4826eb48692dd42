// Topic and indicator pages say what a dataset's figures share once, and every chart offers itself as an SVG file
// and its figures as CSV, built at build time. Read from the built site (DIST_DIR).
import fs from 'node:fs';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { basePath, loadPages, resolveUrl, type BuiltPage } from '../helpers/built-site.ts';

let pages: Map<string, BuiltPage>;
beforeAll(() => {
  pages = loadPages();
});
const topics = ['road-safety', 'call-handling', 'crime-outcomes', 'arrests-and-stop-search'].map((slug) => `${basePath}performance/${slug}/`);
const main = (url: string) => pages.get(url)!.document.querySelector('main')!;

describe.each(topics)('%s', (url) => {
  it('says each dataset’s sources, last-updated date and downloads once, after its figures', () => {
    const sections = main(url).querySelectorAll('section').filter((s) => s.querySelector(':scope > h2') && s.querySelector('figure.chart-figure'));
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      const name = section.querySelector('h2')!.text;
      const dts = section.querySelectorAll('dt').map((dt) => dt.text.trim());
      expect(dts.filter((t) => t === 'Download the data'), name).toHaveLength(1);
      expect(dts.filter((t) => /^Sources?$/.test(t)), name).toHaveLength(1);
      expect(dts.filter((t) => t === 'Last updated'), name).toHaveLength(1);
      expect(section.querySelectorAll('.dataset-about'), name).toHaveLength(1);
      const csv = section.querySelectorAll('a').filter((a) => /\/data\/[^/]+\.csv$/.test(a.getAttribute('href') ?? ''));
      expect(csv, name).toHaveLength(1);
      // The definition is said under the dataset's heading, not again in each figure.
      const definition = section.querySelector(':scope > p.prose')!.text.trim();
      for (const subtitle of section.querySelectorAll('.chart-figure__subtitle')) expect(subtitle.text, name).not.toContain(definition.replace(/\.$/, ''));
    }
  });

  it('offers every chart as SVG and its figures as CSV, and both files exist', () => {
    for (const figure of main(url).querySelectorAll('figure.chart-figure').filter((f) => f.querySelector('svg[role="img"]'))) {
      const links = figure.querySelectorAll('.chart-figure__files a').map((a) => a.getAttribute('href')!);
      expect(links.map((l) => l.split('.').pop()), figure.id).toEqual(['svg', 'csv']);
      for (const link of links) expect(resolveUrl(link), link).toBeTruthy();
    }
  });
});

describe('an indicator page', () => {
  it('lists its sources and downloads in its own sections, not again under each figure', () => {
    const page = main(`${basePath}performance/indicators/999-calls-answered-within-10-seconds/`);
    expect(page.querySelectorAll('.dataset-about')).toHaveLength(0);
    expect(page.querySelectorAll('h2').filter((h) => h.text.trim() === 'Download the data')).toHaveLength(1);
    expect(page.querySelectorAll('figure dt').filter((dt) => /Source|Download/.test(dt.text))).toHaveLength(0);
  });
});

describe('a chart’s SVG file', () => {
  const file = () => resolveUrl(`${basePath}data/charts/road-safety-partnership-casualties/series.svg`)!;
  it('is a standalone SVG with a title, a description and its colours inline', () => {
    const text = fs.readFileSync(file(), 'utf8');
    const svg = parse(text).querySelector('svg')!;
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 720 \d+/);
    expect(svg.querySelector('title')!.text).toContain('Road Safety Partnership');
    expect(svg.querySelector('desc')!.text).toContain('There were 22 child KSI casualties in 2016 and 36 in the 12 months to October 2017.');
    expect(text).not.toMatch(/class=|var\(--/);
    expect(svg.querySelectorAll('rect[fill="#0072b2"]')).toHaveLength(3);
  });
  it('comes with the figures it draws as CSV', () => {
    const csv = fs.readFileSync(resolveUrl(`${basePath}data/charts/road-safety-partnership-casualties/series.csv`)!, 'utf8');
    expect(csv).toBe('Measure,2016,12 months to October 2017\r\nKSI casualties,432,488\r\nChild KSI casualties,22,36\r\nSlight casualties,2281,2230\r\n');
  });
});
