// The commands a publisher runs must refuse bad content with every problem listed, and never touch dist/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContent, withLine } from '../helpers/content-fixture.ts';

const paper = 'papers/2018-05-10-a-paper.mdx';
const broken = {
  ...withLine(paper, 'title: A paper\n', ''),
  'papers/2018-05-10-second.mdx': withLine(paper, 'meeting: test-board-2018-05-10', 'meeting: unknown-meeting')[paper]!.replace('agendaItem: "1"', 'agendaItem: "2"'),
  'papers/2018-05-10-third.mdx': withLine(paper, 'date: 2018-05-10', 'date: 2018-13-40')[paper]!.replace('agendaItem: "1"', 'agendaItem: "3"'),
};
const expectedLines = [
  'content/papers/2018-05-10-a-paper.mdx:2  title  is missing',
  'content/papers/2018-05-10-second.mdx:4  meeting  "unknown-meeting" is not a meeting',
  'content/papers/2018-05-10-third.mdx:7  date  is "2018-13-40" — must be a real calendar date',
];

function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, { cwd: process.cwd(), env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('bad content', () => {
  const { root } = makeContent(broken);
  const env = { CONTENT_DIR: path.join(root, 'content') };

  it('npm run check lists all three problems and exits non-zero', () => {
    const { status, output } = run('node', ['scripts/check.ts'], env);
    expect(status).toBe(1);
    expect(output).toContain('Content check found 3 problems');
    for (const line of expectedLines) expect(output).toContain(line);
  });

  it('npm run build fails the same way and leaves the previous site untouched', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), 'previous site');
    const { status, output } = run('node', ['scripts/build.ts'], { ...env, DIST_DIR: dist });
    expect(status).toBe(1);
    for (const line of expectedLines) expect(output).toContain(line);
    expect(output).toContain('is unchanged');
    expect(fs.readdirSync(dist)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('previous site');
  });

  it('astro build on its own (without the build script) also stops with every problem', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-out-'));
    const { status, output } = run('astro', ['build'], { ...env, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' });
    expect(status).not.toBe(0);
    for (const line of expectedLines) expect(output).toContain(line);
    expect(fs.readdirSync(out)).toEqual([]);
  }, 120_000);
});
