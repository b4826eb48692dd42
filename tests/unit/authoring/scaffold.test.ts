// npm run new: the names, defaults, placeholders and agenda edit of src/lib/authoring/scaffold.ts, on a small valid site.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../../src/lib/validation/problems.ts';
import {
  addPaperToAgenda,
  askQuestions,
  kinds,
  nextAgendaItem,
  parseDocumentRef,
  parsePerson,
  planAgendaSlot,
  planNew,
  questions,
  readContentIndex,
  renderFile,
  schemas,
  slugify,
  todayInLondon,
  type Answers,
  type Kind,
  type Plan,
} from '../../../src/lib/authoring/scaffold.ts';
import { readSchemaDocs } from '../../../src/lib/authoring/schema-docs.ts';
import { shapeOf } from '../../../src/lib/authoring/schema-fields.ts';
import { splitFrontmatter } from '../../../src/lib/authoring/yaml-edit.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { makeContent, validFiles } from '../../helpers/content-fixture.ts';

const docs = readSchemaDocs();
const meetingId = 'test-board-2018-05-10';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function site() {
  const { root, contentDir } = makeContent();
  made.push(root);
  return { root, contentDir, index: () => readContentIndex(root, contentDir) };
}

function plan(kind: Kind, answers: Answers, where = site()): Plan {
  const result = planNew({ kind, answers, index: where.index(), docs, today: '2018-06-01' });
  if ('problems' in result) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result;
}

function problems(kind: Kind, answers: Answers, where = site()): string[] {
  const result = planNew({ kind, answers, index: where.index(), docs, today: '2018-06-01' });
  return 'problems' in result ? result.problems.map(formatProblem) : [];
}

function write(where: ReturnType<typeof site>, result: Plan): void {
  for (const { file, text } of result.files) fs.writeFileSync(path.join(where.root, file), text);
}

const paper: Answers = {
  meeting: meetingId,
  title: 'Fire update',
  from: 'Chief Executive',
  classification: 'OFFICIAL',
  purpose: 'To update the Board.',
  recommendation: ['To note the report.'],
  source: 'Test pack',
};

describe('small helpers', () => {
  it.each([
    ['2018-03-24T23:30:00Z', '2018-03-24'],
    ['2018-06-30T23:30:00Z', '2018-07-01'],
    ['2018-12-31T23:59:00Z', '2018-12-31'],
  ])('today in London at %s is %s', (instant, date) => expect(todayInLondon(new Date(instant))).toBe(date));

  it.each([
    ['Update on Fire and Rescue Governance', 'update-on-fire-and-rescue-governance'],
    ['HMICFRS – Custody – update on recommendations made by HMIP/HMICFRS', 'hmicfrs-custody-update-on-recommendations-made-by'],
    ['Treasury Management Strategy Statement 2018/19', 'treasury-management-strategy-statement-2018-19'],
    ['Café & “quotes”', 'cafe-and-quotes'],
  ])('slugify(%j) is %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it.each([
    [[], '1'],
    [['1', '2', '3'], '4'],
    [['4.0', '10.0', undefined, '5'], '11'],
    [['A', '2.1'], '3'],
  ])('the next agenda item after %j is %s', (used, next) => expect(nextAgendaItem(used)).toBe(next));

  it('reads "Name, Role" and "Title | address"', () => {
    expect(parsePerson('Natalie Benton, Chief Executive, Office of the Police and Crime Commissioner')).toEqual({ name: 'Natalie Benton', role: 'Chief Executive, Office of the Police and Crime Commissioner' });
    expect(parsePerson('Jane Smith')).toEqual({ name: 'Jane Smith' });
    expect(parseDocumentRef('Policing and Crime Act 2017 | http://www.legislation.gov.uk/ukpga/2017/3/contents/enacted')).toEqual({ title: 'Policing and Crime Act 2017', url: 'http://www.legislation.gov.uk/ukpga/2017/3/contents/enacted' });
  });
});

