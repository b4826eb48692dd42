// Drafts leave no trace. A draft paper whose id and title give away its subject is named by an agenda item, a
// meeting's sources, a decision, an inspection (its papers, a finding and its source), a dataset's source and the
// plan (a theme's aim, an action and its update). The check accepts it (an agenda lists a paper before it is
// published); the production build must then carry the draft's id, title and address nowhere (pages, registers,
// datasets, feeds, calendars, sitemap, search index), and each page that names it must say "a paper not yet
// published" instead.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect } from 'vitest';
import type { BuiltFixture, HostileCase } from '../helpers/hostile.ts';
import { validData, validFiles, validInspection } from '../helpers/content-fixture.ts';

const draft = {
  id: '2018-05-10-secret-subject-draft',
  title: 'Zanzibar informant review: covert source handling',
  url: 'https://example.org/zanzibar-review.pdf',
};
/** Any of these in a built file is a trace of the draft. "Zanzibar" and "secret-subject" appear in nothing else. */
const traces = [draft.id, 'secret-subject', draft.title, 'Zanzibar', 'zanzibar', draft.url];
const notYetPublished = 'a paper not yet published';

const meeting = 'meetings/test-board-2018-05-10.md';
const decision = 'decisions/2018-05-10-a-decision.yaml';
const inspection = 'inspections/test-inspection-2018.md';
const dataset = 'indicators/ksi-by-year.yaml';

const replaced = (text: string | undefined, from: string, to: string) => {
  if (text === undefined || !text.includes(from)) throw new Error(`the fixture has no "${from}"`);
  return text.replace(from, to);
};

/** The fixture site: the valid one, with the draft added and named from every kind of content. */
const files: Record<string, string> = {
  [`papers/${draft.id}.md`]: [
    '---',
    `title: "${draft.title}"`,
    'board: test-board',
    'meeting: test-board-2018-05-10',
    'agendaItem: "2"',
    'from: Chief Constable',
    'date: 2018-05-10',
    'classification: OFFICIAL',
    'status: draft',
    'purpose: To review how the Zanzibar informants are handled.',
    'recommendations:',
    '  - To note the Zanzibar review.',
    'source:',
    `  title: "${draft.title}"`,
    '---',
    '',
    '## Zanzibar',
    '',
    '<IndicatorChart id="ksi-by-year" />',
    '',
  ].join('\n'),
  // As npm run new writes it: the agenda item carries the paper's title.
  [meeting]: replaced(
    replaced(validFiles[meeting], '    paper: 2018-05-10-a-paper\n', `    paper: 2018-05-10-a-paper\n  - item: "2"\n    title: "${draft.title}"\n    presenter: Chief Constable\n    paper: ${draft.id}\n`),
    'sources:\n  - title: Test pack\n',
    `sources:\n  - title: Test pack\n  - title: "${draft.title}"\n    url: ${draft.url}\n    paper: ${draft.id}\n`,
  ),
  [decision]: replaced(
    replaced(validFiles[decision], 'summary: Decided.', `paper: ${draft.id}\nsummary: Decided.`),
    'source:\n  title: Test pack\n',
    `source:\n  title: "${draft.title}"\n  location: paragraph 4\n  paper: ${draft.id}\n`,
  ),
  [inspection]: replaced(
    validInspection[inspection],
    'source:\n  title: Test report\n',
    [
      `papers: [2018-05-10-a-paper, ${draft.id}]`,
      'findings:',
      '  - id: handling',
      '    ref: Action 1',
      '    refInSource: true',
      '    kind: action',
      '    text: Review how sources are handled.',
      '    status: in progress',
      '    statusDate: 2018-05-10',
      '    update: A review has started.',
      `    paper: ${draft.id}`,
      '    source:',
      `      title: "${draft.title}"`,
      `      paper: ${draft.id}`,
      '  - id: tasking',
      '    ref: Action 2',
      '    kind: action',
      '    text: Record how sources are tasked.',
      `    paper: ${draft.id}`,
      '    source:',
      '      title: Test report',
      'source:',
      '  title: Test report',
      '',
    ].join('\n'),
  ),
  [`data/${dataset}`]: replaced(
    validData[dataset],
    'sources:\n  panel:\n',
    `sources:\n  panel:\n    paper: ${draft.id}\n    url: ${draft.url}\n    location: page 3\n`,
  ).replace(/^(\s+title: ).*Objective Five.*$/m, `$1"${draft.title}"`),
  // The fixture has no transparency index, which the transparency page needs to build.
  'data/transparency-requirements.yaml': fs.readFileSync('data/transparency-requirements.yaml', 'utf8'),
  // The plan: a theme's aim, an action and its update quoted from the draft.
  'data/plan/themes.yaml': [
    '- id: victims',
    '  name: Victims',
    '  aim: Put victims first.',
    '  aimSource:',
    `    title: "${draft.title}"`,
    `    paper: ${draft.id}`,
    '- id: offenders',
    '  name: Offenders',
    '- id: communities',
    '  name: Communities',
    '- id: transformation',
    '  name: Transformation',
    '',
  ].join('\n'),
  'data/plan/actions/v1.yaml': [
    'id: V1',
    'theme: victims',
    'title: Identify victims at risk',
    'action: Identify victims at risk when they first make contact.',
    'updates:',
    '  - date: 2018-05-10',
    '    status: green',
    '    progress:',
    '      - Victims are identified at first contact.',
    '    source:',
    `      title: "${draft.title}"`,
    '      location: Delivery plan',
    `      paper: ${draft.id}`,
    'source:',
    `  title: "${draft.title}"`,
    `  paper: ${draft.id}`,
    '',
  ].join('\n'),
};

