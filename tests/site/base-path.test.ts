// The production build as GitHub Pages gets it. Builds twice, with the base path and address that
// .github/workflows/deploy.yml gives `npm run build`, from a copy of the content with one draft paper added, then:
// - base path: every internal link and asset resolves under /<repository>/, and a browser asks for nothing missing;
// - drafts: the draft is nowhere in the published site (tests/site/drafts.test.ts shows it in npm run dev);
// - reproducible: the two builds are byte-identical, file for file. The second is given the base path as
//   `astro build --base`, not BASE_PATH, so the two ways of setting it are seen to build the same site.
// One pair of builds serves all three, because a build is the slowest step of npm test.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { launchBrowser } from '../helpers/browser.ts';
import { buildIntoTemporaryFolder, contentWithDraft, listFiles, testDraft, type TemporaryBuild } from '../helpers/build-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

const repository = 'pcc-transparency';
const owner = 'example-owner';

interface Step {
  run?: string;
  env?: Record<string, string>;
}

/** The environment the workflow gives `npm run build`, with GitHub's expressions filled in for a repository. */
function workflowBuildEnv(): Record<string, string> {
  const workflow = parseYaml(fs.readFileSync('.github/workflows/deploy.yml', 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const step = Object.values(workflow.jobs).flatMap((job) => job.steps).find((s) => s.run?.trim() === 'npm run build');
  if (!step?.env) throw new Error('deploy.yml has no "npm run build" step with env');
  const fill = (value: string) =>
    value.replace(/\$\{\{\s*github\.event\.repository\.name\s*\}\}/g, repository).replace(/\$\{\{\s*github\.repository_owner\s*\}\}/g, owner);
  return Object.fromEntries(Object.entries(step.env).map(([key, value]) => [key, fill(String(value))]));
}

const env = workflowBuildEnv();
const base = env.BASE_PATH!;
const site = env.SITE_URL!;
const { contentDir, finalId } = contentWithDraft();
let first: TemporaryBuild;
let second: TemporaryBuild;
let helpers: typeof import('../helpers/built-site.ts');

beforeAll(async () => {
  // One after the other, each with its own Astro cache, so the second build cannot lean on the first.
  const { BASE_PATH: _basePath, ...withoutBasePath } = env;
  for (const name of ['first', 'second'] as const) {
    const built =
      name === 'first'
        ? buildIntoTemporaryFolder(`pages-${name}`, { ...env, CONTENT_DIR: contentDir })
        : buildIntoTemporaryFolder(`pages-${name}`, { ...withoutBasePath, CONTENT_DIR: contentDir }, ['--base', base]);
    if (built.status !== 0) throw new Error(`The ${name} build with BASE_PATH=${base} failed:\n${built.output.slice(-3000)}`);
    if (name === 'first') first = built;
    else second = built;
  }
  // built-site.ts reads DIST_DIR and BASE_PATH when it loads; this test file has its own copy of the module.
  process.env.DIST_DIR = first.dist;
  process.env.BASE_PATH = base;
  helpers = await import('../helpers/built-site.ts');
});

afterAll(() => {
  for (const built of [first, second]) if (built) fs.rmSync(path.dirname(built.dist), { recursive: true, force: true });
  fs.rmSync(path.dirname(contentDir), { recursive: true, force: true });
});

describe('the GitHub Pages workflow', () => {
  it('builds a project site under /<repository>/ at https://<owner>.github.io', () => {
    expect(base).toBe(`/${repository}/`);
    expect(site).toBe(`https://${owner}.github.io`);
  });
});

describe(`a build with BASE_PATH=/${repository}/`, () => {
  it('links every page, script, stylesheet and image under the base, and each resolves to a file', () => {
    const broken: string[] = [];
    let checked = 0;
    const pages = helpers.loadPages();
    for (const page of pages.values()) {
      for (const ref of helpers.internalReferences(page)) {
        checked += 1;
        if (!ref.startsWith(base) || !helpers.resolveUrl(ref)) broken.push(`${page.url} → ${ref}`);
      }
    }
    console.log(`base path ${base}: ${pages.size} pages, ${checked} internal links and assets checked, ${broken.length} broken.`);
    expect(pages.size).toBeGreaterThan(10);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('refers to files in stylesheets under the base too', () => {
    const broken: string[] = [];
    for (const file of listFiles(first.dist).filter((f) => f.endsWith('.css'))) {
      const css = fs.readFileSync(path.join(first.dist, file), 'utf8');
      for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (/^(data:|https?:|#)/.test(url!)) continue;
        const absolute = new URL(url!, `http://site${base}${file}`).pathname;
        if (!absolute.startsWith(base) || !helpers.resolveUrl(absolute)) broken.push(`${file} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists full addresses under the base in the sitemap, and every one exists', () => {
    const listed = helpers.sitemapPaths();
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((url) => !url.startsWith(base) || !helpers.resolveUrl(url))).toEqual([]);
    const index = fs.readFileSync(path.join(first.dist, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${site}${base}`);
  });

  it('gives each page a canonical address under the base', () => {
    const wrong = [...helpers.loadPages().values()]
      .filter((page) => !page.url.endsWith('/404.html'))
      .filter((page) => page.document.querySelector('link[rel="canonical"]')?.getAttribute('href') !== `${site}${page.url}`)
      .map((page) => page.url);
    expect(wrong).toEqual([]);
  });
});

/**
 * One page of each kind: pages whose addresses differ only in their last part (/papers/a/, /papers/b/) share
 * a template, so they ask for the same scripts and styles. Keeps the browser pass short.
 */
function onePagePerTemplate(urls: string[]): string[] {
  const seen = new Set<string>();
  return urls.filter((url) => {
    // The home page and each section's index (/papers/) are pages of their own kind.
    const depth = url.slice(base.length).split('/').filter(Boolean).length;
    const template = depth < 2 ? url : url.replace(/[^/]+\/$/, '*/');
    if (seen.has(template)) return false;
    seen.add(template);
    return true;
  });
}

describe(`the site served at /${repository}/ in a browser`, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(first.dist, base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads a page of every kind with no request outside the base and none that fails', async () => {
    const context = await browser.newContext();
    const failed: string[] = [];
    context.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    // Moving to the next page aborts what is still loading (often the favicon); a missing file shows as a 404 above.
    context.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
    });
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === server.origin && !url.pathname.startsWith(base)) failed.push(`outside the base: ${request.url()}`);
    });
    const page = await context.newPage();
    const urls = onePagePerTemplate(helpers.sitemapPaths());
    for (const url of urls) await page.goto(server.origin + url, { waitUntil: 'load' });
    await context.close();
    expect(urls.length).toBeGreaterThan(5);
    expect(failed).toEqual([]);
  });
});

