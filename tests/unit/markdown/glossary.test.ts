// The glossary: matching the first use of each term, the hast plugin on real Markdown and MDX, and the data file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentPaths } from '../../../src/lib/sources/content-paths.ts';
import { compileMatchers, isCaseSensitive, markFirstUses, termPattern } from '../../../src/lib/markdown/glossary.ts';
import { readGlossary } from '../../../src/lib/markdown/glossary-data.ts';
import { createGlossaryHastPlugin } from '../../../src/lib/markdown/glossary-plugin.ts';
import { formatReport } from '../../../src/lib/validation/problems.ts';
import type { GlossaryEntry } from '../../../src/schemas/glossary.ts';

const entry = (id: string, term: string, expansion?: string, forms: string[] = []): GlossaryEntry => ({ id, term, definition: `About ${term}.`, forms, ...(expansion ? { expansion } : {}) });
const entries = [
  entry('ksi', 'KSI', 'killed or seriously injured'),
  entry('asb', 'ASB', 'anti-social behaviour'),
  entry('hmic', 'HMIC', "Her Majesty's Inspectorate of Constabulary"),
  entry('hmicfrs', 'HMICFRS', "Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services"),
  entry('pcso', 'PCSO', 'police community support officer'),
  entry('stats19', 'STATS19', 'the national police record of road collisions with injuries', ['STATS 19']),
  entry('cip', 'CiP', 'Citizens in Policing'),
  entry('athena', 'Athena'),
];
const matchers = compileMatchers(entries);
/** The terms marked in a text, in order, as printed. */
const marked = (text: string, seen = new Set<string>()) => markFirstUses(text, matchers, seen).filter((s) => s.entry).map((s) => s.text);

describe('isCaseSensitive', () => {
  it.each([['KSI', true], ['CiP', true], ['STATS19', true], ['Athena', false], ['precept', false], ['iQuanta', false]])('%s: %s', (term, expected) => {
    expect(isCaseSensitive(term)).toBe(expected);
  });
});

describe('markFirstUses', () => {
  it('marks only the first use of each term', () => {
    expect(marked('KSI figures rose. KSI casualties fell. ASB fell, and ASB calls too.')).toEqual(['KSI', 'ASB']);
  });

  it('keeps the text whole, splitting it around the marked terms', () => {
    const segments = markFirstUses('Fewer KSI casualties.', matchers, new Set());
    expect(segments.map((s) => s.text).join('')).toBe('Fewer KSI casualties.');
    expect(segments.map((s) => s.entry?.id ?? null)).toEqual([null, 'ksi', null]);
  });

  it('matches whole words only', () => {
    expect(marked('HMICFRS replaced HMIC.')).toEqual(['HMICFRS', 'HMIC']);
    expect(marked('KSIs and PCSOs')).toEqual(['KSIs', 'PCSOs']);
    expect(marked('The PEEL18-F1 item, KSI2 and XKSI are not terms.')).toEqual([]);
    expect(marked('basketball, asbestos and Athenaeum')).toEqual([]);
  });

  it('is case-sensitive for acronyms and not for ordinary words', () => {
    expect(marked('asb, Ksi and cip are not the acronyms')).toEqual([]);
    expect(marked('ATHENA went live; athena too')).toEqual(['ATHENA']);
    expect(marked('CiP and CIP')).toEqual(['CiP']);
  });

  it('matches other forms of a term, and counts them as the same term', () => {
    expect(marked('From STATS 19 data, then STATS19 again')).toEqual(['STATS 19']);
  });

  it('counts a term as used across calls that share a record, as for the text nodes of one document', () => {
    const seen = new Set<string>();
    expect(marked('First KSI.', seen)).toEqual(['KSI']);
    expect(marked('Second KSI, first ASB.', seen)).toEqual(['ASB']);
    expect([...seen].sort()).toEqual(['asb', 'ksi']);
  });

  it('treats punctuation around a term as a word boundary', () => {
    expect(marked("(KSI) the PCSO's beat, HMIC/HMICFRS")).toEqual(['KSI', "PCSO", 'HMIC', 'HMICFRS']);
  });

  it('treats letters and digits of any script next to a term as part of a longer word', () => {
    expect(marked('KSIé, éKSI, ASB٣ and Athenaσ')).toEqual([]);
    expect(marked('«KSI» — ASB…')).toEqual(['KSI', 'ASB']);
  });

  it('gives a place where two terms start to the longer one, and to the shorter once the longer is used', () => {
    const plans = compileMatchers([entry('plan', 'Police and Crime Plan'), entry('pc', 'Police and Crime')]);
    const seen = new Set<string>();
    const terms = (text: string) => markFirstUses(text, plans, seen).filter((s) => s.entry).map((s) => s.entry!.id);
    expect(terms('The Police and Crime Plan.')).toEqual(['plan']);
    expect(terms('The Police and Crime Plan, the police and crime panel.')).toEqual(['pc']);
  });
});

