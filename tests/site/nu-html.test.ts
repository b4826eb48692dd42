// The W3C Nu Html Checker (vnu-jar, the validator.w3.org/nu checker run locally on Java) finds no error on any
// built page. It reads HTML as browsers do and knows SVG, where ids must be XML names, which html-validate does not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/built-site.ts';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  lastLine?: number;
  message: string;
}

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

/** The checker's errors for the HTML files under a folder, as "file:line  message". */
function nuErrors(folder: string): string[] {
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', folder], { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`Java is needed for the Nu checker (.ci/run installs it): ${result.error.message}`);
  const { messages } = JSON.parse(result.stderr) as { messages: NuMessage[] };
  // Warnings ("info") are left out: the checker cannot resolve 'self' in the Content-Security-Policy of a file on
  // disk, so it warns about every stylesheet; tests/site/security.test.ts checks the policy in a real browser.
  return messages
    .filter((message) => message.type !== 'info')
    .map((message) => `${path.relative(folder, decodeURI(message.url?.replace(/^file:/, '') ?? ''))}:${message.lastLine ?? '?'}  ${message.message}`);
}

describe('the Nu Html Checker', () => {
  it('finds the fault this test is for, an SVG id that starts with a digit', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-nu-'));
    fs.writeFileSync(path.join(folder, 'index.html'), '<!doctype html><html lang="en"><title>x</title><svg id="999-calls"></svg></html>');
    expect(nuErrors(folder).join('\n')).toContain('Not a valid XML 1.0 name');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('reports no error on any page of the built site', () => {
    expect(nuErrors(distDir)).toEqual([]);
  });
});