describe('a production build with a draft paper', () => {
  it('publishes the final paper it was copied from, but not the draft', () => {
    expect(fs.existsSync(path.join(first.dist, 'papers', finalId, 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(first.dist, 'papers', testDraft.id))).toBe(false);
  });

  it('mentions the draft nowhere: no link, title, feed, calendar, sitemap or data file', () => {
    const readable = listFiles(first.dist).filter((file) => /\.(html|xml|json|csv|ics|txt|js)$/.test(file));
    const mentions = readable.filter((file) => {
      const text = fs.readFileSync(path.join(first.dist, file), 'utf8');
      return text.includes(testDraft.id) || text.includes(testDraft.title);
    });
    expect(readable.length).toBeGreaterThan(10);
    expect(mentions).toEqual([]);
  });
});

describe('two production builds of the same tree', () => {
  it('write the same files', () => {
    const files = listFiles(first.dist);
    expect(files.length).toBeGreaterThan(10);
    expect(listFiles(second.dist)).toEqual(files);
  });

  it('with the same bytes in every file', () => {
    const files = listFiles(first.dist);
    const different = files.filter((file) => !fs.readFileSync(path.join(first.dist, file)).equals(fs.readFileSync(path.join(second.dist, file))));
    console.log(`reproducible: ${files.length} files compared, ${different.length} differ.`);
    expect(different).toEqual([]);
  });

  it('hold no trace of the machine that built them (no folder paths)', () => {
    const traces = [process.cwd(), contentDir, path.dirname(first.dist)];
    const found = listFiles(first.dist)
      .filter((file) => /\.(html|xml|json|csv|ics|txt|js|css)$/.test(file))
      .filter((file) => {
        const text = fs.readFileSync(path.join(first.dist, file), 'utf8');
        return traces.some((trace) => text.includes(trace));
      });
    expect(found).toEqual([]);
  });
});
