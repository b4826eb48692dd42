// Say only what the sources say: no phrase of tests/fidelity/unsupported-phrases.yaml (statements the five source
// documents do not support, found by the audit in docs/audit.md) may reach the main content of a built page.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { basePath, loadPages, type BuiltPage } from '../helpers/built-site.ts';

interface UnsupportedPhrase {
  phrase: string;
  pages: string;
  within?: string;
  ignoreCase?: boolean;
  reason: string;
  pending?: string;
}

const listFile = path.resolve(import.meta.dirname, '../fidelity/unsupported-phrases.yaml');
const list = parseYaml(fs.readFileSync(listFile, 'utf8')) as UnsupportedPhrase[];

/** A glob of site paths as a regular expression: "**" any number of folders, "*" one name. */
export function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/?|\*)/)
    .map((part) => (part === '**' || part === '**/' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** Text as a reader sees it, with every run of spaces as one space. */
const normalise = (text: string) => text.replace(/\s+/g, ' ');

let pages: BuiltPage[];
beforeAll(() => {
  pages = [...loadPages().values()];
});

/** Where the phrase is on the pages its glob covers: "path: …words around it…". */
function occurrences(entry: UnsupportedPhrase): string[] {
  const matcher = globToRegExp(entry.pages);
  const phrase = normalise(entry.ignoreCase ? entry.phrase.toLowerCase() : entry.phrase);
  const found: string[] = [];
  for (const page of pages) {
    const sitePath = page.url.slice(basePath.length);
    if (!matcher.test(sitePath)) continue;
    const main = page.document.querySelector('main');
    if (!main) continue;
    const scopes = entry.within ? main.querySelectorAll(entry.within) : [main];
    for (const scope of scopes) {
      const text = normalise(scope.text);
      const index = (entry.ignoreCase ? text.toLowerCase() : text).indexOf(phrase);
      if (index >= 0) found.push(`${page.url}: …${text.slice(Math.max(0, index - 60), index + phrase.length + 60)}…`);
    }
  }
  return found;
}

describe('the list of unsupported phrases', () => {
  it('gives every entry a phrase, a pages glob and a one-line reason', () => {
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) {
      expect(typeof entry.phrase === 'string' && entry.phrase.trim().length > 0, JSON.stringify(entry)).toBe(true);
      expect(typeof entry.pages === 'string' && entry.pages.length > 0, entry.phrase).toBe(true);
      expect(typeof entry.reason === 'string' && !entry.reason.includes('\n'), entry.phrase).toBe(true);
    }
  });

  it.each([
    ['**', 'papers/2014-11-13-operational-update/', true],
    ['performance/**', 'performance/', true],
    ['performance/**', 'performance/indicators/all-recorded-crime/', true],
    ['inspections/tracker/', 'inspections/tracker/', true],
    ['inspections/*/', 'inspections/tracker/', true],
    ['inspections/*/', 'inspections/', false],
    ['performance/indicators/999-calls-answered-within-10-seconds/', 'performance/indicators/999-calls-answered-within-10-seconds-x/', false],
  ])('reads the glob %s as covering %s: %s', (glob, sitePath, covered) => expect(globToRegExp(glob).test(sitePath)).toBe(covered));

  it('covers at least one built page with each entry (a glob or selector that matches nothing guards nothing)', () => {
    for (const entry of list) {
      const matcher = globToRegExp(entry.pages);
      const covered = pages.filter((page) => matcher.test(page.url.slice(basePath.length)));
      expect(covered.length, `${entry.phrase} on ${entry.pages}`).toBeGreaterThan(0);
      if (entry.within) {
        const scoped = covered.some((page) => (page.document.querySelector('main')?.querySelectorAll(entry.within!).length ?? 0) > 0);
        expect(scoped, `${entry.within} on ${entry.pages}`).toBe(true);
      }
    }
  });
});

describe('no built page says what the sources do not', () => {
  const guarded = list.filter((entry) => !entry.pending);
  it.each(guarded.map((entry) => [`"${entry.phrase}" on ${entry.pages}${entry.within ? ` in ${entry.within}` : ''}`, entry] as const))('%s', (_name, entry) => {
    expect(occurrences(entry), entry.reason).toEqual([]);
  });

  // Phrases that files owned elsewhere still print: known, listed, and expected until they are fixed.
  const pending = list.filter((entry) => entry.pending);
  it.each(pending.map((entry) => [`"${entry.phrase}" on ${entry.pages}`, entry] as const))('still to fix elsewhere: %s', (_name, entry) => {
    expect(occurrences(entry).length, `The phrase has gone: remove "pending" from its entry in tests/fidelity/unsupported-phrases.yaml so that it stays gone. (${entry.pending})`).toBeGreaterThan(0);
  });
});
