// Property-based test of the content gate: random front matter and Markdown, made of the pieces attackers and
// careless editors use, go through the check (validateSite), the Astro loader and the page renderer, which must
// agree. No input may make any of them fail without naming the file, the renderer may never put raw markup in a
// page, and whatever the check passes the build can load and render.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { folderLoader } from '../../../src/lib/sources/content-loader.ts';
import { renderText } from '../../../src/lib/markdown/render-text.ts';
import { validateSite } from '../../../src/lib/validation/validate-site.ts';
import { paperSchema } from '../../../src/schemas/paper.ts';
import { makeSite, validFiles } from '../../helpers/content-fixture.ts';

const paperId = '2018-05-10-random';
const { root, contentDir } = makeSite();
const paperPath = path.join(contentDir, 'papers', `${paperId}.md`);
const file = path.relative(root, paperPath);

/** The valid paper's fields, one line each, which the generator keeps, drops, repeats or breaks. */
const fieldLines = validFiles['papers/2018-05-10-a-paper.md']!.split('---\n')[1]!.replace('agendaItem: "1"\n', '').trimEnd().split('\n');

const yamlPieces = [
  ...fieldLines,
  'title: A title with: a colon', 'title: "quoted <script>alert(1)</script>"', 'purpose: <meta http-equiv="refresh" content="0;url=https://evil.example">',
  'purpose: &a x', 'purpose: *a', 'purpose: !custom x', 'purpose: |', '  a block', '\tpurpose: tab', 'purpose: 1e300', 'date: 2018-06-31',
  'extra: [[[[1]]]]', '- item', '  - nested', '---', '----', '--- x', '...', '#comment', '', ' ', 'status: draft', 'classification: SECRET',
  'purpose: "\\u0008"', 'purpose: "\u0008"', 'purpose: caf\u00e9', '\ufeff', '\r', 'purpose: {a: 1', 'purpose: ]',
];
const bodyPieces = [
  '## Heading', 'Text.', '- a list', '  - nested', '> quoted', '>>>>>>>>', '> > > >', '1. first', '<b>bold</b>', '<script>alert(1)</script>',
  '<!-- note -->', '<img src=x onerror=alert(1)>', '[link](javascript:alert(1))', '[link](/papers/)', '[x](https://example.org)', '![i](data:image/png;base64,AAAA)',
  '&amp;', '&#65;', '&lt;script&gt;', '{expression}', 'export const x = 1', "import fs from 'node:fs'", '---', '----', '| a | b |', '|---|---|', '| 1 | 2 |',
  '`code`', '```', '    indented code', '*emphasis*', '**strong**', '\\<escaped', '<IndicatorChart id="x" />', 'a < b > c', '\u0000', '\t', '',
];

const lines = (pieces: readonly string[], max: number) => fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: max }).map((list) => list.join('\n'));
/** A paper file: usually well-formed front matter with random fields and body, sometimes random text altogether. */
const paperText = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(lines(yamlPieces, 16), lines(bodyPieces, 24), fc.constantFrom('---', '----', '--- x', '---  ')).map(([yaml, body, close]) => `---\n${yaml}\n${close}\n\n${body}\n`) },
  { weight: 3, arbitrary: fc.tuple(fc.subarray(fieldLines, { minLength: fieldLines.length }), lines(bodyPieces, 30)).map(([fields, body]) => `---\n${fields.join('\n')}\n---\n\n${body}\n`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);

/** The Astro loader of the papers, run with an in-memory store as Astro would run it; its error, if it refuses. */
async function loadPapers(): Promise<Error | undefined> {
  const store = new Map<string, unknown>();
  const context = {
    config: { root: new URL(`file://${root}/`) },
    store: { keys: () => [...store.keys()], set: (entry: { id: string }) => store.set(entry.id, entry), delete: (id: string) => store.delete(id), clear: () => store.clear() },
    parseData: async ({ data }: { data: unknown }) => paperSchema.parse(data),
    generateDigest: () => 'digest',
    logger: { error: () => undefined },
  };
  try {
    await folderLoader(path.join(contentDir, 'papers'), ['.md', '.mdx']).load(context as never);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

/** Tags the Markdown renderer writes itself; anything else in a page would be markup from the content. */
const markdownTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'em', 'strong', 'del', 'a', 'code', 'pre', 'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'div', 'span', 'dfn', 'abbr', 'section', 'sup', 'input']);

describe('the content gate, on random content', () => {
  it('never fails without naming the file, and loads and renders whatever it passes, without raw markup', async () => {
    const verdicts = { passed: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(paperText, async (text) => {
        fs.writeFileSync(paperPath, text);
        let problems;
        try {
          problems = validateSite(root).problems;
        } catch (error) {
          throw new Error(`the check threw instead of reporting a problem: ${String(error)}`);
        }
        const mine = problems.filter((problem) => problem.file === file);
        // Every problem is about a file; this is the only file that changes.
        expect(problems.every((problem) => problem.file.length > 0 && problem.message.length > 0 && problem.fix.length > 0)).toBe(true);
        expect(problems.filter((problem) => problem.file !== file)).toEqual([]);
        const refusedByLoader = await loadPapers();
        if (refusedByLoader) expect(mine, `the loader refused a file the check passed: ${refusedByLoader.message}`).not.toEqual([]);
        verdicts[mine.length ? 'refused' : 'passed'] += 1;
        if (mine.length) return; // refused by the check, so the build never starts
        expect(refusedByLoader, 'the check passed a file the loader refuses').toBeUndefined();
        const html = await renderText(paperPath);
        for (const [, tag] of html.matchAll(/<\/?([A-Za-z][\w-]*)/g)) expect(markdownTags, `<${tag}> in ${html}`).toContain(tag!.toLowerCase());
        expect(html).not.toMatch(/\son[a-z]+\s*=|javascript:|<!--/i);
      }),
      // A fixed seed keeps CI repeatable; FC_SEED tries others.
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261202) },
    );
    // Both verdicts are explored: a generator whose every file is refused would prove nothing about rendering.
    expect(verdicts.passed).toBeGreaterThan(30);
    expect(verdicts.refused).toBeGreaterThan(30);
  }, 120_000);
});
