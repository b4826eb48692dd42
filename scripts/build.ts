// npm run build: check all content, build into a temporary folder, and only then replace dist/.
// A failed build never leaves a half-published site behind.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../src/lib/named-files.ts';
import { searchPartsFile, searchPartsManifest, type SearchPage } from '../src/lib/search-parts.ts';
import { SearchIndexer } from './build/search-index.ts';

const root = process.cwd();
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const work = path.resolve(root, '.build-tmp');
// A production build: every content rule applies, here and in the Astro build it starts (see validate-content.ts).
process.env.CONTENT_MODE = 'production';
const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'Europe/London', ASTRO_TELEMETRY_DISABLED: '1' };

/** The Astro build's heap limit, in MB. */
const heapLimitMb = 1024;

const started = performance.now();
fs.mkdirSync(work, { recursive: true });
const staging = fs.mkdtempSync(path.join(work, 'dist-'));
const searchPagesFile = `${staging}-search-pages.json`;
const buildOrderFile = `${staging}-build-order.json`;
/** Stops the build: the half-built site is removed, and dist/ stays as it was. */
function fail(what: string, status = 1): never {
  fs.rmSync(staging, { recursive: true, force: true });
  for (const file of [searchPagesFile, buildOrderFile]) fs.rmSync(file, { force: true });
  console.error(`\n${what}; ${path.relative(root, dist) || 'dist'}/ is unchanged.`);
  process.exit(status);
}
const exitOf = (child: ChildProcess) => new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
/** Holds a child's output back; the function it returns writes out what was held and lets the rest through. */
function holdOutput(child: ChildProcess): () => void {
  let held: { stream: NodeJS.WriteStream; chunk: Buffer }[] | undefined = [];
  const to = (stream: NodeJS.WriteStream) => (chunk: Buffer) => (held ? held.push({ stream, chunk }) : stream.write(chunk));
  child.stdout!.on('data', to(process.stdout));
  child.stderr!.on('data', to(process.stderr));
  return () => {
    for (const { stream, chunk } of held ?? []) stream.write(chunk);
    held = undefined;
  };
}

// The content check and Astro start together: the check takes a few seconds, Astro's start-up longer. The check
// runs in a process of its own (npm run check), so its memory is given back while Astro is still starting, and
// it tells the build which pages the search index will hold. Astro's output is held back until the check has
// passed, so that a failed check shows its report alone.
const check = spawn(process.execPath, [path.join(import.meta.dirname, 'check.ts')], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...env, SEARCH_PAGES_FILE: searchPagesFile },
});
const releaseCheckOutput = holdOutput(check);

// The content is checked by the command above, so the Astro integration need not check it a second time.
// A heap limit makes Node collect garbage as it goes instead of growing towards its default (about 4 GB): a
// 10,000-paper archive builds in under 1 GB of heap. Set NODE_OPTIONS=--max-old-space-size=… to change it.
const nodeOptions = /--max-old-space-size/.test(env.NODE_OPTIONS ?? '') ? env.NODE_OPTIONS : `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapLimitMb}`.trim();
const astro = spawn('astro', ['build'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...env,
    NODE_OPTIONS: nodeOptions,
    OUT_DIR: staging,
    CONTENT_CHECKED: 'production',
    BUILD_ORDER_FILE: buildOrderFile,
    ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
  },
  shell: false,
});
const releaseAstroOutput = holdOutput(astro);
const astroExit = exitOf(astro);
// Whatever stops this script stops Astro too.
process.on('exit', () => astro.kill());

const checkStatus = await exitOf(check);
releaseCheckOutput();
if (checkStatus !== 0) {
  astro.kill();
  await astroExit;
  fail('The site was not built');
}
releaseAstroOutput();

// Search index: Pagefind reads the built pages marked data-pagefind-body, in parts by year (see search-parts.ts
// and build/search-index.ts). Parts of the archive are indexed while Astro is still building newer pages.
const indexer = new SearchIndexer(staging, work, env, Number(process.env.SEARCH_PART_PAGES ?? 1000));
indexer.predict(JSON.parse(fs.readFileSync(searchPagesFile, 'utf8')) as SearchPage[]);
fs.rmSync(searchPagesFile, { force: true });
// Astro waits for this list before it writes pages (src/lib/build-order-integration.ts); written whole, by a rename.
fs.writeFileSync(`${buildOrderFile}.part`, JSON.stringify(indexer.buildOrder()));
fs.renameSync(`${buildOrderFile}.part`, buildOrderFile);
const polling = setInterval(() => indexer.poll(), 250);
const astroStatus = await astroExit;
clearInterval(polling);
fs.rmSync(buildOrderFile, { force: true });
if (astroStatus !== 0) fail('The build failed', astroStatus);

const indexing = performance.now();
const htmlFiles = listFiles(staging)
  .map((absolute) => path.relative(staging, absolute))
  .filter((file) => file.endsWith('.html'));
const search = await indexer.finish(htmlFiles);
if (!search.ok) fail('Search indexing failed');
fs.writeFileSync(path.join(staging, 'pagefind', searchPartsFile), `${JSON.stringify(searchPartsManifest(search.parts))}\n`);
const parts = `${search.parts.length} ${search.parts.length === 1 ? 'part' : 'parts'}`;
if (search.unpredicted > 0) {
  console.warn(
    `Note: ${search.unpredicted} of the ${parts} of the search index held other pages than the content predicted, so they were indexed after Astro had finished. expectedSearchPages (src/lib/search-parts.ts) needs to list the pages the site puts in the index.`,
  );
}
console.log(`Indexed ${search.pages} pages for search in ${((performance.now() - indexing) / 1000).toFixed(1)} s after Astro (${parts}, ${search.early} of them while Astro was building).`);

// Swap: the old site stays in place until the new one is complete.
const old = `${staging}-old`;
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(staging, dist);
fs.rmSync(old, { recursive: true, force: true });
console.log(`Built ${htmlFiles.length} pages into ${path.relative(root, dist)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