describe('npm run new -- meeting', () => {
  it('writes <board>-<date>.md with today as the default date, scheduled, and the agenda items numbered', () => {
    const where = site();
    const result = plan('meeting', { board: 'test-board', summary: 'A meeting.', source: 'Pack', item: ['Welcome', 'Minutes'], 'start-time': '14:00' }, where);
    expect(result.id).toBe('test-board-2018-06-01');
    expect(result.files.map((f) => f.file)).toEqual(['content/meetings/test-board-2018-06-01.md']);
    const text = result.files[0]!.text;
    expect(text).toMatch(/^date: 2018-06-01$/m);
    expect(text).toMatch(/^status: scheduled$/m);
    expect(text).toMatch(/^startTime: "14:00"$/m);
    expect(text).toContain('agenda:\n  - item: "1"\n    title: Welcome\n  - item: "2"\n    title: Minutes\n');
    write(where, result);
    expect(validateContent(where.root, where.contentDir).problems).toEqual([]);
  });

  it('refuses an unknown board, an impossible date and a meeting that already exists, all at once', () => {
    expect(problems('meeting', { board: 'no-board', date: '2018-02-30', summary: 'x', source: 'y' })).toEqual([
      'npm run new  --board  "no-board" is not a board: there is no file content/boards/no-board.yaml — use one of: test-board',
      'npm run new  --date  is "2018-02-30" — must be a real calendar date: check the month (01 to 12) and the day',
    ]);
    expect(problems('meeting', { board: 'test-board', date: '2018-05-10', summary: 'x', source: 'y' })).toEqual([
      `npm run new  --date  there is already a meeting of test-board on 2018-05-10: content/meetings/${meetingId}.md — edit that file instead, or check the date`,
    ]);
  });

  it('says which flags are missing, with what each is for', () => {
    expect(problems('meeting', {})).toEqual([
      'npm run new  --board  is missing — add --board "…": Id of the board that met (a file name in content/boards without .yaml)',
      'npm run new  --summary  is missing — add --summary "…": One or two sentences on what this meeting is known for, used in lists',
      'npm run new  --source  is missing — add --source "…": Title of the source document',
    ]);
  });
});

describe('npm run new -- paper', () => {
  it('writes a draft named <date>-<short title>, takes the next free agenda item and adds it to the agenda', () => {
    const where = site();
    const result = plan('paper', { ...paper, date: '2018-05-10' }, where);
    expect(result.id).toBe('2018-05-10-fire-update');
    const [written, meeting] = result.files;
    expect(written!.file).toBe('content/papers/2018-05-10-fire-update.md');
    expect(written!.text).toMatch(/^status: draft$/m);
    expect(written!.text).toMatch(/^board: test-board$/m);
    expect(written!.text).toMatch(/^agendaItem: "2"$/m);
    expect(meeting!.file).toBe(`content/meetings/${meetingId}.md`);
    expect(meeting!.text).toContain('  - item: "2"\n    title: Fire update\n    paper: 2018-05-10-fire-update\n');
    expect(result.notes).toContain(`Added it to the agenda of content/meetings/${meetingId}.md as item 2.`);
    write(where, result);
    expect(validateContent(where.root, where.contentDir).problems).toEqual([]);
    // A second paper takes the next number after that.
    expect(plan('paper', { ...paper, title: 'Second', date: '2018-05-10' }, where).files[0]!.text).toMatch(/^agendaItem: "3"$/m);
  });

  it('uses today when no date is given, and takes the board from the meeting', () => {
    const result = plan('paper', paper);
    expect(result.id).toBe('2018-06-01-fire-update');
    expect(result.files[0]!.text).toMatch(/^date: 2018-06-01$/m);
  });

  it('links an agenda item of the same title that has no paper yet, instead of adding one', () => {
    const where = site();
    const meetingFile = path.join(where.contentDir, `meetings/${meetingId}.md`);
    fs.writeFileSync(meetingFile, fs.readFileSync(meetingFile, 'utf8').replace('sources:', '  - item: "7"\n    title: Fire Update\nsources:'));
    const result = plan('paper', paper, where);
    expect(result.files[0]!.text).toMatch(/^agendaItem: "7"$/m);
    expect(result.files[1]!.text).toContain('  - item: "7"\n    title: Fire Update\n    paper: 2018-06-01-fire-update\n');
    expect(result.notes[1]).toMatch(/^Linked it from agenda item 7/);
  });

  it('refuses an unknown meeting (and does not ask for the board too), and a taken agenda item', () => {
    expect(problems('paper', { ...paper, meeting: 'test-board-2018-06-01' })).toEqual([
      'npm run new  --meeting  "test-board-2018-06-01" is not a meeting: there is no file content/meetings/test-board-2018-06-01.md — use the file name (without .md) of a meeting in content/meetings, for example test-board-2018-05-10, or add the meeting first with npm run new -- meeting',
    ]);
    expect(problems('paper', { ...paper, 'agenda-item': '1' })).toEqual([
      `npm run new  --agenda-item  "1" is already the agenda item of paper 2018-05-10-a-paper at meeting ${meetingId} — use the next free number, 2, or leave --agenda-item out`,
    ]);
    expect(problems('paper', { ...paper, board: 'other-board' })[0]).toContain(`--board  is "other-board" but meeting ${meetingId} is of board "test-board"`);
  });

  it('accepts an allowed value written in another case, and refuses one that is not allowed', () => {
    expect(plan('paper', { ...paper, classification: 'official' }).files[0]!.text).toMatch(/^classification: OFFICIAL$/m);
    expect(problems('paper', { ...paper, classification: 'Confidential' })).toEqual([
      'npm run new  --classification  is "Confidential" — must be one of: Public report, OFFICIAL, None printed, OFFICIAL-SENSITIVE, SECRET, TOP SECRET',
    ]);
  });

  it('never overwrites a paper', () => {
    expect(problems('paper', { ...paper, date: '2018-05-10', slug: 'a-paper' })).toEqual([
      'npm run new  --slug  the file content/papers/2018-05-10-a-paper.md already exists — choose another short title with --slug, or edit that file instead',
    ]);
  });
});

