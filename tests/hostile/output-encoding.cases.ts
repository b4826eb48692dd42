// Output encoding by context: hostile text in a title, label, name or note must reach each output format as text:
// JSON-LD inside <script>, CSV cells a spreadsheet opens, RSS (XML, and HTML inside descriptions), iCalendar lines.
import { expect } from 'vitest';
import { parseCsv } from '../../src/lib/exports/csv.ts';
import type { BuiltFixture, HostileCase } from '../helpers/hostile.ts';
import { validData, validFiles } from '../helpers/content-fixture.ts';

/** A YAML double-quoted scalar for any text: JSON's escapes, and \u escapes for everything outside printable ASCII. */
const yamlString = (text: string) => JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A final paper at the valid fixture's meeting, under its own agenda item. */
function paper(id: string, agendaItem: string, fields: { title?: string; purpose?: string }): Record<string, string> {
  const text = validFiles['papers/2018-05-10-a-paper.md']!
    .replace('title: A paper', `title: ${yamlString(fields.title ?? `Paper ${id}`)}`)
    .replace('agendaItem: "1"', `agendaItem: "${agendaItem}"`)
    .replace('purpose: To test.', `purpose: ${yamlString(fields.purpose ?? 'To test.')}`);
  return { [`papers/${id}.md`]: text };
}

/** A copy of the valid All Recorded Crime dataset under another id, with lines replaced; off the dashboard, so no position is repeated. */
function dataset(id: string, replace: [string, string][]): Record<string, string> {
  let text = validData['indicators/all-recorded-crime.yaml']!.replace('dashboardPosition: 1', '').replace('related: [ksi-by-year]', '');
  for (const [from, to] of replace) {
    if (!text.includes(from)) throw new Error(`the dataset fixture has no "${from}"`);
    text = text.replace(from, to);
  }
  return { [`data/indicators/${id}.yaml`]: text };
}

/** A meeting of a board on a date, with a summary and venue. */
function meeting(board: string, date: string, fields: { summary?: string; venue?: string } = {}): Record<string, string> {
  const lines = ['---', `board: ${board}`, `date: ${date}`, 'startTime: "10:00"', 'status: scheduled', `summary: ${yamlString(fields.summary ?? 'A meeting.')}`];
  if (fields.venue) lines.push(`venue: ${yamlString(fields.venue)}`);
  lines.push('sources:', '  - title: Test pack', '---', '');
  return { [`meetings/${board}-${date}.md`]: lines.join('\n') };
}

// XML 1.0's Char production, as its complement.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const xmlDecode = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

/** Reads an RSS feed the strict way a feed reader's XML parser does, as far as text goes: fails on what it would refuse. */
function feedItems(site: BuiltFixture, file: string): { title: string; description: string }[] {
  const xml = site.read(file);
  expect(xml, `${file} has a character XML 1.0 forbids`).not.toMatch(notXmlChar);
  for (const [entity] of xml.matchAll(/&[^;\s<]*;?/g)) expect(entity, `${file} has a bare &`).toMatch(/^&(lt|gt|quot|apos|amp);$/);
  const texts = [...xml.matchAll(/<(title|description|category)>([^]*?)<\/\1>/g)];
  for (const [, element, text] of texts) expect(text, `markup inside <${element}> of ${file}`).not.toMatch(/[<>]/);
  return [...xml.matchAll(/<item>([^]*?)<\/item>/g)].map(([, item]) => ({
    title: xmlDecode(item!.match(/<title>([^]*?)<\/title>/)?.[1] ?? ''),
    description: xmlDecode(item!.match(/<description>([^]*?)<\/description>/)?.[1] ?? ''),
  }));
}

