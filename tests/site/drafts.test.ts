// A paper marked `status: draft` is shown, labelled, by `npm run dev`, so its author can check it. That the
// production build leaves the same draft out everywhere is checked in tests/site/base-path.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnvironment, contentWithDraft, testDraft } from '../helpers/build-site.ts';

/** A free port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

describe('npm run dev with a draft paper', () => {
  const { contentDir } = contentWithDraft();
  let dev: ChildProcess | undefined;
  let log = '';
  afterAll(async () => {
    if (dev && dev.exitCode === null) {
      const exited = new Promise((resolve) => dev!.once('exit', resolve));
      dev.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(path.dirname(contentDir), { recursive: true, force: true });
  });

  it('shows the draft, labelled as not published', async () => {
    const port = await freePort();
    // --ignore-lock: a developer's own dev server may be running on this project; start beside it, never replace it.
    dev = spawn('astro', ['dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
      cwd: process.cwd(),
      env: { ...cleanEnvironment(), CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(path.dirname(contentDir), 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev.stdout!.on('data', (chunk) => (log += chunk));
    dev.stderr!.on('data', (chunk) => (log += chunk));
    const url = `http://127.0.0.1:${port}/papers/${testDraft.id}/`;
    let html = '';
    let status = 0;
    for (let attempt = 0; attempt < 180 && !html && status !== 404; attempt += 1) {
      try {
        const response = await fetch(url);
        status = response.status;
        if (response.ok) html = await response.text();
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500)); // not listening yet
      }
    }
    expect(status, `the dev server answered ${status || 'nothing'} for ${url}:\n${log.slice(-2000)}`).toBe(200);
    expect(html).toContain(testDraft.title);
    expect(html).toContain('Draft – not published');
  }, 120_000);
});