/** Every built file's text; Pagefind's compressed files (gzip) are read unzipped. */
function builtTexts(site: BuiltFixture): [string, string][] {
  return site.files().flatMap((file): [string, string][] => {
    const bytes = fs.readFileSync(path.join(site.dist, file));
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) return [[file, zlib.gunzipSync(bytes).toString('latin1')]];
    if (/\.(html|json|csv|xml|ics|txt|js|mjs|css|svg|webmanifest)$/.test(file)) return [[file, bytes.toString('utf8')]];
    return [];
  });
}

const page = (site: BuiltFixture, dir: string) => site.read(`${dir}/index.html`);
/** The page's text without its markup, so a phrase split by tags still reads whole. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');

export const cases: HostileCase[] = [
  {
    name: 'a draft named everywhere: the check accepts it, and the build writes no page, sitemap entry or search entry for it',
    files,
    safe: (site) => {
      const all = site.files();
      expect(all).toContain('papers/2018-05-10-a-paper/index.html');
      expect(all.filter((file) => traces.some((trace) => file.includes(trace)))).toEqual([]);
      expect(fs.existsSync(path.join(site.dist, 'papers', draft.id))).toBe(false);
      const sitemaps = all.filter((file) => file.startsWith('sitemap'));
      expect(sitemaps.length).toBeGreaterThan(0);
      for (const file of sitemaps) expect(site.read(file)).not.toContain('/papers/2018-05-10-secret');
      expect(all.some((file) => file.startsWith('pagefind/'))).toBe(true);
    },
  },
  {
    name: 'no built file, Pagefind\'s unzipped included, holds the draft\'s id, title, address or subject',
    files,
    safe: (site) => {
      const texts = builtTexts(site);
      expect(texts.length).toBeGreaterThan(20);
      // Pagefind's fragments are read unzipped: they hold what the pages say instead.
      expect(texts.some(([file, text]) => file.startsWith('pagefind/fragment/') && text.includes(notYetPublished))).toBe(true);
      const found = texts.flatMap(([file, text]) => traces.filter((trace) => text.includes(trace)).map((trace) => `${file}: ${trace}`));
      expect(found).toEqual([]);
    },
  },
  {
    name: 'the meeting lists the draft\'s agenda item as "a paper not yet published", with no link, and keeps the published paper\'s',
    files,
    safe: (site) => {
      const html = page(site, 'meetings/test-board-2018-05-10');
      const start = html.indexOf('id="agenda"');
      const agenda = html.slice(start, html.indexOf('<h2', start));
      expect(textOf(agenda)).toMatch(new RegExp(`2\\.\\s*${notYetPublished}\\s*Chief Constable`));
      // Item 1's "Paper:" line links the published paper (once); nothing links item 2.
      expect(agenda.match(/href="[^"]*"/g)).toEqual(['href="/papers/2018-05-10-a-paper/"']);
      expect(textOf(html.slice(html.indexOf('id="sources"')))).toContain(notYetPublished);
    },
  },
  {
    name: 'the decision gives its paper and its source as "a paper not yet published"',
    files,
    safe: (site) => {
      const text = textOf(page(site, 'decisions/2018-05-10-a-decision'));
      expect(text).toMatch(new RegExp(`Paper\\s*${notYetPublished}`));
      expect(text).toContain(`This page summarises ${notYetPublished}.`);
    },
  },
  {
    name: 'the inspection that names the draft builds, on its page and the tracker, saying "a paper not yet published"',
    files,
    safe: (site) => {
      const html = page(site, 'inspections/test-inspection-2018');
      const text = textOf(html);
      const start = html.indexOf('id="mentions-heading"');
      const mentions = textOf(html.slice(start, html.indexOf('</section>', start)));
      expect(mentions).toContain('A paper (Test Board,');
      expect(mentions).toContain(notYetPublished);
      // Action 2 has no update: its source cell gives the paper it is reported in.
      expect(text).toMatch(new RegExp(`Record how sources are tasked\\..*${notYetPublished}`));
      expect(text).toContain(`Reported in ${notYetPublished}`);
      const tracker = textOf(page(site, 'inspections/tracker'));
      expect(tracker).toContain(`Reported in ${notYetPublished}`);
      expect(tracker).toContain('Review how sources are handled.');
    },
  },
  {
    name: 'the indicator page and its CSV, JSON and open-data listing cite "a paper not yet published", with no link',
    files,
    safe: (site) => {
      const html = page(site, 'performance/indicators/ksi-by-year');
      expect(textOf(html.slice(html.indexOf('Where the figures come from')))).toContain(notYetPublished);
      expect(html).not.toMatch(/href="\/papers\/2018-05-10-s/);
      const json = JSON.parse(site.read('data/ksi-by-year.json')) as { sources: Record<string, unknown> };
      expect(json.sources).toEqual({ panel: { title: notYetPublished } });
      expect(site.read('data/ksi-by-year.csv')).toContain(`,casualties,,${notYetPublished},`);
      expect(textOf(page(site, 'data'))).toContain(notYetPublished);
    },
  },
  {
    name: 'the registers say "a paper not yet published" where the draft was named, and the papers register leaves it out',
    files,
    safe: (site) => {
      const meetings = JSON.parse(site.read('data/registers/meetings.json')) as { agenda: { item: string; title: string; paper?: string }[] }[];
      expect(meetings[0]!.agenda.find((item) => item.item === '2')).toEqual({ item: '2', title: notYetPublished, presenter: 'Chief Constable', paper: notYetPublished });
      const decisions = JSON.parse(site.read('data/registers/decisions.json')) as { paper?: string; source: unknown }[];
      expect(decisions[0]).toMatchObject({ paper: notYetPublished, source: { title: notYetPublished } });
      const papers = JSON.parse(site.read('data/registers/papers.json')) as { id: string }[];
      expect(papers.map((p) => p.id)).toEqual(['2018-05-10-a-paper']);
    },
  },
  {
    name: 'the plan\'s theme aim, action and update cite "a paper not yet published"',
    files,
    safe: (site) => {
      expect(textOf(page(site, 'plan/victims'))).toContain(`Put victims first. (${notYetPublished})`);
      const action = textOf(page(site, 'plan/actions/v1'));
      expect(action).toMatch(new RegExp(`Source\\s*${notYetPublished}`));
      expect(action).toContain(`This page summarises ${notYetPublished}.`);
    },
  },
  {
    name: 'the feeds and calendars list the published paper and meeting only',
    files,
    safe: (site) => {
      expect(site.read('feeds/papers.xml')).toContain('/papers/2018-05-10-a-paper/');
      expect(site.read('feeds/papers.xml').match(/<item>/g)).toHaveLength(1);
      expect(site.read('calendar/meetings.ics')).toContain('Test Board');
    },
  },
];