describe('npm run new -- decision', () => {
  it('writes <date>-<short title>.yaml in content/decisions', () => {
    const where = site();
    const result = plan('decision', { title: 'Treasury Management Strategy Statement 2018/19', 'decision-maker': 'Business Coordination Board', meeting: meetingId, summary: 'Approved.', source: 'Minutes' }, where);
    expect(result.files.map((f) => f.file)).toEqual(['content/decisions/2018-06-01-treasury-management-strategy-statement-2018-19.yaml']);
    write(where, result);
    expect(validateContent(where.root, where.contentDir).problems).toEqual([]);
  });

  it('refuses a meeting or paper that does not exist', () => {
    const found = problems('decision', { title: 'x', 'decision-maker': 'y', meeting: 'no-meeting', paper: 'no-paper', summary: 'z', source: 's' });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^npm run new {2}--meeting {2}"no-meeting" is not a meeting/);
    expect(found[1]).toMatch(/^npm run new {2}--paper {2}"no-paper" is not a paper: there is no file content\/papers\/no-paper\.md/);
  });
});

describe('placeholders for optional fields', () => {
  const written: Record<Kind, string> = {
    meeting: plan('meeting', { board: 'test-board', summary: 'A meeting.', source: 'Pack' }).files[0]!.text,
    paper: plan('paper', paper).files[0]!.text,
    decision: plan('decision', { title: 'x', 'decision-maker': 'y', summary: 'z', source: 's' }).files[0]!.text,
  };
  const yamlOf = (kind: Kind, text: string) => (schemas[kind].extension === '.md' ? splitFrontmatter(text)!.frontmatter : text);

  it.each(kinds)('a new %s has every field of its schema, written or as a commented placeholder, in schema order', (kind) => {
    const yaml = yamlOf(kind, written[kind]);
    const keys = [...yaml.matchAll(/^(?:# )?([a-zA-Z]+):/gm)].map((m) => m[1]!);
    expect(keys).toEqual(Object.keys(shapeOf(schemas[kind].schema)!));
  });

  it.each(kinds)('uncommenting every placeholder of a new %s gives fields the check knows, waiting for their values', (kind) => {
    // The example item above a list written empty (a meeting's `agenda: []`) is not a placeholder: leave it out.
    const yaml = yamlOf(kind, written[kind]).replace(/^# .* Replace \[\] with the items.*\n(?:#  .*\n)+/gm, '');
    const uncommented = yaml.replace(/^(\s*)# (?=[a-zA-Z]+:|\s+-|\s*-)/gm, '$1');
    const document = parseDocument(uncommented);
    expect(document.errors).toEqual([]);
    const result = schemas[kind].schema.safeParse(document.toJS());
    // Every issue is an empty value to fill in: none is an unknown field or a wrong structure.
    const issues = result.success ? [] : result.error.issues;
    expect(issues.filter((issue) => issue.code === 'unrecognized_keys')).toEqual([]);
    const valueAt = (p: readonly PropertyKey[]) => p.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | null)?.[k], document.toJS());
    for (const issue of issues) expect([null, undefined], `${kind}: ${issue.path.join('.')}: ${issue.message}`).toContain(valueAt(issue.path));
  });

  it('explains each placeholder with the JSDoc of its field', () => {
    expect(written.meeting).toContain('# Where the meeting takes place, as printed. [text]\n# venue:\n');
    expect(written.paper).toContain('# Contact officers named on the paper.\n# contacts:\n#   - name:\n#     role:\n#     email:\n#     phone:\n');
    expect(written.decision).toContain('# Where in the minutes or notice it is recorded, for example "Minutes 14.1-14.2, action 14.3 (i)". [text]\n# reference:\n');
  });

  it('renders a given group with placeholders for its own optional fields', () => {
    const text = renderFile('decision', { title: 't', date: '2018-05-10', decisionMaker: 'd', summary: 's', source: { title: 'Minutes' } }, docs);
    expect(text).toContain('source:\n  title: Minutes\n  # Page, section or paragraph, when useful. [text]\n  # location:\n');
  });
});

describe('the meeting agenda edit', () => {
  it('keeps the comments, order and body of the meeting file', () => {
    const text = '---\n# A comment at the top\nboard: b\n# About the agenda\nagenda: []\nsources:\n  - title: Pack\n# corrections:\n#   - date:\n---\n\n## Minutes\n\nText {kept}.\n';
    expect(addPaperToAgenda(text, 'm.md', { item: '1', title: 'Fire: update', paper: 'p' })).toBe(
      '---\n# A comment at the top\nboard: b\n# About the agenda\nagenda:\n  - item: "1"\n    title: "Fire: update"\n    paper: p\nsources:\n  - title: Pack\n# corrections:\n#   - date:\n---\n\n## Minutes\n\nText {kept}.\n',
    );
  });

  it('inserts an item in number order, and adds an agenda to a meeting that has none, where the schema puts it', () => {
    const text = validFiles[`meetings/${meetingId}.md`]!.replace('  - item: "1"', '  - item: "3"');
    expect(addPaperToAgenda(text, 'm.md', { item: '2', title: 'Two', paper: 'p2' })).toContain('agenda:\n  - item: "2"\n    title: Two\n    paper: p2\n  - item: "3"');
    const none = '---\nboard: b\nsummary: s\nsources:\n  - title: Pack\n---\n';
    expect(addPaperToAgenda(none, 'm.md', { item: '1', title: 'One', paper: 'p' })).toBe('---\nboard: b\nsummary: s\nagenda:\n  - item: "1"\n    title: One\n    paper: p\nsources:\n  - title: Pack\n---\n');
  });

  it('plans the slot: a requested free number, a requested item of the agenda, or the next free one', () => {
    const agenda = [{ item: '1', title: 'Welcome' }, { item: '2', title: 'Finance', paper: 'x' }, { item: '3', title: 'Fire update' }];
    const papers = [{ id: 'x', agendaItem: '2' }];
    expect(planAgendaSlot('m', agenda, papers, 'Fire update')).toEqual({ item: '3', mode: 'link' });
    expect(planAgendaSlot('m', agenda, papers, 'Other')).toEqual({ item: '4', mode: 'add' });
    expect(planAgendaSlot('m', agenda, papers, 'Other', '1')).toEqual({ item: '1', mode: 'link' });
    expect(planAgendaSlot('m', agenda, papers, 'Other', '9')).toEqual({ item: '9', mode: 'add' });
    expect((planAgendaSlot('m', agenda, papers, 'Other', '2.0') as { problem: Problem }).problem.message).toBe('"2.0" is already the agenda item of paper x at meeting m');
  });
});

describe('asking in a terminal', () => {
  it('asks each question in turn, lists line by line, and builds the same file as the flags', async () => {
    const replies = ['', 'Fire update', '', '', '', 'Chief Executive', '', 'official', '', '', 'To update the Board.', 'To note the report.', '', '', '', '', '', '', 'Test pack', '', ''];
    const prompts: string[] = [];
    const answers = await askQuestions('paper', { meeting: meetingId }, docs, async (prompt) => {
      prompts.push(prompt);
      return replies.shift() ?? '';
    });
    expect(prompts[0]).toMatch(/^--board: Id of the board the paper went to\. \(the meeting's board if left empty\)\n> $/);
    expect(prompts.find((p) => p.startsWith('--classification'))).toContain('[one of: Public report, OFFICIAL, None printed, OFFICIAL-SENSITIVE, SECRET, TOP SECRET]');
    expect(prompts.find((p) => p.startsWith('--recommendation'))).toContain('One per line; an empty line ends the list.');
    expect(answers).toMatchObject({ title: 'Fire update', from: 'Chief Executive', recommendation: ['To note the report.'], source: 'Test pack' });
    expect(plan('paper', answers).files[0]!.text).toBe(plan('paper', paper).files[0]!.text);
  });

  it('has a question for every flag, and every field of the schemas is asked or has a placeholder', () => {
    for (const kind of kinds) {
      const flags = questions[kind].map((q) => q.flag);
      expect(new Set(flags).size, kind).toBe(flags.length);
    }
  });
});
