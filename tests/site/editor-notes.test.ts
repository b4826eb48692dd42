// Notes for editors (editorNotes in data/indicators, data/plan/actions and data/plan/plan.yaml) stay in the repository: no
// built page, download, register, feed or calendar holds one. The public notes of the same files are
// there, which shows the search below would find an editor's note if one leaked.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/lib/sources/content-paths.ts';
import { validateData } from '../../src/lib/validation/validate-data.ts';
import { validatePlan } from '../../src/lib/validation/validate-plan.ts';
import { distDir } from '../helpers/built-site.ts';

const { root, dataDir } = contentPaths();
const { indicators } = validateData(root, dataDir);
const { actions, overview } = validatePlan(root, dataDir);

const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };
/** Text reduced to its letters and digits, after decoding HTML entities and JSON escapes, so escaping in any format cannot hide a match. */
const letters = (text: string) =>
  text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
      name[0] === '#' ? String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1] === 'x' || name[1] === 'X' ? 16 : 10)) : (entities[name.toLowerCase()] ?? whole),
    )
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const textFile = /\.(html|csv|json|xml|ics|txt|js|webmanifest)$/;
let files: { name: string; text: string }[];
beforeAll(() => {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error('Build the site first: npm run build');
  files = fs
    .readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((name) => textFile.test(name) && !name.startsWith('pagefind'))
    .sort()
    .map((name) => ({ name, text: letters(fs.readFileSync(path.join(distDir, name), 'utf8')) }));
});

const editorNotes = [
  ...indicators.flatMap((i) => i.data.editorNotes.map((note) => [`data/indicators/${i.id}.yaml`, note] as const)),
  ...actions.flatMap((a) => a.data.editorNotes.map((note) => [`plan action ${a.data.id}`, note] as const)),
  ...(overview?.editorNotes ?? []).map((note) => ['data/plan/plan.yaml', note] as const),
];
const publicNotes = [
  ...indicators.flatMap((i) => i.data.notes.map((note) => [`data/indicators/${i.id}.yaml`, note] as const)),
  ...actions.flatMap((a) => a.data.notes.map((note) => [`plan action ${a.data.id}`, note] as const)),
  ...(overview?.about ?? []).map((note) => ['data/plan/plan.yaml', note] as const),
];

describe('editors\u2019 notes never reach the built site', () => {
  it('the data has editors\u2019 notes to look for', () => expect(editorNotes.length).toBeGreaterThan(10));

  it.each(editorNotes)('%s: %s', (_, note) => {
    const needle = letters(note);
    expect(files.filter((f) => f.text.includes(needle)).map((f) => f.name)).toEqual([]);
  });

  it('while every public note of the same files is published', () => {
    const missing = publicNotes.filter(([, note]) => !files.some((f) => f.text.includes(letters(note))));
    expect(missing).toEqual([]);
  });

  it('the pages no longer repeat the information sheet\u2019s dates on every indicator', () => {
    const needle = letters('it appears to be carried over from an earlier quarter');
    expect(files.filter((f) => f.text.includes(needle)).map((f) => f.name)).toEqual([]);
    const dashboard = files.find((f) => f.name === 'performance/index.html')!;
    expect(dashboard.text).toContain(letters('The dashboard’s information sheet gives the data used for'));
    expect(files.filter((f) => f.text.includes(letters('The dashboard’s information sheet gives the data used for'))).map((f) => f.name)).toEqual(['performance/index.html']);
  });
});
