// The order the build asks Astro to write pages in, and what the build reads back from a written page.
import { describe, expect, it } from 'vitest';
import { searchMarks } from '../../../scripts/build/search-index.ts';
import { orderPaths } from '../../../src/lib/build/build-order-integration.ts';
import { builtFile } from '../../../src/lib/build/urls.ts';

describe('orderPaths', () => {
  const paths = ['/', '/papers/', '/papers/b/', '/meetings/m/', '/papers/a/', '/data/ksi.csv'].map((pathname) => ({ pathname }));

  it('puts the listed pages first, in the list\'s order, and keeps the order of the rest', () => {
    const ordered = orderPaths(paths, ['papers/a/index.html', 'meetings/m/index.html', 'papers/b/index.html']).map((p) => p.pathname);
    expect(ordered).toEqual(['/papers/a/', '/meetings/m/', '/papers/b/', '/', '/papers/', '/data/ksi.csv']);
  });

  it('leaves the order alone when the list is empty', () => {
    expect(orderPaths(paths, [])).toEqual(paths);
  });

  it('knows the file a path is built into, with or without its slashes', () => {
    expect(['/', '/papers/a/', '/papers/a', 'papers/a'].map(builtFile)).toEqual(['index.html', 'papers/a/index.html', 'papers/a/index.html', 'papers/a/index.html']);
  });
});

describe('searchMarks', () => {
  it('reads whether a page is searched, and the year of its part, from <main>', () => {
    expect(searchMarks('<main id="m" data-pagefind-body data-search-year="2019"><p>data-search-year="2001"</p></main>')).toEqual({ searchable: true, year: 2019 });
    expect(searchMarks('<main data-pagefind-body>')).toEqual({ searchable: true, year: undefined });
    expect(searchMarks('<main id="m"><span data-pagefind-body></span></main>')).toEqual({ searchable: false });
  });
});
