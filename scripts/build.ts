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
const astro = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...env, OUT_DIR: staging }, shell: false });
if (astro.status !== 0) {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${path.relative(root, dist) || 'dist'}/ is unchanged.`);
  process.exit(astro.status ?? 1);
}

// Swap: the old site stays in place until the new one is complete.
const old = `${staging}-old`;
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(staging, dist);
fs.rmSync(old, { recursive: true, force: true });
const pages = fs.readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
console.log(`Built ${pages} pages into ${path.relative(root, dist)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
