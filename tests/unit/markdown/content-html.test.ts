// Marks made on rendered HTML (content-html.ts) must be exactly those the hast plugins make (MDX still uses them).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { decodeText, markGlossary, markTables } from '../../../src/lib/markdown/content-html.ts';
import { tablesHastPlugin } from '../../../src/lib/markdown/content-tables.ts';
import { compileMatchers } from '../../../src/lib/markdown/glossary.ts';
import { createGlossaryHastPlugin } from '../../../src/lib/markdown/glossary-plugin.ts';
import { markdownSettings } from '../../../src/lib/markdown/markdown-processor.ts';
import { renderText } from '../../../src/lib/markdown/render-text.ts';
import { splitFrontmatter } from '../../../src/lib/authoring/yaml-edit.ts';
import type { GlossaryEntry } from '../../../src/schemas/glossary.ts';

const entry = (id: string, term: string, expansion?: string): GlossaryEntry => ({ id, term, definition: `About ${term}.`, forms: [], ...(expansion ? { expansion } : {}) });
const entries = [
  entry('ksi', 'KSI', 'killed or seriously injured'),
  entry('asb', 'ASB', 'anti-social behaviour'),
  entry('hmicfrs', 'HMICFRS', "Her Majesty's Inspectorate of Constabulary & Fire and Rescue Services"),
  entry('athena', 'Athena'),
  entry('ae', 'A&E', 'accident and emergency'),
];
const href = (id: string) => `/base/glossary/#${id}`;
const html = (source: string, hastPlugins: unknown[] = []) => (markdownToHtml(source, { hastPlugins } as never) as { html: string }).html;
const byPlugins = (source: string) => html(source, [tablesHastPlugin, createGlossaryHastPlugin({ entries, href })]);
const onHtml = (source: string) => markGlossary(markTables(html(source)), compileMatchers(entries), href);

const sources = {
  'escaped text around terms': 'Calls to A&E rose; 5 < 6 > 4 and "ASB" fell. KSI & more, then KSI again.',
  'terms in headings, links, code and emphasis': '## KSI figures\n\nSee [the KSI data](/data/ "a > b") and `ASB code`, then **KSI** and _Athena_ and ASB.',
  'an expansion with an apostrophe and an ampersand': 'HMICFRS inspected the force.',
  'a table with alignment and numeric columns': '| Area | Count | Change | Note |\n|:--|--:|:-:|---|\n| North ASB | 1,234 | -5% | |\n| South | 56 | n/a | KSI |\n| **Total** | 1,290 | – | text |\n',
  'two tables, one without numbers': '| a | b |\n|---|---|\n| x | y |\n\nKSI between.\n\n| n | v |\n|---|--:|\n| one | 1 |\n',
  'lists and nested inline markup': '- **Demand.** ASB rose by 12.3%.\n- Athena, KSI and ASB.\n\n1. Item with [a link](https://example.org/?a=1&b=2)\n',
} as const;

describe('marks on the HTML', () => {
  it.each(Object.entries(sources))('are the hast plugins\' marks: %s', (_, source) => {
    expect(onHtml(source)).toBe(byPlugins(source));
  });

  it('link the first use of a term whose spelling needs escaping', () => {
    expect(onHtml('Calls to A&E rose.')).toContain('<a href="/base/glossary/#ae" class="glossary-link" aria-label="A&amp;E (glossary: accident and emergency)"><abbr title="accident and emergency">A&amp;E</abbr></a>');
  });

  it('put each table in its scroll box, left out of the search text, with numeric columns marked', () => {
    const out = onHtml(sources['a table with alignment and numeric columns']);
    expect(out).toMatch(/^<div class="table-wrap" tabindex="0" role="group" aria-label="[^"]+" data-pagefind-ignore=""><table>/);
    expect(out).toContain('<td class="align-right numeric">1,234</td>');
    expect(out).not.toContain('style=');
  });

  it('decode the character references Sätteri writes', () => {
    expect(decodeText('A&amp;E &lt;b&gt; &quot;x&quot; &#x27;y&#39; &copy;')).toBe('A&E <b> "x" \'y\' &copy;');
  });
});

describe('renderText', () => {
  const root = path.resolve('content');
  const texts = ['papers', 'meetings', 'inspections'].flatMap((folder) =>
    fs.readdirSync(path.join(root, folder)).filter((file) => file.endsWith('.md')).map((file) => path.join('content', folder, file)),
  );

  it('renders every real text as the Markdown pipeline with the hast plugins does', async () => {
    expect(texts.length).toBeGreaterThan(0);
    const renderer = await markdownSettings.processor.createRenderer({ syntaxHighlight: false });
    for (const file of texts) {
      const source = fs.readFileSync(file, 'utf8');
      const { code } = await renderer.render(splitFrontmatter(source)?.rest ?? source, { fileURL: pathToFileURL(path.resolve(file)) });
      expect(await renderText(file), file).toBe(code);
    }
  });
});
