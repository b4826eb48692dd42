// The search index in parts by year, newest first. Pagefind holds a whole index in memory while it writes it
// (about 0.5 MB a page), and a reader's browser downloads metadata for every page of an index before the first
// result. Parts of a bounded size keep both in check: a search looks in the newest part first and in older
// parts when it finds too little there or the reader asks.
import { yearOf } from '../text/dates.ts';
import { groupBy } from '../model/group.ts';
import { builtFile, paths } from './urls.ts';

/** A page to index: its file in the built site, and the year it belongs to (none for pages that are always current). */
export interface SearchPage {
  file: string;
  year?: number;
}

/** One part of the index: where it is written, the years of its dated pages, and its pages. */
export interface SearchPart {
  /** Folder of the part's Pagefind bundle in the built site, with a trailing slash ("pagefind/", "pagefind-2/"). */
  dir: string;
  /** Oldest and newest year of the dated pages in the part (undefined when it has none). */
  from?: number;
  to?: number;
  files: string[];
}

/** What the browser is told about the parts (pagefind/parts.json). */
export interface SearchPartsManifest {
  parts: { dir: string; from?: number; to?: number; pages: number }[];
}

export const searchPartsFile = 'parts.json';

/**
 * Splits the pages into parts of at most `maxPages` dated pages where possible: undated pages and the newest years
 * in the first part, then whole years, newest first. The undated pages (indicators, plan actions) do not count
 * towards the first part's size, so that it always holds the newest papers as well. A year is never split, so a
 * part can be larger than `maxPages` when one year alone is.
 */
export function planSearchParts(pages: readonly SearchPage[], maxPages: number): SearchPart[] {
  const byYear = groupBy(pages, (page) => page.year);
  const current = (byYear.get(undefined) ?? []).map((page) => page.file);
  const years = [...byYear.keys()].filter((year): year is number => year !== undefined).sort((a, b) => b - a);
  const parts: SearchPart[] = [{ dir: 'pagefind/', files: [...current] }];
  for (const year of years) {
    const files = byYear.get(year)!.map((page) => page.file);
    let part = parts[parts.length - 1]!;
    const dated = part.files.length - (parts.length === 1 ? current.length : 0);
    if (part.to !== undefined && dated + files.length > maxPages) {
      part = { dir: `pagefind-${parts.length + 1}/`, files: [] };
      parts.push(part);
    }
    part.files.push(...files);
    part.to ??= year;
    part.from = year;
  }
  return parts;
}

export function searchPartsManifest(parts: readonly SearchPart[]): SearchPartsManifest {
  return { parts: parts.map(({ dir, from, to, files }) => ({ dir, from, to, pages: files.length })) };
}

/** What the content says the site will have, as the content check reads it (see validate-site.ts). */
export interface SearchableContent {
  papers: readonly { id: string; data: { date: string; status: string } }[];
  meetings: readonly { id: string; data: { date: string } }[];
  decisions: readonly { id: string; data: { date: string } }[];
  indicators: readonly { id: string }[];
  planActions: readonly { id: string }[];
}

/**
 * The pages the search index will hold, as the content predicts them, before Astro has built any: published papers,
 * meetings and decisions in the part for the year of their date, indicators and plan actions always current. It lets
 * the build index the older parts while Astro still writes newer pages. It mirrors the pages' `search` props; the
 * built pages have the last word, as scripts/build.ts re-indexes any part whose pages turn out different.
 */
export function expectedSearchPages(content: SearchableContent): SearchPage[] {
  const dated = (path: (id: string) => string, entries: readonly { id: string; data: { date: string } }[]) =>
    entries.map((entry) => ({ file: builtFile(path(entry.id)), year: yearOf(entry.data.date) }));
  return [
    ...dated(paths.paper, content.papers.filter((paper) => paper.data.status === 'final')),
    ...dated(paths.meeting, content.meetings),
    ...dated(paths.decision, content.decisions),
    ...content.indicators.map((indicator) => ({ file: builtFile(paths.indicator(indicator.id)) })),
    ...content.planActions.map((action) => ({ file: builtFile(paths.planAction(action.id)) })),
  ];
}

/** True when two parts cover the same pages in the same folder (an index built for one serves the other). */
export function samePart(a: SearchPart, b: SearchPart): boolean {
  if (a.dir !== b.dir || a.files.length !== b.files.length) return false;
  const files = new Set(a.files);
  return b.files.every((file) => files.has(file));
}