/** What a feed reader shows for a description, which it reads as HTML: the text with its character references read. */
const htmlText = (html: string) => {
  expect(html, 'a tag in a feed description').not.toMatch(/[<>]/);
  return html.replace(/&(lt|gt|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&' })[name]!);
};

/** The schema.org blocks of the open data page, parsed; the page must carry no <meta http-equiv> but the CSP. */
function openDataJsonLd(site: BuiltFixture): { name: string; description: string; citation: string[] }[] {
  const html = site.read('data/index.html');
  const httpEquiv = [...html.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!.toLowerCase());
  expect(httpEquiv.filter((name) => name !== 'content-security-policy')).toEqual([]);
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map((m) => m[1]!);
  for (const block of blocks) expect(block).not.toMatch(/[<>]/);
  return blocks.map((block) => JSON.parse(block));
}

/** The dataset CSV's rows, read back as a spreadsheet would split them. */
const csvRows = (site: BuiltFixture, id: string) => parseCsv(site.read(`data/${id}.csv`)).rows.map((row) => row.cells);

/** An iCalendar file's unfolded lines, after checking every line ends in CRLF. */
function calendarLines(site: BuiltFixture, file: string): string[] {
  const text = site.read(file);
  expect(text, `${file} has a bare CR or LF`).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

const injection = '\r\nBEGIN:VEVENT\r\nSUMMARY:evil';
const closeScript = '</script><meta http-equiv="refresh" content="0;url=https://evil.example/">';

export const cases: HostileCase[] = [
  {
    name: 'a dataset title that closes the JSON-LD <script> and adds a refresh to another site',
    files: dataset('closes-the-script', [['title: All Recorded Crime', `title: ${yamlString(`Crime ${closeScript}`)}`]]),
    safe: (site) => {
      const names = openDataJsonLd(site).map((item) => item.name);
      expect(names).toContain(`Crime ${closeScript}`);
    },
  },
  {
    name: 'a dataset definition and source title with an HTML comment and a <script> start in the JSON-LD',
    files: dataset('comment-in-json-ld', [
      ['title: All Recorded Crime', 'title: Crime with a comment'],
      ['definition: The number of crimes recorded by Cambridgeshire Constabulary.', `definition: ${yamlString('Crimes <!-- <script>alert(1)</script> &\u2028more')}`],
      ['title: "Business Coordination Board, 10 May 2018, item 5.0: Police and Crime Plan dashboard as at 31 March 2018"', `title: ${yamlString('Pack </SCRIPT ><script>alert(2)</script>')}`],
    ]),
    safe: (site) => {
      const item = openDataJsonLd(site).find((i) => i.name === 'Crime with a comment');
      expect(item?.description).toBe('Crimes <!-- <script>alert(1)</script> &\u2028more');
      expect(item?.citation).toEqual(['Pack </SCRIPT ><script>alert(2)</script>']);
    },
  },
  {
    name: 'a breakdown category that is a spreadsheet formula fetching an address',
    files: dataset('formula-category', [
      ['title: All Recorded Crime', 'title: Crime by formula'],
      ['summaries:', `breakdowns:\n  - dimension: age\n    period: 2018-03\n    categories:\n      - { category: ${yamlString('=HYPERLINK("http://evil.example","y")')}, percent: 60 }\n      - { category: ${yamlString('@SUM(A1)')}, percent: 40 }\n    source: dashboard\nsummaries:`],
    ]),
    safe: (site) => {
      const categories = csvRows(site, 'formula-category').filter((r) => r.record === 'breakdown').map((r) => r.category);
      expect(categories).toEqual([`'=HYPERLINK("http://evil.example","y")`, "'@SUM(A1)"]);
    },
  },
  {
    name: 'a unit, a source title and an observation note that start formulas, with a negative change that must stay a number',
    files: dataset('formula-unit-and-note', [
      ['title: All Recorded Crime', 'title: Crime by unit'],
      ['unit: { kind: count, of: crimes }', `unit: { kind: count, of: ${yamlString('+1+1')} }`],
      ['title: "Business Coordination Board, 10 May 2018, item 5.0: Police and Crime Plan dashboard as at 31 March 2018"', `title: ${yamlString('-cmd|/C calc')}`],
      ['{ period: 2015-03, value: 4078, source: dashboard }', `{ period: 2015-03, value: 4078, source: dashboard, note: ${yamlString('=1+1')} }`],
    ]),
    safe: (site) => {
      const rows = csvRows(site, 'formula-unit-and-note');
      const first = rows.find((r) => r.record === 'observation' && r.period === '2015-03')!;
      expect(first).toMatchObject({ counting: "'+1+1", source: "'-cmd|/C calc", note: "'=1+1", value: '4078' });
      for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?![\d.])/);
    },
  },
  {
    name: 'a figure from another source stated as a formula, whose negative change stays a number',
    files: dataset('negative-change', [
      ['title: All Recorded Crime', 'title: Crime with another source'],
      ['summaries:', `alternatives:\n  - period: 2018-03\n    comparedWith: 2017-03\n    change: -12\n    statedAs: ${yamlString('-12 (=A1*2)')}\n    note: ${yamlString('@note')}\n    source: dashboard\nsummaries:`],
    ]),
    safe: (site) => {
      const other = csvRows(site, 'negative-change').find((r) => r.record === 'figure from another source')!;
      expect(other.value).toBe('-12');
      expect(other.note).toBe('Stated as: -12 (=A1*2) @note');
    },
  },
  {
    name: 'a paper title with control characters (U+0008, U+001B, U+FFFE) that XML forbids',
    files: paper('2018-05-10-control-characters', '101', { title: 'Budget\u0008 report\u001B for \uFFFE2018' }),
    safe: (site) => {
      expect(feedItems(site, 'feeds/papers.xml').map((i) => i.title)).toContain('Budget report for 2018');
    },
  },
  {
    name: 'a paper title with a <script> element and an entity, which a feed reader must show as written',
    files: paper('2018-05-10-script-title', '102', { title: 'Fish &amp; chips <script>alert(1)</script>' }),
    safe: (site) => {
      expect(feedItems(site, 'feeds/papers.xml').map((i) => i.title)).toContain('Fish &amp; chips <script>alert(1)</script>');
    },
  },
  {
    name: 'a paper purpose with markup, which a feed reader reads as HTML in the description',
    files: paper('2018-05-10-markup-purpose', '103', { title: 'Markup in the purpose', purpose: 'To note <img src=x onerror=alert(1)> &amp; <b>act</b>.' }),
    safe: (site) => {
      const item = feedItems(site, 'feeds/papers.xml').find((i) => i.title === 'Markup in the purpose');
      expect(htmlText(item!.description)).toBe('Test Board, from the Chief Constable. To note <img src=x onerror=alert(1)> &amp; <b>act</b>.');
    },
  },
  {
    name: 'a decision summary that ends a CDATA section and opens a script in the decisions feed',
    files: {
      'decisions/2018-05-11-cdata-decision.yaml': validFiles['decisions/2018-05-10-a-decision.yaml']!
        .replace('title: A decision', 'title: A CDATA decision')
        .replace('date: 2018-05-10', 'date: 2018-05-11')
        .replace('summary: Decided.', `summary: ${yamlString(']]><script>alert(1)</script><![CDATA[ & \u0007done')}`),
    },
    safe: (site) => {
      const item = feedItems(site, 'feeds/decisions.xml').find((i) => i.title === 'A CDATA decision');
      expect(htmlText(item!.description)).toBe('Police and Crime Commissioner: ]]><script>alert(1)</script><![CDATA[ & done');
    },
  },
  {
    name: 'a board name with a line break that adds an event to its calendar',
    files: {
      'boards/evil-board.yaml': `name: ${yamlString(`Evil Board${injection}`)}\ndescription: A board with a hostile name.\norganisation: Test office\n`,
      ...meeting('evil-board', '2018-06-01'),
    },
    safe: (site) => {
      for (const file of ['calendar/evil-board.ics', 'calendar/meetings.ics']) {
        const lines = calendarLines(site, file);
        expect(lines.filter((l) => l.startsWith('SUMMARY:evil')), file).toEqual([]);
        expect(lines.filter((l) => l === 'BEGIN:VEVENT').length, file).toBe(lines.filter((l) => l.startsWith('UID:')).length);
      }
      const board = calendarLines(site, 'calendar/evil-board.ics');
      expect(board.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
      expect(board).toContain('X-WR-CALNAME:Evil Board\\nBEGIN:VEVENT\\nSUMMARY:evil meetings');
      expect(board).toContain('SUMMARY:Evil Board\\nBEGIN:VEVENT\\nSUMMARY:evil');
    },
  },
  {
    name: 'a meeting summary and venue with line breaks and iCalendar separators',
    files: meeting('test-board', '2018-06-14', { summary: `Summary; with, separators\\${injection}`, venue: `Room 1${injection}\u0007` }),
    safe: (site) => {
      const lines = calendarLines(site, 'calendar/test-board.ics');
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
      expect(lines.filter((l) => l.startsWith('SUMMARY:evil'))).toEqual([]);
      expect(lines).toContain('DESCRIPTION:Summary\\; with\\, separators\\\\\\nBEGIN:VEVENT\\nSUMMARY:evil');
      expect(lines).toContain('LOCATION:Room 1\\nBEGIN:VEVENT\\nSUMMARY:evil');
      const uids = calendarLines(site, 'calendar/meetings.ics').filter((l) => l.startsWith('UID:')).map((l) => l.slice(4, l.indexOf('@')));
      expect(uids.sort()).toEqual(['evil-board-2018-06-01', 'test-board-2018-05-10', 'test-board-2018-06-14']);
    },
  },
];
