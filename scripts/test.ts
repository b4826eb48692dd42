// npm test: type check, unit tests, then a production build, then tests over the built site.
// Prints one closing line "tests: N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const reports = path.join(root, '.build-tmp', 'test-reports');
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const env = { ...process.env, TZ: 'Europe/London', ASTRO_TELEMETRY_DISABLED: '1' };

interface Totals { passed: number; failed: number; skipped: number }
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) failedSteps.push(label);
  return result.status === 0;
}

function vitest(label: string, project: string): void {
  const output = path.join(reports, `${project}.json`);
  run(label, 'vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  if (!fs.existsSync(output)) return;
  const report = JSON.parse(fs.readFileSync(output, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

run('Type check (astro check: TypeScript strict, .astro and .ts files)', 'astro', ['check']);
vitest('Unit tests', 'unit');
if (run('Production build', 'node', ['scripts/build.ts'])) {
  vitest('Tests of the built site', 'site');
} else {
  failedSteps.push('Tests of the built site (not run: the build failed)');
}

console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join('; ')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
