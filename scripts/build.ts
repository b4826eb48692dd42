// npm run build: check all content, build into a temporary folder, and only then replace dist/.
// A failed build never leaves a half-published site behind.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles } from '../src/lib/sources/named-files.ts';
import { searchPartsFile, searchPartsManifest, type SearchPage } from '../src/lib/build/search-parts.ts';
import { SearchIndexer } from './build/search-index.ts';

const root = process.cwd();
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
// Beside dist/, so that the finished site is swapped in by a rename on the same disk.
const work = path.join(path.dirname(dist), '.build-tmp');
// A production build: every content rule applies, here and in the Astro build it starts (see validate-content.ts).
process.env.CONTENT_MODE = 'production';
const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'Europe/London', ASTRO_TELEMETRY_DISABLED: '1' };

/** The Astro build's heap limit, in MB. */
const heapLimitMb = 1024;

const started = performance.now();
fs.mkdirSync(work, { recursive: true });
const staging = fs.mkdtempSync(path.join(work, 'dist-'));
const searchPagesFile = `${staging}-search-pages.json`;
// Astro compiles and renders nothing until this file exists (validation-integration.ts); it is written only once
// the whole content check has passed, and holds the order to build pages in (build-order-integration.ts).
const gateFile = `${staging}-gate.json`;
const children: ChildProcess[] = [];
let indexer: SearchIndexer | undefined;
let swapped = false;

/** Removes everything this build made but the finished site: run on every exit, whether it passed, failed or was stopped. */
function cleanUp(): void {
  for (const child of children) if (child.exitCode === null) child.kill();
  indexer?.cleanup();
  if (!swapped) fs.rmSync(staging, { recursive: true, force: true });
  for (const file of [searchPagesFile, gateFile, `${gateFile}.part`]) fs.rmSync(file, { force: true });
  try {
    fs.rmdirSync(work); // only when empty: npm test keeps its reports there
  } catch {
    // not empty
  }
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\nThe build was stopped (${signal}); ${path.relative(root, dist) || 'dist'}/ is unchanged.`);
    process.exit(128 + os.constants.signals[signal]);
  });
}

/** Stops the build: the half-built site is removed (cleanUp), and dist/ stays as it was. */
function fail(what: string, status = 1): never {
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
// it tells the build which pages the search index will hold. Astro loads its configuration and content meanwhile,
// but compiles and renders nothing until the check has passed (the gate file). Astro's output is held back until
// then, so that a failed check shows its report alone.
const check = spawn(process.execPath, [path.join(import.meta.dirname, 'check.ts')], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...env, SEARCH_PAGES_FILE: searchPagesFile },
});
children.push(check);
const releaseCheckOutput = holdOutput(check);

// A heap limit makes Node collect garbage as it goes instead of growing towards its default (about 4 GB): a
// 10,000-paper archive builds in under 1 GB of heap. Set NODE_OPTIONS=--max-old-space-size=… to change it.
const nodeOptions = /--max-old-space-size/.test(env.NODE_OPTIONS ?? '') ? env.NODE_OPTIONS : `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapLimitMb}`.trim();
// Arguments after `npm run build --` go to astro build, for example --base /x/.
const astro = spawn('astro', ['build', ...process.argv.slice(2)], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...env,
    NODE_OPTIONS: nodeOptions,
    OUT_DIR: staging,
    CONTENT_GATE_FILE: gateFile,
    ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
  },
  shell: false,
});
children.push(astro);
const releaseAstroOutput = holdOutput(astro);
const astroExit = exitOf(astro);

const checkStatus = await exitOf(check);
releaseCheckOutput();
if (checkStatus !== 0) {
  astro.kill();
  await astroExit;
  fail('The site was not built');
}
// Test only: a check that passes late, to show that Astro waits for it (tests/unit/content-gate.test.ts).
const delay = Number(process.env.CHECK_DELAY_MS_FOR_TESTS ?? 0);
if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
releaseAstroOutput();

// Search index: Pagefind reads the built pages marked data-pagefind-body, in parts by year (see search-parts.ts
// and build/search-index.ts). Parts of the archive are indexed while Astro is still building newer pages.
indexer = new SearchIndexer(staging, work, env, Number(process.env.SEARCH_PART_PAGES ?? 1000));
indexer.predict(JSON.parse(fs.readFileSync(searchPagesFile, 'utf8')) as SearchPage[]);
fs.rmSync(searchPagesFile, { force: true });
// Opens the gate: written whole, by a rename, so Astro never reads half a list.
fs.writeFileSync(`${gateFile}.part`, JSON.stringify({ passed: true, order: indexer.buildOrder() }));
fs.renameSync(`${gateFile}.part`, gateFile);
const polling = setInterval(() => indexer!.poll(), 250);
const astroStatus = await astroExit;
clearInterval(polling);
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
    `Note: ${search.unpredicted} of the ${parts} of the search index held other pages than the content predicted, so they were indexed after Astro had finished. expectedSearchPages (src/lib/build/search-parts.ts) needs to list the pages the site puts in the index.`,
  );
}
console.log(`Indexed ${search.pages} pages for search in ${((performance.now() - indexing) / 1000).toFixed(1)} s after Astro (${parts}, ${search.early} of them while Astro was building).`);

// Swap: the old site stays in place until the new one is complete.
const old = `${staging}-old`;
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(staging, dist);
swapped = true;
fs.rmSync(old, { recursive: true, force: true });
console.log(`Built ${htmlFiles.length} pages into ${path.relative(root, dist)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
