// Long lists (papers, meetings) are split into numbered pages, so no page grows with the archive.
// Page 1 keeps the list's own address; later pages are `page/2/`, `page/3/` … under it, and every
// page links to every other, so any item is two clicks from the first page, with or without JavaScript.

/** Items per page. At about 0.7 KB of HTML each, a full page stays near 70 KB (15 KB gzipped). */
export const pageSize = 100;

/** How many pages a list of `total` items needs (at least one, for the empty list). */
export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / pageSize));

/** The page (1-based) that holds the item at `index`. */
export const pageOfIndex = (index: number): number => Math.floor(index / pageSize) + 1;

/** The items on one page (1-based). */
export const pageItems = <T>(items: readonly T[], page: number): T[] => items.slice((page - 1) * pageSize, page * pageSize);

/** The address of a page of a list: the list's own for page 1, then `page/N/` under it. */
export const pageHref = (listHref: string, page: number): string => (page === 1 ? listHref : `${listHref}page/${page}/`);

/** The numbers of the pages after the first, for getStaticPaths of a `page/[page].astro` route. */
export const laterPages = (total: number): number[] => Array.from({ length: pageCount(total) - 1 }, (_, i) => i + 2);

/** A year in a list sorted by date: how many items it has and where its first one is. */
export interface YearRun {
  year: number;
  count: number;
  first: number;
}

const runsByList = new WeakMap<readonly unknown[], Map<number, YearRun>>();

/**
 * The years of a list sorted by date, newest first, with their counts. Worked out once per list
 * (the lists come ready-made from src/content.ts), not once per page: the pages of a list share it.
 */
export function yearRuns<T>(items: readonly T[], yearOf: (item: T) => number): Map<number, YearRun> {
  const known = runsByList.get(items);
  if (known) return known;
  const runs = new Map<number, YearRun>();
  items.forEach((item, index) => {
    const year = yearOf(item);
    const run = runs.get(year);
    if (run) run.count += 1;
    else runs.set(year, { year, count: 1, first: index });
  });
  runsByList.set(items, runs);
  return runs;
}
