// The commands a publisher runs must refuse bad content with every problem listed, and never touch dist/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnvironment } from '../../helpers/build-site.ts';
import { makeSite, withLine } from '../../helpers/content-fixture.ts';

const paper = 'papers/2018-05-10-a-paper.md';
const broken = {
  ...withLine(paper, 'title: A paper\n', ''),
  'papers/2018-05-10-second.md': withLine(paper, 'meeting: test-board-2018-05-10', 'meeting: unknown-meeting')[paper]!.replace('agendaItem: "1"', 'agendaItem: "2"'),
  'papers/2018-05-10-third.md': withLine(paper, 'date: 2018-05-10', 'date: 2018-13-40')[paper]!.replace('agendaItem: "1"', 'agendaItem: "3"'),
};
const expectedLines = [
  'content/papers/2018-05-10-a-paper.md:2  title  is missing',
  'content/papers/2018-05-10-second.md:4  meeting  "unknown-meeting" is not a meeting',
  'content/papers/2018-05-10-third.md:7  date  is "2018-13-40" — must be a real calendar date',
];

function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, { cwd: process.cwd(), env: { ...cleanEnvironment(), ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('bad content', () => {
  // Fixture data too: the real data/ cites real papers, which the fixture content does not have.
  const { contentDir, dataDir } = makeSite(broken);
  const env = { CONTENT_DIR: contentDir, DATA_DIR: dataDir };

  it('npm run check lists all three problems and exits non-zero', () => {
    const { status, output } = run('node', ['scripts/check.ts'], env);
    expect(status).toBe(1);
    expect(output).toContain('Content check found 3 problems');
    for (const line of expectedLines) expect(output).toContain(line);
  }, 120_000);

  it('npm run build fails the same way and leaves the previous site untouched', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), 'previous site');
    const { status, output } = run('node', ['scripts/build.ts'], { ...env, DIST_DIR: dist });
    expect(status).toBe(1);
    for (const line of expectedLines) expect(output).toContain(line);
    expect(output).toContain('is unchanged');
    expect(fs.readdirSync(dist)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('previous site');
  }, 120_000);

  it('astro build on its own (without the build script) also stops with every problem', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-out-'));
    const { status, output } = run('astro', ['build'], { ...env, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' });
    expect(status).not.toBe(0);
    for (const line of expectedLines) expect(output).toContain(line);
    expect(fs.readdirSync(out)).toEqual([]);
  }, 120_000);
});

describe('a paper marked above OFFICIAL', () => {
  const paperLine = 'content/papers/2018-05-10-a-paper.md:8  classification  is "SECRET": papers marked OFFICIAL-SENSITIVE, SECRET or TOP SECRET must never be published — take the file out of content/';
  const { contentDir, dataDir } = makeSite(withLine(paper, 'classification: OFFICIAL', 'classification: SECRET'));
  const env = { CONTENT_DIR: contentDir, DATA_DIR: dataDir };

  it('stops npm run build, even when the shell asks for a preview', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-dist-'));
    const { status, output } = run('node', ['scripts/build.ts'], { ...env, DIST_DIR: dist, CONTENT_MODE: 'preview' });
    expect(status).toBe(1);
    expect(output).toContain(paperLine);
    expect(fs.readdirSync(dist)).toEqual([]);
  }, 120_000);

  it('stops astro build on its own', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-out-'));
    const { status, output } = run('astro', ['build'], { ...env, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_MODE: 'preview' });
    expect(status).not.toBe(0);
    expect(output).toContain(paperLine);
    expect(fs.readdirSync(out)).toEqual([]);
  }, 120_000);

  it('is reported by npm run check, which checks what a build would publish', () => {
    const { status, output } = run('node', ['scripts/check.ts'], env);
    expect(status).toBe(1);
    expect(output).toContain(paperLine);
  }, 120_000);
});
