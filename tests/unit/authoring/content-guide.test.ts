// docs/content-guide.md: its field reference is generated from the zod schemas and their JSDoc
// (npm run content-guide), and this test fails as soon as a schema changes without the guide.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypes, fieldReference, referenceEnd, referenceStart, updateGuide } from '../../../src/lib/authoring/content-guide.ts';
import { readSchemaDocs } from '../../../src/lib/authoring/schema-docs.ts';
import { describeType, listFields } from '../../../src/lib/authoring/schema-fields.ts';
import { paperSchema } from '../../../src/schemas/paper.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const guide = fs.readFileSync(path.join(root, 'docs/content-guide.md'), 'utf8');
const docs = readSchemaDocs();

describe('docs/content-guide.md', () => {
  it('is up to date with src/schemas: run npm run content-guide if this fails', () => {
    expect(updateGuide(guide), 'docs/content-guide.md is out of date: run npm run content-guide').toBe(guide);
  });

  it('is linked from the README', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('(docs/content-guide.md)');
  });

  it('explains how to add a meeting, a paper, a decision, a month of figures and a correction, and how to preview and check', () => {
    for (const heading of ['## Adding a meeting', '## Adding a paper', '## Adding a decision', '## Publishing a month of figures', '## Publishing a correction', '## Check and preview']) {
      expect(guide).toContain(heading);
    }
    for (const command of ['npm run new -- meeting', 'npm run new -- paper', 'npm run new -- decision', 'npm run import --', 'npm run check', 'npm run dev']) expect(guide).toContain(command);
  });

  it('walks the analyst through a month of figures: source, published summaries, gaps, corrections, check, preview, and the site\'s own rules', () => {
    const section = guide.slice(guide.indexOf('## Publishing a month of figures'), guide.indexOf('## Publishing a correction'));
    for (const text of ['--source-title', 'dataTo', 'rolling12Months', 'performanceVsBaseline', '--allow-gap', '--replace', '--write', 'npm run check', 'npm run dev', 'the site\'s own rating', 'less than 3%', '2 percentage points']) {
      expect(section, text).toContain(text);
    }
  });

  it('refuses a guide without the markers, rather than writing the reference in the wrong place', () => {
    expect(() => updateGuide('# Guide\n')).toThrow(/must contain the lines/);
    expect(updateGuide(`a\n${referenceStart}\nold\n${referenceEnd}\nb\n`, 'NEW')).toBe('a\nNEW\nb\n');
  });
});

describe('the field reference', () => {
  const reference = fieldReference(docs);

  it.each(contentTypes.map((type) => [type.title, type] as const))('lists every field of a %s with a description from its JSDoc', (_title, type) => {
    const fields = listFields(type.schema, docs, docs.get(type.docName));
    expect(fields.length).toBeGreaterThan(3);
    for (const field of fields) {
      expect(field.description, `${type.title}: ${field.name} has no JSDoc comment in src/schemas`).toBeTruthy();
      expect(reference).toContain(`| \`${field.name}\` | ${field.required ? 'required' : 'optional'}`);
    }
  });

  it('says what each field accepts, read from the schema at run time', () => {
    expect(reference).toContain('| `status` | required | one of: draft, final | final papers are published; draft papers are shown only in preview. |');
    expect(reference).toContain('| `markedDraft` | optional (if left out: false) | true or false |');
    expect(reference).toContain('| `date` | required | date, written YYYY-MM-DD | Date printed on the paper. |');
    expect(reference).toContain('| `contacts[].email` | optional | email address | Email address, as printed. |');
    expect(reference).toContain('| `themes` | optional | list, each one of: victims, offenders, communities, transformation |');
    expect(reference).toContain('| `sources.<key>.title` | required | text | Title of the source document. |');
    expect(reference).toContain('| `dashboardPosition` | optional | whole number from 1 |');
    expect(reference).toContain('| `breakdowns[].categories[].percent` | required | number from 0 to 100 |');
    expect(reference).toContain('| `observations[].source` | required | id: a key of this file\'s `sources` |');
    expect(reference).toContain('| `corrections[].note` | required | text |');
    expect(reference).toContain('| `indicator` | required |');
  });

  it('describes types in words', () => {
    expect(describeType(paperSchema.shape.agendaItem)).toBe('text or number');
    expect(describeType(paperSchema.shape.recommendations)).toBe('list of: text');
    expect(describeType(paperSchema.shape.source)).toBe('group of fields (below)');
  });
});
