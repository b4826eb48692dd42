// What a reader's browser downloads: the JavaScript a page loads, and the bytes of one search query.
// Pages are served from the built site on loopback and loaded in Debian's Chromium (tests/helpers/browser.ts).
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { gzipSize } from './measure.ts';

export interface ScriptBytes {
  files: number;
  bytes: number;
  gzipBytes: number;
}

export interface SearchBytes {
  query: string;
  /** What the page says it found. */
  results: string;
  /** Responses after the first keystroke, until the results settle. */
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** The search page itself with what it loads before a query. */
  pageGzipBytes: number;
  /** Where the query's bytes go, largest first: "index chunks ×3 48.1 KB". */
  parts: { name: string; count: number; gzipBytes: number }[];
}

/** A name for a kind of search file: Pagefind's hashed fragment and index files are counted together. */
function partName(pathname: string): string {
  if (pathname.endsWith('.pf_fragment')) return 'result fragments';
  if (pathname.endsWith('.pf_index')) return 'index chunks';
  if (pathname.endsWith('.pf_meta')) return 'index metadata';
  if (pathname.endsWith('.pagefind')) return 'WebAssembly';
  return pathname.replace(/^.*\//, '');
}

/** Files Pagefind stores already compressed: a host sends them as they are. */
const precompressed = /\.pf_(index|fragment|meta|filter)$/;

async function responseBytes(response: Response): Promise<{ bytes: number; gzipBytes: number }> {
  try {
    const body = await response.body();
    return { bytes: body.length, gzipBytes: precompressed.test(new URL(response.url()).pathname) ? body.length : Math.min(body.length, gzipSize(body)) };
  } catch {
    return { bytes: 0, gzipBytes: 0 };
  }
}

export class SiteBrowser {
  private browser!: Browser;
  private server!: Awaited<ReturnType<typeof serveStatic>>;

  static async open(dist: string, base = '/'): Promise<SiteBrowser> {
    const site = new SiteBrowser();
    site.server = await serveStatic(dist, base);
    try {
      site.browser = await launchBrowser();
    } catch (error) {
      await site.server.close();
      throw error;
    }
    return site;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }

  private async withPage<T>(work: (page: Page, responses: Response[]) => Promise<T>): Promise<T> {
    const context = await this.browser.newContext();
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    try {
      return await work(page, responses);
    } finally {
      await context.close();
    }
  }

  /** JavaScript a page loads: external scripts (and their imports) plus inline scripts. */
  async scriptBytes(urlPath: string): Promise<ScriptBytes> {
    return this.withPage(async (page, responses) => {
      await page.goto(this.server.origin + urlPath, { waitUntil: 'networkidle' });
      const result: ScriptBytes = { files: 0, bytes: 0, gzipBytes: 0 };
      for (const response of responses) {
        if (response.request().resourceType() !== 'script') continue;
        const { bytes, gzipBytes } = await responseBytes(response);
        result.files += 1;
        result.bytes += bytes;
        result.gzipBytes += gzipBytes;
      }
      const inline = await page.$$eval('script:not([src])', (scripts) =>
        scripts
          .map((s) => ({ type: s.getAttribute('type') ?? '', text: s.textContent ?? '' }))
          .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
          .map((s) => s.text),
      );
      for (const text of inline.filter((t) => t.trim())) {
        result.files += 1;
        result.bytes += Buffer.byteLength(text);
        result.gzipBytes += gzipSize(text);
      }
      return result;
    });
  }

  /** Load the search page, type a query, and add up what the query downloads. */
  async searchBytes(urlPath: string, query: string): Promise<SearchBytes | string> {
    return this.withPage(async (page, responses) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(this.server.origin + urlPath, { waitUntil: 'networkidle' });
      const input = page.locator('input[type="search"], input[role="searchbox"], [role="search"] input').first();
      if ((await input.count()) === 0) return 'no search box on the page';
      let pageGzipBytes = 0;
      for (const response of responses) pageGzipBytes += (await responseBytes(response)).gzipBytes;
      const before = responses.length;
      await input.click();
      await input.pressSequentially(query, { delay: 80 });
      // Search-as-you-type forms have started by now; forms that search on submit start here.
      await input.press('Enter');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500);
      await page.waitForLoadState('networkidle');
      const after = responses.slice(before);
      let bytes = 0;
      let gzipBytes = 0;
      const parts = new Map<string, { name: string; count: number; gzipBytes: number }>();
      for (const response of after) {
        const size = await responseBytes(response);
        bytes += size.bytes;
        gzipBytes += size.gzipBytes;
        const name = partName(new URL(response.url()).pathname);
        const part = parts.get(name) ?? { name, count: 0, gzipBytes: 0 };
        part.count += 1;
        part.gzipBytes += size.gzipBytes;
        parts.set(name, part);
      }
      const status = (await page.locator('[role="status"]').first().textContent().catch(() => null))?.trim();
      const results = status || `${await page.locator('main ol li a, [class*="result"] a').count()} result links shown`;
      if (errors.length) return `failed: the search page reported "${errors[0]}" (status: ${results})`;
      return { query, results, requests: after.length, bytes, gzipBytes, pageGzipBytes, parts: [...parts.values()].sort((x, y) => y.gzipBytes - x.gzipBytes) };
    });
  }
}
