// <site-search>: runs Pagefind in the browser. The page works without it (it shows links to the
// indexes instead); this element reveals the search form only once JavaScript is running.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #run = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = this.querySelector('ol');
    const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
    if (!form || !input || !status || !list) return;
    form.hidden = false;
    if (fallback) fallback.hidden = true;
    const base = this.dataset.base ?? '/';
    const query = new URLSearchParams(location.search).get('q');
    if (query) input.value = query;

    const run = async () => {
      const text = input.value.trim();
      const run = ++this.#run;
      if (!text) {
        list.replaceChildren();
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
      const found = await pagefind.search(text);
      const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      if (run !== this.#run) return; // a newer search has started
      list.replaceChildren(...results.map((result) => this.#item(result)));
      const count = found.results.length;
      status.textContent = count === 0 ? `No results for “${text}”.` : `${count} ${count === 1 ? 'result' : 'results'} for “${text}”${count > 20 ? ', showing the first 20' : ''}.`;
      history.replaceState(null, '', `?q=${encodeURIComponent(text)}`);
    };

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
