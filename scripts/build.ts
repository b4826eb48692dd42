// npm run build: check all content, build into a temporary folder, and only then replace dist/.
// A failed build never leaves a half-published site behind.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../src/lib/named-files.ts';
import { planSearchParts, searchPartsFile, searchPartsManifest } from '../src/lib/search-parts.ts';

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
// The content was checked just above, so the Astro integration need not check it a second time.
// A heap limit makes Node collect garbage as it goes instead of growing towards its default (about 4 GB): a
// 10,000-paper archive builds in under 1 GB of heap. Set NODE_OPTIONS=--max-old-space-size=… to change it.
const nodeOptions = /--max-old-space-size/.test(env.NODE_OPTIONS ?? '') ? env.NODE_OPTIONS : `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapLimitMb}`.trim();
const astro = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...env, NODE_OPTIONS: nodeOptions, OUT_DIR: staging, CONTENT_CHECKED: 'production' }, shell: false });
if (astro.status !== 0) {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${path.relative(root, dist) || 'dist'}/ is unchanged.`);
  process.exit(astro.status ?? 1);
}

// Search index: Pagefind reads the built pages marked data-pagefind-body, in parts by year (see search-parts.ts),
// each written by a fresh Pagefind process so that only one part is ever held in memory.
const indexing = performance.now();
const searchPages = listFiles(staging)
  .map((absolute) => path.relative(staging, absolute))
  .filter((file) => file.endsWith('.html'))
  .flatMap((file) => {
    const html = fs.readFileSync(path.join(staging, file), 'utf8');
    const main = /<main\b[^>]*>/.exec(html)?.[0] ?? '';
    if (!main.includes('data-pagefind-body')) return [];
    const year = /data-search-year="(\d{4})"/.exec(main)?.[1];
    return [{ file, year: year ? Number(year) : undefined }];
  });
const parts = planSearchParts(searchPages, Number(process.env.SEARCH_PART_PAGES ?? 2500));
const pagefind = await import('pagefind');
const indexErrors: string[] = [];
for (const part of parts) {
  const { index, errors } = await pagefind.createIndex({});
  indexErrors.push(...errors);
  for (const file of part.files) {
    const added = await index?.addHTMLFile({ sourcePath: file, content: fs.readFileSync(path.join(staging, file), 'utf8') });
    indexErrors.push(...(added?.errors ?? []));
  }
  const written = await index?.writeFiles({ outputPath: path.join(staging, part.dir) });
  indexErrors.push(...(written?.errors ?? []));
  await pagefind.close();
}
fs.writeFileSync(path.join(staging, 'pagefind', searchPartsFile), `${JSON.stringify(searchPartsManifest(parts))}\n`);
if (indexErrors.length) {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`Search indexing failed; ${path.relative(root, dist) || 'dist'}/ is unchanged.\n${indexErrors.join('\n')}`);
  process.exit(1);
}
console.log(`Indexed ${searchPages.length} pages for search in ${((performance.now() - indexing) / 1000).toFixed(1)} s (${parts.length} ${parts.length === 1 ? 'part' : 'parts'}).`);

// Swap: the old site stays in place until the new one is complete.
const old = `${staging}-old`;
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(staging, dist);
fs.rmSync(old, { recursive: true, force: true });
const pages = fs.readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
console.log(`Built ${pages} pages into ${path.relative(root, dist)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