describe('termPattern', () => {
  it('escapes characters that mean something in a regular expression', () => {
    expect(termPattern('A&E').test('at A&E today')).toBe(true);
    expect(termPattern('V(1)').test('V1')).toBe(false);
  });
});

const plugin = createGlossaryHastPlugin({ entries, href: (id) => `/base/glossary/#${id}` });

describe('the hast plugin, on Markdown', () => {
  const html = (source: string) => (markdownToHtml(source, { hastPlugins: [plugin] }) as { html: string }).html;

  it('turns the first use into an <abbr> with the expansion, inside a link to the definition with the base path', () => {
    expect(html('There were 407 KSI casualties.')).toContain('<a href="/base/glossary/#ksi" class="glossary-link" aria-label="KSI (glossary: killed or seriously injured)"><abbr title="killed or seriously injured">KSI</abbr></a> casualties');
  });

  it('links a term without an expansion but gives it no <abbr>', () => {
    const out = html('Athena launched in May 2018.');
    expect(out).toContain('<a href="/base/glossary/#athena" class="glossary-link" aria-label="Athena (glossary: what the term means)">Athena</a>');
    expect(out).not.toContain('<abbr');
  });

  it('marks only the first use in the document, across paragraphs, lists and tables', () => {
    const out = html('KSI here.\n\n- KSI in a list\n- ASB in a list\n\n| a |\n|---|\n| KSI and ASB |\n');
    expect(out.match(/<abbr title="killed or seriously injured">/g)).toHaveLength(1);
    expect(out.match(/<abbr title="anti-social behaviour">/g)).toHaveLength(1);
    expect(out.indexOf('glossary/#ksi')).toBeLessThan(out.indexOf('KSI in a list'));
  });

  it('leaves headings, links and existing abbreviations alone, and marks the first use outside them', () => {
    const out = html('## KSI figures\n\nSee [the KSI data](/data/) and <abbr title="hand-written">ASB</abbr>.\n\nThen KSI and ASB.');
    expect(out).toContain('<h2>KSI figures</h2>');
    expect(out).toContain('<a href="/data/">the KSI data</a>');
    expect(out).toContain('<abbr title="hand-written">ASB</abbr>');
    expect(out).toContain('Then <a href="/base/glossary/#ksi" class="glossary-link" aria-label="KSI (glossary: killed or seriously injured)"><abbr title="killed or seriously injured">KSI</abbr></a> and <a href="/base/glossary/#asb"');
  });

  it('leaves text nested inside raw HTML elements alone, and marks the first use after them', () => {
    const out = html('<code>the **KSI** figures</code>, a <a href="/x">link with _ASB_</a>, then KSI and ASB.');
    expect(out).toContain('<code>the <strong>KSI</strong> figures</code>');
    expect(out).toContain('<a href="/x">link with <em>ASB</em></a>');
    expect(out).toContain('then <a href="/base/glossary/#ksi" class="glossary-link" aria-label="KSI (glossary: killed or seriously injured)"><abbr title="killed or seriously injured">KSI</abbr></a> and <a href="/base/glossary/#asb"');
  });

  it('starts afresh for each document', () => {
    expect(html('KSI one.')).toContain('glossary/#ksi');
    expect(html('KSI two.')).toContain('glossary/#ksi');
  });

  it('uses the glossary as it is when each document starts, so an edit shows in the next document', () => {
    let current = entries;
    const edited = createGlossaryHastPlugin({ entries: () => current, href: (id) => `/g/#${id}` });
    const render = (source: string) => (markdownToHtml(source, { hastPlugins: [edited] }) as { html: string }).html;
    expect(render('KSI and MASH.')).toContain('/g/#ksi');
    current = [...entries.filter((e) => e.id !== 'ksi'), entry('mash', 'MASH', 'multi-agency safeguarding hub')];
    const out = render('KSI and MASH.');
    expect(out).not.toContain('/g/#ksi');
    expect(out).toContain('<a href="/g/#mash" class="glossary-link" aria-label="MASH (glossary: multi-agency safeguarding hub)"><abbr title="multi-agency safeguarding hub">MASH</abbr></a>');
  });

  it('leaves out documents the include rule rejects', () => {
    const only = createGlossaryHastPlugin({ entries, href: (id) => `/g/#${id}`, include: (url) => url?.pathname.includes('/papers/') ?? false });
    const render = (file: string) => (markdownToHtml('KSI.', { hastPlugins: [only], fileURL: new URL(`file:///site/content/${file}`) }) as { html: string }).html;
    expect(render('papers/a.md')).toContain('<abbr');
    expect(render('boards/a.md')).not.toContain('<abbr');
  });
});

