// npm run build: check all content, build into a temporary folder, and only then replace dist/.
// A failed build never leaves a half-published site behind.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../src/lib/named-files.ts';
import { planSearchParts, searchPartsFile, searchPartsManifest, type SearchPart } from '../src/lib/search-parts.ts';

const root = process.cwd();
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const work = path.resolve(root, '.build-tmp');
// A production build: every content rule applies, here and in the Astro build it starts (see validate-content.ts).
process.env.CONTENT_MODE = 'production';
const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'Europe/London', ASTRO_TELEMETRY_DISABLED: '1' };

/** The Astro build's heap limit, in MB. */
const heapLimitMb = 1024;

const started = performance.now();
// The check runs in a process of its own (npm run check), so the memory it uses is given back before Astro starts.
const check = spawnSync(process.execPath, [path.join(import.meta.dirname, 'check.ts')], { stdio: 'inherit', env });
if (check.status !== 0) {
  console.error(`\nThe site was not built; ${path.relative(root, dist) || 'dist'}/ is unchanged.`);
  process.exit(1);
}

fs.mkdirSync(work, { recursive: true });
const staging = fs.mkdtempSync(path.join(work, 'dist-'));
/** Stops the build: the half-built site is removed, and dist/ stays as it was. */
function fail(what: string, status = 1): never {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`\n${what}; ${path.relative(root, dist) || 'dist'}/ is unchanged.`);
  process.exit(status);
}
// The content was checked just above, so the Astro integration need not check it a second time.
// A heap limit makes Node collect garbage as it goes instead of growing towards its default (about 4 GB): a
// 10,000-paper archive builds in under 1 GB of heap. Set NODE_OPTIONS=--max-old-space-size=… to change it.
const nodeOptions = /--max-old-space-size/.test(env.NODE_OPTIONS ?? '') ? env.NODE_OPTIONS : `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapLimitMb}`.trim();
const astro = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...env, NODE_OPTIONS: nodeOptions, OUT_DIR: staging, CONTENT_CHECKED: 'production' }, shell: false });
if (astro.status !== 0) fail('The build failed', astro.status ?? 1);

// Search index: Pagefind reads the built pages marked data-pagefind-body, in parts by year (see search-parts.ts).
// Each part is indexed by the Pagefind command on a folder of links to that part's pages (same paths, so the
// same URLs), at most two parts at a time, so that the whole index is never held in memory. (The command indexes about
// twice as fast as Pagefind's Node API, which runs the same indexer as a service.)
const indexing = performance.now();
const htmlFiles = listFiles(staging)
  .map((absolute) => path.relative(staging, absolute))
  .filter((file) => file.endsWith('.html'));
const searchPages = htmlFiles.flatMap((file) => {
  const html = fs.readFileSync(path.join(staging, file), 'utf8');
  const main = /<main\b[^>]*>/.exec(html)?.[0] ?? '';
  if (!main.includes('data-pagefind-body')) return [];
  const year = /data-search-year="(\d{4})"/.exec(main)?.[1];
  return [{ file, year: year ? Number(year) : undefined }];
});
const parts = planSearchParts(searchPages, Number(process.env.SEARCH_PART_PAGES ?? 1500));

/** Indexes one part with the Pagefind command; resolves to whether it succeeded. */
async function indexPart(part: SearchPart): Promise<boolean> {
  // A site with nothing to search (no content yet) still gets the folder the search page looks in.
  fs.mkdirSync(path.join(staging, part.dir), { recursive: true });
  if (part.files.length === 0) return true;
  const pages = fs.mkdtempSync(path.join(work, 'search-part-'));
  for (const file of part.files) {
    fs.mkdirSync(path.dirname(path.join(pages, file)), { recursive: true });
    fs.linkSync(path.join(staging, file), path.join(pages, file));
  }
  const pagefind = spawn('pagefind', ['--site', pages, '--output-path', path.join(staging, part.dir), '--quiet'], { stdio: 'inherit', env, shell: false });
  const status = await new Promise<number | null>((resolve) => pagefind.on('close', resolve));
  fs.rmSync(pages, { recursive: true, force: true });
  return status === 0;
}
// Two parts at a time: Pagefind uses a little more than one core, and two parts of 1,500 pages fit in 2 GB.
const queue = [...parts];
const results = await Promise.all(
  Array.from({ length: Math.min(2, parts.length) }, async () => {
    let ok = true;
    for (let part = queue.shift(); part; part = queue.shift()) ok = (await indexPart(part)) && ok;
    return ok;
  }),
);
if (results.includes(false)) fail('Search indexing failed');
fs.writeFileSync(path.join(staging, 'pagefind', searchPartsFile), `${JSON.stringify(searchPartsManifest(parts))}\n`);
console.log(`Indexed ${searchPages.length} pages for search in ${((performance.now() - indexing) / 1000).toFixed(1)} s (${parts.length} ${parts.length === 1 ? 'part' : 'parts'}).`);

// Swap: the old site stays in place until the new one is complete.
const old = `${staging}-old`;
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(staging, dist);
fs.rmSync(old, { recursive: true, force: true });
console.log(`Built ${htmlFiles.length} pages into ${path.relative(root, dist)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
