import { describe, expect, it } from 'vitest';
import { expectedSearchPages, planSearchParts, samePart, type SearchPage } from '../../../src/lib/build/search-parts.ts';

const pagesOf = (year: number | undefined, count: number): SearchPage[] => Array.from({ length: count }, (_, i) => ({ file: `${year ?? 'now'}-${i}.html`, year }));
const summary = (pages: SearchPage[], max: number) => planSearchParts(pages, max).map(({ dir, from, to, files }) => ({ dir, from, to, pages: files.length }));

describe('planSearchParts: the search index in parts by year, newest first', () => {
  it('keeps a small site in one part', () => {
    expect(summary([...pagesOf(undefined, 5), ...pagesOf(2018, 10), ...pagesOf(2014, 3)], 100)).toEqual([{ dir: 'pagefind/', from: 2014, to: 2018, pages: 18 }]);
  });

  it('puts the pages that are always current and the newest years first, then whole years, newest first', () => {
    const pages = [...pagesOf(2020, 40), ...pagesOf(undefined, 30), ...pagesOf(2022, 40), ...pagesOf(2021, 40), ...pagesOf(2019, 40), ...pagesOf(2018, 40)];
    expect(summary(pages, 100)).toEqual([
      { dir: 'pagefind/', from: 2021, to: 2022, pages: 110 },
      { dir: 'pagefind-2/', from: 2019, to: 2020, pages: 80 },
      { dir: 'pagefind-3/', from: 2018, to: 2018, pages: 40 },
    ]);
  });

  it('keeps the newest papers in the first part however many pages are always current', () => {
    expect(summary([...pagesOf(undefined, 500), ...pagesOf(2026, 10), ...pagesOf(2025, 70), ...pagesOf(2024, 90)], 100)).toEqual([
      { dir: 'pagefind/', from: 2025, to: 2026, pages: 580 },
      { dir: 'pagefind-2/', from: 2024, to: 2024, pages: 90 },
    ]);
  });

  it('never splits a year, even one larger than a part', () => {
    expect(summary([...pagesOf(2019, 30), ...pagesOf(2018, 250)], 100)).toEqual([
      { dir: 'pagefind/', from: 2019, to: 2019, pages: 30 },
      { dir: 'pagefind-2/', from: 2018, to: 2018, pages: 250 },
    ]);
  });

  it('indexes every page exactly once', () => {
    const pages = [...pagesOf(undefined, 7), ...Array.from({ length: 12 }, (_, i) => pagesOf(2010 + i, 13 + i)).flat()];
    const files = planSearchParts(pages, 50).flatMap((part) => part.files);
    expect(files.sort()).toEqual(pages.map((page) => page.file).sort());
  });
});

describe('expectedSearchPages: the search pages the content predicts, before Astro builds any', () => {
  const content = {
    papers: [
      { id: '2019-03-01-budget', data: { date: '2019-03-01', status: 'final' } },
      { id: '2099-01-01-draft', data: { date: '2099-01-01', status: 'draft' } },
    ],
    meetings: [{ id: 'board-2018-12-04', data: { date: '2018-12-04' } }],
    decisions: [{ id: '2020-01-02-precept', data: { date: '2020-01-02' } }],
    indicators: [{ id: 'ksi' }],
    planActions: [{ id: 'v1' }],
  };

  it('lists published papers, meetings and decisions by the year of their date, and indicators and plan actions as current', () => {
    expect(expectedSearchPages(content)).toEqual([
      { file: 'papers/2019-03-01-budget/index.html', year: 2019 },
      { file: 'meetings/board-2018-12-04/index.html', year: 2018 },
      { file: 'decisions/2020-01-02-precept/index.html', year: 2020 },
      { file: 'performance/indicators/ksi/index.html' },
      { file: 'plan/actions/v1/index.html' },
    ]);
  });
});

describe('samePart', () => {
  const part = { dir: 'pagefind-2/', from: 2018, to: 2019, files: ['a.html', 'b.html'] };
  it('is true for the same pages in any order in the same folder, and false otherwise', () => {
    expect(samePart(part, { ...part, files: ['b.html', 'a.html'] })).toBe(true);
    expect(samePart(part, { ...part, dir: 'pagefind-3/' })).toBe(false);
    expect(samePart(part, { ...part, files: ['a.html', 'c.html'] })).toBe(false);
    expect(samePart(part, { ...part, files: ['a.html'] })).toBe(false);
  });
});
