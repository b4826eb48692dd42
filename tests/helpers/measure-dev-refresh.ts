// Measures how long `npm run dev` takes to show an edit to a paper in an open browser tab, on a
// temporary copy of content/ and data/. Run it by hand (it is not part of the test suites):
//
//   node tests/helpers/measure-dev-refresh.ts [rounds]
//
// It starts `astro dev` on a spare port, opens a paper in Debian's Chromium, changes the paper's
// title in its file, and times the moment the page in the browser shows the new title (Vite reloads
// the page by itself). It also checks that a draft paper shows the "Draft – not published" banner.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from './browser.ts';
import { cleanEnvironment } from './build-site.ts';

const project = path.resolve(import.meta.dirname, '../..');
const rounds = Number(process.argv[2] ?? 5);
const port = 4391 + Math.floor(Math.random() * 500);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-dev-refresh-'));
const env = { CONTENT_DIR: path.join(root, 'content'), DATA_DIR: path.join(root, 'data'), ASTRO_CACHE_DIR: path.join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
fs.cpSync(path.join(project, 'content'), env.CONTENT_DIR, { recursive: true });
fs.cpSync(path.join(project, 'data'), env.DATA_DIR, { recursive: true });

const paperId = '2018-05-10-fire-update';
const paperFile = path.join(env.CONTENT_DIR, 'papers', `${paperId}.md`);
const original = fs.readFileSync(paperFile, 'utf8');
const title = /^title: (.*)$/m.exec(original)![1]!;

// The project's own Node (24): the machine's `node` may be older than Astro supports.
const server = spawn(process.execPath, [fs.realpathSync(path.join(project, 'node_modules/.bin/astro')), 'dev', '--host', '127.0.0.1', '--port', String(port), ...(process.env.VERBOSE ? ['--verbose'] : [])], { cwd: project, env: { ...cleanEnvironment(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
server.stdout.on('data', (chunk) => (log += chunk));
server.stderr.on('data', (chunk) => (log += chunk));
const origin = `http://127.0.0.1:${port}`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`astro dev did not start:\n${log}`);
}

const browser = await launchBrowser();
try {
  await waitForServer();
  const page = await browser.newPage();
  await page.goto(`${origin}/papers/${paperId}/`, { waitUntil: 'load' });
  const times: number[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    await page.waitForTimeout(1500);
    const marker = `${title} (edit ${round})`;
    const started = performance.now();
    fs.writeFileSync(paperFile, original.replace(/^title: .*$/m, `title: ${marker}`));
    try {
      await page.waitForFunction((expected) => document.querySelector('h1')?.textContent === expected, marker, { timeout: 30_000, polling: 20 });
    } catch (error) {
      fs.writeFileSync(path.join(os.tmpdir(), 'pcc-dev-refresh.log'), log);
      console.error(`Round ${round}: the page still shows "${await page.locator('h1').first().textContent()}" after 30 s. Server log (without file-watch lines):\n${log.split('\n').filter((line) => !line.includes('[watch]')).slice(-40).join('\n')}`);
      throw error;
    }
    times.push((performance.now() - started) / 1000);
  }
  console.log(`Edit to page showing it, ${rounds} rounds: ${times.map((t) => `${t.toFixed(2)} s`).join(', ')}; median ${[...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(2)} s.`);

  // Marked as a draft, the open page reloads with the banner: drafts show in the preview.
  await page.waitForTimeout(1500);
  fs.writeFileSync(paperFile, original.replace(/^status: final$/m, 'status: draft'));
  const banner = await page.waitForSelector('.notice--draft', { timeout: 30_000 }).then((element) => element.textContent());
  console.log(`Draft banner in preview: ${banner?.includes('Draft – not published') ? 'shown' : `missing (${banner})`}.`);
} finally {
  await browser.close();
  server.kill();
  fs.rmSync(root, { recursive: true, force: true });
}
