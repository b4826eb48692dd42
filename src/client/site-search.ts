// <site-search>: runs Pagefind in the browser. The page works without it (it shows links to the
// indexes instead); this element reveals the search form only once JavaScript is running.
// Results come ten at a time: each one shown costs a download of its excerpt, so "Show more results"
// fetches the next ten only when the reader asks for them. A large archive's index is in parts by year
// (src/lib/build/search-parts.ts): a search looks in the newest part first, adds older parts by itself while it
// has found fewer than ten results, and offers the next older part with a button.

import { searchResultMeta } from '../lib/build/search-meta.ts';
import type { SearchPartsManifest } from '../lib/build/search-parts.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}
type Part = SearchPartsManifest['parts'][number];

/** Results shown at first, and added by each "Show more results". */
const pageSize = 10;

const years = (part: Part) => (part.from === part.to ? `${part.from}` : `${part.from} to ${part.to}`);

class SiteSearch extends HTMLElement {
  #index: Promise<{ pagefind: Pagefind; parts: Part[] }> | undefined;
  /** How many parts of the index are searched: the newest, and those merged in since. */
  #searched = 1;
  #run = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = this.querySelector('ol');
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    const older = this.querySelector<HTMLButtonElement>('[data-older]');
    const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
    if (!form || !input || !status || !list || !more || !older) return;
    form.hidden = false;
    if (fallback) fallback.hidden = true;
    const base = this.dataset.base ?? '/';
    const query = new URLSearchParams(location.search).get('q');
    if (query) input.value = query;

    const load = () =>
      (this.#index ??= (async () => {
        const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
        await pagefind.options({ baseUrl: base });
        await pagefind.init();
        // A site built before the index came in parts has no parts.json: one part, everything in it.
        const manifest = await fetch(`${base}pagefind/parts.json`)
          .then((response) => (response.ok ? (response.json() as Promise<SearchPartsManifest>) : undefined))
          .catch(() => undefined);
        return { pagefind, parts: manifest?.parts.length ? manifest.parts : [{ dir: 'pagefind/', pages: 0 }] };
      })());

    let found: PagefindResult[] = [];
    let text = '';
    let parts: Part[] = [];
    const describe = () => {
      const count = found.length;
      const shown = list.children.length;
      const rest = parts[this.#searched];
      const back = rest && parts[this.#searched - 1]?.from !== undefined ? ` (searched back to ${parts[this.#searched - 1]!.from})` : '';
      status.textContent = count === 0 ? `No results for “${text}”${back}.` : `${count} ${count === 1 ? 'result' : 'results'} for “${text}”${back}${shown < count ? `, showing the first ${shown}` : ''}.`;
      more.hidden = shown >= count;
      older.hidden = !rest;
      if (rest) older.textContent = `Search ${years(rest)} as well`;
    };
    /** Adds the next page of results; returns the first new item, if any. */
    const showMore = async (run: number): Promise<HTMLLIElement | undefined> => {
      const next = await Promise.all(found.slice(list.children.length, list.children.length + pageSize).map((r) => r.data()));
      if (run !== this.#run) return undefined; // a newer search has started
      const items = next.map((result) => this.#item(result));
      list.append(...items);
      describe();
      return items[0];
    };
    /** Merges the next older part into the index and adds what it finds after the results already found. */
    const searchOlder = async (pagefind: Pagefind) => {
      await pagefind.mergeIndex(`${base}${parts[this.#searched]!.dir}`);
      this.#searched += 1;
      const seen = new Set(found.map((result) => result.id));
      found = [...found, ...(await pagefind.search(text)).results.filter((result) => !seen.has(result.id))];
    };

    const run = async () => {
      text = input.value.trim();
      const run = ++this.#run;
      list.replaceChildren();
      more.hidden = true;
      older.hidden = true;
      if (!text) {
        status.textContent = '';
        return;
      }
      status.textContent = 'Searching…';
      const index = await load();
      parts = index.parts;
      const results = (await index.pagefind.search(text)).results;
      if (run !== this.#run) return; // a newer search has started
      found = results;
      while (found.length < pageSize && this.#searched < parts.length && run === this.#run) await searchOlder(index.pagefind);
      if (run !== this.#run) return;
      await showMore(run);
      history.replaceState(null, '', `?q=${encodeURIComponent(text)}`);
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
    });
    more.addEventListener('click', () => {
      // Focus moves to the first new result, so keyboard and screen-reader users carry on from there.
      void showMore(this.#run).then((first) => first?.querySelector('a')?.focus());
    });
    older.addEventListener('click', () => {
      const run = this.#run;
      status.textContent = 'Searching…';
      void load().then(async ({ pagefind }) => {
        await searchOlder(pagefind);
        if (run !== this.#run) return;
        // The list is one list, newest part first: the next ten of it, and focus on the first of them.
        const first = await showMore(run);
        if (first) first.querySelector('a')?.focus();
        else describe();
      });
    });
    if (query) void run();
  }

  #item(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta';
    // The page's type, date and facts from its Pagefind metadata, apart from the excerpt of its prose.
    meta.textContent = searchResultMeta(result.meta);
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and marks matches with <mark>; nothing else is kept.
    excerpt.innerHTML = result.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
    item.append(heading, meta, excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);
