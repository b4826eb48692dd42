// Reads the built site in dist/ for tests: its pages, their links and the sitemap.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const distDir = path.resolve(process.env.DIST_DIR ?? 'dist');
/** The base path the site was built with, e.g. "/" or "/repo/". */
export const basePath = process.env.BASE_PATH ?? '/';

export interface BuiltPage {
  /** Site path, e.g. "/papers/". */
  url: string;
  file: string;
  html: string;
  document: HTMLElement;
}

/** Every HTML page in dist, keyed by its URL path (with the base path). */
export function loadPages(): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const relative of fs.readdirSync(distDir, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort()) {
    const file = path.join(distDir, relative);
    const html = fs.readFileSync(file, 'utf8');
    const url = basePath.replace(/\/$/, '') + '/' + relative.replace(/\\/g, '/').replace(/index\.html$/, '');
    pages.set(url, { url, file, html, document: parse(html) });
  }
  return pages;
}

/** The file that a URL path on this site would be served from, or undefined. */
export function resolveUrl(url: string): string | undefined {
  const clean = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
  if (!clean.startsWith(basePath)) return undefined;
  const relative = clean.slice(basePath.length);
  const candidates = relative === '' || relative.endsWith('/') ? [path.join(relative, 'index.html')] : [relative, path.join(relative, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(distDir, candidate);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Internal links and assets of a page (href and src), made absolute against the page URL. */
export function internalReferences(page: BuiltPage): string[] {
  const refs: string[] = [];
  for (const element of page.document.querySelectorAll('[href], [src]')) {
    const value = element.getAttribute('href') ?? element.getAttribute('src');
    if (!value || /^(https?:|mailto:|tel:|data:|#)/.test(value)) continue;
    refs.push(new URL(value, `http://site${page.url}`).pathname);
  }
  return refs;
}

/** URLs listed in the sitemap(s), as paths. */
export function sitemapPaths(): string[] {
  const index = fs.readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((map) => {
    const xml = fs.readFileSync(path.join(distDir, map.slice(basePath.length)), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  });
}