describe('glossary link names', () => {
  it('names each link for what it leads to, starting with the visible term, not the bare acronym', () => {
    const out = (markdownToHtml('There were 407 KSI casualties.', { hastPlugins: [plugin] }) as { html: string }).html;
    expect(out).toMatch(/<a [^>]*aria-label="KSI \(glossary: killed or seriously injured\)"[^>]*>/);
  });
});

describe('the hast plugin, on MDX as Astro compiles content', () => {
  it('marks the first use in an MDX body', () => {
    const result = mdxToJs('## ASB\n\nASB fell, and ASB calls fell.\n', { hastPlugins: [plugin] }) as { code: string };
    // Once in the link's accessible name and once in its <abbr title>: one marked use.
    expect(result.code.match(/title: "anti-social behaviour"|title="anti-social behaviour"/g)).toHaveLength(1);
    expect(result.code).toContain('ASB (glossary: anti-social behaviour)');
    expect(result.code).toContain('/base/glossary/#asb');
  });
});

describe('readGlossary', () => {
  const write = (text: string) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-glossary-'));
    fs.mkdirSync(path.join(root, 'data'));
    fs.writeFileSync(path.join(root, 'data', 'glossary.yaml'), text);
    return readGlossary(root, path.join(root, 'data'));
  };

  it('reads a valid file, sorted by term', () => {
    const { entries: read, problems } = write('- id: ksi\n  term: KSI\n  expansion: killed or seriously injured\n  definition: Road casualties.\n- id: asb\n  term: ASB\n  definition: Behaviour.\n');
    expect(problems).toEqual([]);
    expect(read.map((e) => e.id)).toEqual(['asb', 'ksi']);
  });

  it('reports duplicate ids and terms as problems, with their lines', () => {
    const { problems } = write('- id: ksi\n  term: KSI\n  definition: One.\n- id: ksi\n  term: KSI2\n  definition: Two.\n- id: other\n  term: ksi\n  definition: Three.\n');
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['[1].id', 4],
      ['[2].term', 8],
    ]);
    expect(problems[1]!.message).toContain('already a term of entry "ksi"');
  });

  it('reports a missing definition or an unknown field', () => {
    const { problems } = write('- id: ksi\n  term: KSI\n  meaning: Road casualties.\n');
    expect(problems.map((p) => p.field).sort()).toEqual(['[0].definition', '[0].meaning']);
  });

  it('treats a missing file as an empty glossary', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-glossary-'));
    expect(readGlossary(root, path.join(root, 'data'))).toEqual({ entries: [], problems: [] });
  });
});

describe('data/glossary.yaml', () => {
  const { root, dataDir } = contentPaths();
  const { entries: real, problems } = readGlossary(root, dataDir);

  it('is valid', () => {
    expect(problems, formatReport(problems)).toEqual([]);
  });

  it('has the terms the papers rely on, each with an expansion', () => {
    const byTerm = new Map(real.map((e) => [e.term, e]));
    for (const term of ['KSI', 'MSF', 'FYTD', 'ASB', 'MASH', 'MARAC', 'IOM', 'PCSO', 'ERSOU', 'SARC', 'RAG', 'HMICFRS', 'PSU', 'STATS19', 'MAIS']) {
      expect(byTerm.get(term)?.expansion, term).toBeTruthy();
    }
  });

  it('explains every abbreviation the published papers, meetings and inspections use often', () => {
    const { contentDir } = contentPaths();
    const bodies = ['papers', 'meetings', 'inspections']
      .flatMap((folder) => fs.readdirSync(path.join(contentDir, folder)).map((file) => fs.readFileSync(path.join(contentDir, folder, file), 'utf8').split(/^---$/m).slice(2).join('---')))
      .join('\n')
      // Components such as <IndicatorChart id="…" /> are markup, not words a reader sees.
      .replace(/<[A-Z][A-Za-z]*\b[^>]*>/g, '');
    const known = compileMatchers(real);
    const counts = new Map<string, number>();
    for (const match of bodies.matchAll(/\b[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*\b/g)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    // Words in capitals that are not abbreviations, names of operations and schemes, and people's initials used as leads in the delivery plan.
    const notTerms = new Set(['OFFICIAL', 'DRAFT', 'UK', 'HM', 'IT', 'TV', 'PhD', 'VELO', 'DriveiQ', 'CamCycle', 'CS', 'CK', 'NP', 'JH', 'DG', 'AW', 'EW']);
    const missing = [...counts].filter(([word, count]) => count >= 2 && !notTerms.has(word) && !known.some((m) => { m.pattern.lastIndex = 0; return m.pattern.test(word); })).map(([word]) => word);
    expect(missing).toEqual([]);
  });
});
