// npm run build: check all content, build into a temporary folder, and only then replace dist/.
// A failed build never leaves a half-published site behind.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { formatReport } from '../src/lib/problems.ts';
import { validateSite } from '../src/lib/validate-site.ts';

const root = process.cwd();
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const work = path.resolve(root, '.build-tmp');
// A production build: every content rule applies, here and in the Astro build it starts (see validate-content.ts).
process.env.CONTENT_MODE = 'production';
const env = { ...process.env, TZ: 'Europe/London', ASTRO_TELEMETRY_DISABLED: '1' };

const started = performance.now();
const { problems } = validateSite(root);
if (problems.length) {
  console.error(formatReport(problems));
  console.error(`\nThe site was not built; ${path.relative(root, dist) || 'dist'}/ is unchanged.`);
  process.exit(1);
}

fs.mkdirSync(work, { recursive: true });
const staging = fs.mkdtempSync(path.join(work, 'dist-'));
// The content was checked just above, so the Astro integration need not check it a second time.
const astro = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...env, OUT_DIR: staging, CONTENT_CHECKED: 'production' }, shell: false });
if (astro.status !== 0) {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${path.relative(root, dist) || 'dist'}/ is unchanged.`);
  process.exit(astro.status ?? 1);
}

// Search index: Pagefind reads the built pages (only those marked data-pagefind-body) and writes /pagefind/.
const indexing = performance.now();
const { createIndex, close } = await import('pagefind');
const { index, errors } = await createIndex({});
const added = index ? await index.addDirectory({ path: staging }) : undefined;
const written = index ? await index.writeFiles({ outputPath: path.join(staging, 'pagefind') }) : undefined;
await close();
const indexErrors = [...errors, ...(added?.errors ?? []), ...(written?.errors ?? [])];
if (indexErrors.length) {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`Search indexing failed; ${path.relative(root, dist) || 'dist'}/ is unchanged.\n${indexErrors.join('\n')}`);
  process.exit(1);
}
console.log(`Indexed ${added?.page_count ?? 0} pages for search in ${((performance.now() - indexing) / 1000).toFixed(1)} s.`);

// Swap: the old site stays in place until the new one is complete.
const old = `${staging}-old`;
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(staging, dist);
fs.rmSync(old, { recursive: true, force: true });
const pages = fs.readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
console.log(`Built ${pages} pages into ${path.relative(root, dist)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
