// The build renders nothing the content check has not passed: Astro starts beside the check but writes no page
// until the check has passed, however long it takes, and a build that is stopped leaves nothing behind.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnvironment } from '../../helpers/build-site.ts';
import { makeHostileSite } from '../../helpers/hostile.ts';

/** Starts npm run build on a fixture, into a dist/ of its own; the work folder is beside it. */
function startBuild(env: Record<string, string>) {
  const fixture = makeHostileSite([]);
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-gate-'));
  const dist = path.join(parent, 'dist');
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, 'index.html'), 'previous site');
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    env: { ...cleanEnvironment(), ...fixture.env, DIST_DIR: dist, ASTRO_CACHE_DIR: path.join(parent, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + os.constants.signals[signal] : null))));
  return { child, dist, work: path.join(parent, '.build-tmp'), exited, output: () => output };
}

/** Files Astro has written into the build's staging folders so far. */
function stagedFiles(work: string): string[] {
  if (!fs.existsSync(work)) return [];
  return fs
    .readdirSync(work, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^dist-[^.]*$/.test(entry.name) && !entry.name.endsWith('-old'))
    .flatMap((entry) => fs.readdirSync(path.join(work, entry.name), { recursive: true }).map(String));
}

const gateOpen = (work: string) => fs.existsSync(work) && fs.readdirSync(work).some((name) => name.endsWith('-gate.json'));

/** Polls until `done` is true or the time is up; returns the moments (ms from the start) when each probe first held. */
async function watch(probes: Record<string, () => boolean>, done: () => boolean, limitMs: number): Promise<Record<string, number | undefined>> {
  const started = Date.now();
  const seen: Record<string, number | undefined> = {};
  while (!done() && Date.now() - started < limitMs) {
    for (const [name, probe] of Object.entries(probes)) if (seen[name] === undefined && probe()) seen[name] = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return seen;
}

const shmLeftovers = () => (fs.existsSync('/dev/shm') ? fs.readdirSync('/dev/shm').filter((name) => name.startsWith('pcc-search-part-')) : []);

describe('the content gate of npm run build', () => {
  it('writes no page until the content check has passed, even when the check takes longer than Astro needs to start', async () => {
    const delay = 12_000;
    const build = startBuild({ CHECK_DELAY_MS_FOR_TESTS: String(delay) });
    let finished = false;
    void build.exited.then(() => (finished = true));
    const seen = await watch({ gate: () => gateOpen(build.work), page: () => stagedFiles(build.work).some((file) => file.endsWith('.html')) }, () => finished, 180_000);
    const status = await build.exited;
    expect(status, build.output()).toBe(0);
    expect(seen.gate, 'the gate opened').toBeGreaterThanOrEqual(delay);
    expect(seen.page, 'a page was written').toBeDefined();
    expect(seen.page!).toBeGreaterThanOrEqual(seen.gate!);
    // The site was built and swapped in, and nothing was left beside it.
    expect(fs.readFileSync(path.join(build.dist, 'index.html'), 'utf8')).not.toBe('previous site');
    expect(fs.existsSync(build.work)).toBe(false);
  }, 240_000);

  it('stopped while it waits for the check, it leaves dist/ as it was and no temporary folder behind', async () => {
    const build = startBuild({ CHECK_DELAY_MS_FOR_TESTS: '60000' });
    const before = shmLeftovers();
    await watch({}, () => fs.existsSync(build.work) && fs.readdirSync(build.work).some((name) => name.startsWith('dist-')), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    build.child.kill('SIGTERM');
    const status = await build.exited;
    expect(status).toBe(128 + os.constants.signals.SIGTERM);
    expect(build.output()).toContain('The build was stopped (SIGTERM)');
    expect(fs.readdirSync(build.dist)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(build.dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(fs.existsSync(build.work)).toBe(false);
    expect(shmLeftovers().filter((name) => !before.includes(name))).toEqual([]);
  }, 120_000);

  it('left without its build script, Astro stops instead of building unchecked content', async () => {
    const build = startBuild({ CHECK_DELAY_MS_FOR_TESTS: '60000' });
    // Astro is then well into its start-up, waiting at the gate.
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const astro = astroChildOf(build.child);
    build.child.kill('SIGKILL');
    await build.exited;
    if (astro) await watch({}, () => !isRunning(astro), 20_000);
    expect(astro === undefined || !isRunning(astro), 'Astro is still running').toBe(true);
    expect(stagedFiles(build.work).filter((file) => file.endsWith('.html'))).toEqual([]);
  }, 120_000);
});

/** The pid of the Astro process the build script started, from /proc (Linux). */
function astroChildOf(parent: ChildProcess): number | undefined {
  if (!fs.existsSync('/proc')) return undefined;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (ppid === parent.pid && command.includes('astro')) return Number(pid);
    } catch {
      // the process has gone
    }
  }
  return undefined;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
