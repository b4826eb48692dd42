// npm run check on the real content: fast, and on a broken copy of it, every planted problem listed
// at once as `file:line  field  what is wrong — how to fix`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnvironment } from '../../helpers/build-site.ts';

const project = path.resolve(import.meta.dirname, '../../..');

function check(env: Record<string, string> = {}) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'check'], { cwd: project, env: { ...cleanEnvironment(), ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - started) / 1000 };
}

describe('npm run check', () => {
  it('passes on the seed content and data in under 5 seconds', () => {
    const { status, output, seconds } = check();
    expect(status, output).toBe(0);
    const checked = Number(/Content and data are valid: .* Checked in (\d+\.\d\d) s\./.exec(output)?.[1]);
    expect(checked).toBeLessThan(5);
    // Start to finish, with npm and Node starting up: about 1.3 s on an idle machine; generous for a busy one.
    expect(seconds).toBeLessThan(15);
  }, 60_000);

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-check-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const env = { CONTENT_DIR: path.join(root, 'content'), DATA_DIR: path.join(root, 'data') };
  fs.cpSync(path.join(project, 'content'), env.CONTENT_DIR, { recursive: true });
  fs.cpSync(path.join(project, 'data'), env.DATA_DIR, { recursive: true });
  const plant = (file: string, from: string | RegExp, to: string) => {
    const absolute = path.join(root, file);
    const text = fs.readFileSync(absolute, 'utf8');
    if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`${file} has no ${from}`);
    fs.writeFileSync(absolute, text.replace(from, to));
  };
  plant('content/papers/2018-05-10-fire-update.md', 'classification: None printed', 'classification: Restricted');
  plant('content/papers/2018-05-10-civil-parking-enforcement.md', /^date: 2018-05-10$/m, 'date: 2018-05-32');
  plant('content/meetings/business-coordination-board-2018-05-10.md', 'board: business-coordination-board', 'board: business-board');
  plant('content/decisions/2018-04-12-treasury-management-strategy-statement-2018-19.yaml', 'decisionMaker:', 'decisionMakr:');
  plant('data/indicators/satisfaction-with-service-delivery-police.yaml', 'value: 82.5,', 'value: 182.5,');
  plant('data/indicators/burglary-dwelling.yaml', 'value: 139, source: dashboard', 'value: 139, source: dashbord');

  it('lists every planted problem in content and data, with file, line, field and fix, and fails', () => {
    const { status, output } = check(env);
    expect(status).toBe(1);
    for (const line of [
      /content\/papers\/2018-05-10-fire-update\.md:\d+ {2}classification {2}is "Restricted" — must be one of: Public report, OFFICIAL/,
      /content\/papers\/2018-05-10-civil-parking-enforcement\.md:\d+ {2}date {2}is "2018-05-32" — must be a real calendar date/,
      /content\/meetings\/business-coordination-board-2018-05-10\.md:2 {2}board {2}"business-board" is not a board: there is no file .*content\/boards\/business-board\.yaml — use the file name/,
      /content\/decisions\/2018-04-12-treasury-management-strategy-statement-2018-19\.yaml:3 {2}decisionMakr {2}is not a field of a decision — did you mean "decisionMaker"\? Correct the spelling/,
      /data\/indicators\/satisfaction-with-service-delivery-police\.yaml:\d+ {2}observations\[3\]\.value {2}is 182\.5 — must be a percentage from 0 to 100/,
      /data\/indicators\/burglary-dwelling\.yaml:\d+ {2}observations\[3\]\.source {2}is "dashbord" — must be one of the keys under sources: dashboard/,
    ]) {
      expect(output).toMatch(line);
    }
  }, 60_000);
});
