import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/lib/validate-content.ts';
import { makeContent, withLine } from '../helpers/content-fixture.ts';

const paper = 'papers/2018-05-10-a-paper.mdx';
const meeting = 'meetings/test-board-2018-05-10.mdx';
const decision = 'decisions/2018-05-10-a-decision.yaml';

function problemsFor(overrides: Record<string, string | null>) {
  const { root, contentDir } = makeContent(overrides);
  return validateContent(root, contentDir).problems.map(formatProblem);
}

describe('valid content', () => {
  it('has no problems and loads every collection', () => {
    const { root, contentDir } = makeContent();
    const { problems, content } = validateContent(root, contentDir);
    expect(problems).toEqual([]);
    expect(content.papers.map((p) => p.id)).toEqual(['2018-05-10-a-paper']);
    expect(content.meetings[0]!.data.date).toBe('2018-05-10');
  });
});

// Each case: what is broken, the files, and what the one message must say (file:line, field, fix).
describe.each([
  ['a paper with no title', withLine(paper, 'title: A paper\n', ''), /^content\/papers\/2018-05-10-a-paper\.mdx:2 {2}title {2}is missing — add it: every paper needs "title"$/],
  ['a paper naming a meeting that does not exist', withLine(paper, 'meeting: test-board-2018-05-10', 'meeting: test-board-2018-06-01'), /^content\/papers\/2018-05-10-a-paper\.mdx:4 {2}meeting {2}"test-board-2018-06-01" is not a meeting: there is no file content\/meetings\/test-board-2018-06-01\.mdx — use the file name .* for example test-board-2018-05-10$/],
  ['an impossible date', withLine(paper, 'date: 2018-05-10', 'date: 2018-13-40'), /^content\/papers\/2018-05-10-a-paper\.mdx:7 {2}date {2}is "2018-13-40" — must be a real calendar date/],
  ['a date written the British way', withLine(paper, 'date: 2018-05-10', 'date: 10/05/2018'), /:7 {2}date {2}is "10\/05\/2018" — must be a date written YYYY-MM-DD/],
  ['a misspelt field', withLine(paper, 'purpose:', 'purpuse:'), /^content\/papers\/2018-05-10-a-paper\.mdx:10 {2}purpuse {2}is not a field of a paper — did you mean "purpose"\? Correct the spelling$/],
  ['an unknown classification', withLine(paper, 'classification: OFFICIAL', 'classification: Secret-ish'), /:8 {2}classification {2}is "Secret-ish" — must be one of: Public report, OFFICIAL/],
  ['recommendations that are not a list', withLine(paper, 'recommendations:\n  - To note the report.', 'recommendations: 3'), /:11 {2}recommendations {2}is 3 — must be a list \(lines starting "- "\)$/],
  ['malformed YAML frontmatter', withLine(paper, 'purpose: To test.', 'purpose: [unclosed'), /^content\/papers\/2018-05-10-a-paper\.mdx:\d+ {2}\(YAML\) {2}cannot be read/],
  ['a file with no frontmatter', { [paper]: '# Just text\n' }, /:1 {2}\(frontmatter\) {2}is missing — start the file with a line "---"/],
  ['a meeting of an unknown board', withLine(meeting, 'board: test-board', 'board: no-such-board'), /^content\/meetings\/test-board-2018-05-10\.mdx:2 {2}board {2}"no-such-board" is not a board: there is no file content\/boards\/no-such-board\.yaml/],
  ['an agenda linking a paper that does not exist', withLine(meeting, 'paper: 2018-05-10-a-paper', 'paper: 2018-05-10-missing'), /:10 {2}agenda\[0\]\.paper {2}"2018-05-10-missing" is not a paper/],
  ['a time without quotes is read as text but must be HH:MM', withLine(meeting, 'startTime: "14:00"', 'startTime: 2pm'), /:4 {2}startTime {2}is "2pm" — must be a time written "HH:MM"/],
  ['an unknown meeting status', withLine(meeting, 'status: held', 'status: done'), /:5 {2}status {2}is "done" — must be scheduled, held or cancelled/],
  ['a decision citing an unknown meeting', withLine(decision, 'meeting: test-board-2018-05-10', 'meeting: nope'), /^content\/decisions\/2018-05-10-a-decision\.yaml:4 {2}meeting {2}"nope" is not a meeting/],
  ['an unknown field', withLine(paper, 'purpose:', 'colour: blue\npurpose:'), /:10 {2}colour {2}is not a field of a paper — check the spelling, or remove it\. The fields are: title, board, meeting/],
  ['a file name that is not an id', { 'papers/My Paper.mdx': '---\ntitle: x\n---\n' }, /^content\/papers\/My Paper\.mdx {2}\(file name\) {2}"My Paper" is not a valid id/],
  ['a board file in the wrong format', { 'boards/extra.json': '{}' }, /^content\/boards\/extra\.json {2}\(file name\) {2}is not a \.yaml file/],
])('%s', (_name, overrides, expected) => {
  it('gives one message naming the file, line, field and fix', () => {
    const problems = problemsFor(overrides);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });
});

describe('several problems at once', () => {
  it('reports all three in one run, in file order', () => {
    const overrides = {
      ...withLine(paper, 'title: A paper\n', ''),
      'papers/2018-05-10-second.mdx': validFilesWith('meeting: test-board-2018-05-10', 'meeting: unknown-meeting', '"1"', '"2"'),
      'papers/2018-05-10-third.mdx': validFilesWith('date: 2018-05-10', 'date: 2018-13-40', '"1"', '"3"'),
    };
    const { root, contentDir } = makeContent(overrides);
    const { problems } = validateContent(root, contentDir);
    expect(problems).toHaveLength(3);
    const report = formatReport(problems);
    expect(report).toMatch(/^Content check found 3 problems\. Nothing was published\./);
    expect(report).toContain('content/papers/2018-05-10-a-paper.mdx:2  title  is missing');
    expect(report).toContain('content/papers/2018-05-10-second.mdx:4  meeting  "unknown-meeting" is not a meeting');
    expect(report).toContain('content/papers/2018-05-10-third.mdx:7  date  is "2018-13-40"');
  });
});

function validFilesWith(from: string, to: string, itemFrom: string, itemTo: string): string {
  return Object.values(withLine(paper, from, to))[0]!.replace(`agendaItem: ${itemFrom}`, `agendaItem: ${itemTo}`);
}
