// <site-search>: runs Pagefind in the browser. The page works without it (it shows links to the
// indexes instead); this element reveals the search form only once JavaScript is running.
// Results come ten at a time: each one shown costs a download of its excerpt, so "Show more results"
// fetches the next ten only when the reader asks for them.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Results shown at first, and added by each "Show more results". */
const pageSize = 10;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #run = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = this.querySelector('ol');
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
    if (!form || !input || !status || !list || !more) return;
    form.hidden = false;
    if (fallback) fallback.hidden = true;
    const base = this.dataset.base ?? '/';
    const query = new URLSearchParams(location.search).get('q');
    if (query) input.value = query;

    let found: PagefindResult[] = [];
    let text = '';
    const describe = () => {
      const count = found.length;
      const shown = list.children.length;
      status.textContent = count === 0 ? `No results for “${text}”.` : `${count} ${count === 1 ? 'result' : 'results'} for “${text}”${shown < count ? `, showing the first ${shown}` : ''}.`;
      more.hidden = shown >= count;
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

    const run = async () => {
      text = input.value.trim();
      const run = ++this.#run;
      list.replaceChildren();
      more.hidden = true;
      if (!text) {
        status.textContent = '';
        return;
      }
      status.textContent = 'Searching…';
      this.#pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
        await module.options({ baseUrl: base });
        await module.init();
        return module;
      });
      const pagefind = await this.#pagefind;
      const results = (await pagefind.search(text)).results;
      if (run !== this.#run) return;
      found = results;
      await showMore(run);
      history.replaceState(null, '', `?q=${encodeURIComponent(text)}`);
    };

    more.addEventListener('click', () => {
      // Focus moves to the first new result, so keyboard and screen-reader users carry on from there.
      void showMore(this.#run).then((first) => first?.querySelector('a')?.focus());
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
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
    meta.textContent = [result.meta.type, result.meta.date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and marks matches with <mark>; nothing else is kept.
    excerpt.innerHTML = result.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
    item.append(heading, meta, excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);
