// The transparency index: computed dates and statuses, the as-at date, the data file, and that publishing a
// paper moves the index without anyone editing it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPaths } from '../../../src/lib/sources/content-paths.ts';
import { formatReport } from '../../../src/lib/validation/problems.ts';
import { addMonths, asAtDate, countByStatus, latestFor, readTransparencyRequirements, statusOf, transparencyIndex, type TransparencyContent } from '../../../src/lib/model/transparency.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { requirementSchema, type Requirement } from '../../../src/schemas/transparency.ts';
import { makeContent, validFiles } from '../../helpers/content-fixture.ts';

describe('asAtDate', () => {
  it('uses SOURCE_DATE_EPOCH when it is set, so a build can be repeated exactly', () => {
    expect(asAtDate({ SOURCE_DATE_EPOCH: '1526256000' }, new Date('2030-01-01T00:00:00Z'))).toBe('2018-05-14');
  });
  it.each([[{}], [{ SOURCE_DATE_EPOCH: '' }], [{ SOURCE_DATE_EPOCH: 'yesterday' }]])('otherwise uses the build date (%o)', (env) => {
    expect(asAtDate(env, new Date('2021-06-01T12:00:00Z'))).toBe('2021-06-01');
  });
});

describe('addMonths', () => {
  it.each([
    ['2018-05-10', 2, '2018-07-10'],
    ['2018-01-31', 1, '2018-02-28'],
    ['2016-01-31', 1, '2016-02-29'],
    ['2018-11-15', 2, '2019-01-15'],
    ['2018-03-22', 24, '2020-03-22'],
  ])('%s + %i months = %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));
});

describe('statusOf', () => {
  it.each([
    [undefined, 2, '2018-06-01', 'not yet published here'],
    [undefined, undefined, '2018-06-01', 'not yet published here'],
    ['2018-05-10', undefined, '2030-01-01', 'published'],
    ['2018-05-10', 2, '2018-07-10', 'published'],
    ['2018-05-10', 2, '2018-07-11', 'overdue'],
    ['2018-03-22', 24, '2026-11-22', 'overdue'],
  ] as const)('last %s, overdue after %s months, as at %s: %s', (last, months, asAt, expected) => {
    expect(statusOf(last, months, asAt).status).toBe(expected);
  });
  it('says when the next publication is due', () => {
    expect(statusOf('2018-05-10', 2, '2018-06-01')).toEqual({ status: 'published', dueBy: '2018-07-10' });
  });
});

const requirement = (id: string, rule: unknown, overdueAfterMonths?: number): Requirement =>
  requirementSchema.parse({
    id,
    title: id,
    requirement: `About ${id}.`,
    clause: 'Schedule, Part 1',
    clauseSource: { title: 'The Order' },
    frequency: { text: 'Often', checked: false, source: 'Test', ...(overdueAfterMonths ? { overdueAfterMonths } : {}) },
    lives: 'none',
    rule,
  });

// Entries in the shape the index reads; the fields not used are filled in by the schemas' defaults.
const meeting = (id: string, date: string, extra: object = {}) => ({ id, data: { board: 'b', date, status: 'held', summary: 's', present: [], inAttendance: [], apologies: [], agenda: [], actions: [], sources: [{ title: 't' }], ...extra } });
const paper = (id: string, date: string, extra: object = {}) => ({ id, data: { title: id, board: 'b', meeting: 'm', from: 'x', date, classification: 'OFFICIAL', status: 'final', markedDraft: false, purpose: 'p', recommendations: ['r'], contacts: [], backgroundDocuments: [], themes: [], topics: [], appendices: [], source: { title: 't' }, ...extra } });
const inspection = (id: string, published: string, programme?: string) => ({ id, data: { title: id, inspectorate: 'HMIC', published, summary: 's', scope: 'force', findingsInSources: true, papers: [], meetings: [], findings: [], source: { title: 't' }, ...(programme ? { programme } : {}) } });
const content = {
  meetings: [meeting('m1', '2018-04-12', { minutes: { status: 'draft' }, agenda: [{ item: '1', title: 'x' }] }), meeting('m2', '2018-05-10', { agenda: [{ item: '1', title: 'x' }] }), meeting('m3', '2018-06-14', { status: 'cancelled' })],
  papers: [paper('p1', '2018-05-10'), paper('p2', '2018-06-01', { status: 'draft' }), paper('p0', '2018-05-10', { board: 'panel' })],
  decisions: [{ id: 'd1', data: { title: 'd', date: '2018-04-12', decisionMaker: 'PCC', summary: 's', source: { title: 't' } } }],
  inspections: [inspection('peel-2016', '2016-02-01', 'PEEL'), inspection('custody', '2018-02-08', 'custody'), inspection('peel-2018', '2018-03-22', 'PEEL')],
} as unknown as TransparencyContent;

describe('latestFor', () => {
  it.each([
    [{ kind: 'none' }, undefined],
    [{ kind: 'latest-meeting', with: 'any' }, '2018-05-10 meeting m2'],
    [{ kind: 'latest-meeting', with: 'minutes' }, '2018-04-12 meeting m1'],
    [{ kind: 'latest-meeting', with: 'agenda' }, '2018-05-10 meeting m2'],
    [{ kind: 'latest-paper' }, '2018-05-10 paper p0'],
    [{ kind: 'latest-paper', board: 'b' }, '2018-05-10 paper p1'],
    [{ kind: 'latest-decision' }, '2018-04-12 decision d1'],
    [{ kind: 'latest-inspection' }, '2018-03-22 inspection peel-2018'],
    [{ kind: 'latest-inspection', programme: 'custody' }, '2018-02-08 inspection custody'],
  ] as const)('%o finds %s (cancelled meetings and draft papers never count)', (rule, expected) => {
    const latest = latestFor(rule as never, content);
    expect(latest ? `${latest.date} ${latest.from?.kind} ${latest.from?.id}` : undefined).toBe(expected);
  });
});

describe('requirementSchema', () => {
  it('accepts a site path by name, or none', () => {
    expect(requirement('a', { kind: 'none' }).lives).toBe('none');
    expect(() => requirementSchema.parse({ ...requirement('a', { kind: 'none' }), lives: 'papers' })).not.toThrow();
  });
  it.each([
    [{ lives: 'paper' }, 'lives'],
    [{ lives: '/papers/' }, 'lives'],
    [{ rule: { kind: 'latest-everything' } }, 'rule.kind'],
    [{ rule: { kind: 'latest-meeting', with: 'papers' } }, 'rule.with'],
    [{ rule: { kind: 'all-of', requirements: [] } }, 'rule.requirements'],
    [{ frequency: { text: 'Monthly', checked: true, source: 'x', overdueAfterMonths: 0 } }, 'frequency.overdueAfterMonths'],
  ])('rejects %o', (change, field) => {
    const result = requirementSchema.safeParse({ ...requirement('a', { kind: 'none' }), ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('transparencyIndex', () => {
  const rows = transparencyIndex(
    [
      requirement('reports', { kind: 'latest-paper' }),
      requirement('spending', { kind: 'none' }, 2),
      requirement('peel', { kind: 'latest-inspection', programme: 'PEEL' }, 24),
      requirement('minutes', { kind: 'latest-meeting', with: 'minutes' }, 2),
      requirement('prominent', { kind: 'all-of', requirements: ['peel', 'minutes'] }),
      requirement('prominent-with-gap', { kind: 'all-of', requirements: ['peel', 'spending'] }),
    ],
    content,
    '2018-06-20',
  );
  const byId = new Map(rows.map((row) => [row.requirement.id, row]));

  it('gives one row per requirement, in order, with a computed date and status', () => {
    expect(rows.map((row) => [row.requirement.id, row.lastPublished, row.status])).toEqual([
      ['reports', '2018-05-10', 'published'],
      ['spending', undefined, 'not yet published here'],
      ['peel', '2018-03-22', 'published'],
      ['minutes', '2018-04-12', 'overdue'],
      ['prominent', '2018-03-22', 'overdue'],
      ['prominent-with-gap', undefined, 'not yet published here'],
    ]);
  });

  it('names the item each date comes from', () => {
    expect(byId.get('peel')?.from).toEqual({ kind: 'inspection', id: 'peel-2018' });
    expect(byId.get('minutes')?.dueBy).toBe('2018-06-12');
  });

  it('counts the statuses', () => {
    expect(countByStatus(rows)).toEqual({ published: 2, 'not yet published here': 2, overdue: 2 });
  });

  it('refuses a rule that refers to itself through another', () => {
    expect(() => transparencyIndex([requirement('a', { kind: 'all-of', requirements: ['b'] }), requirement('b', { kind: 'all-of', requirements: ['a'] })], content, '2018-06-20')).toThrow(/refers/);
  });
});

describe('data/transparency-requirements.yaml', () => {
  const { root, dataDir, contentDir } = contentPaths();
  const { file, problems } = readTransparencyRequirements(root, dataDir);

  it('is valid', () => {
    expect(problems, formatReport(problems)).toEqual([]);
  });

  it('covers every requirement of the Order as amended, each with its clause and where that clause was checked', () => {
    const clauses = file!.requirements.map((r) => r.clause).join(' | ');
    for (const clause of ['paragraph 1(a)', 'paragraph 2 ', 'paragraph 2A', 'paragraph 3(a)', 'paragraph 3(f)', 'paragraph 3(g)', 'paragraph 3(h)', 'paragraph 4(a)', 'paragraph 4(b)', 'paragraph 5(a)', 'paragraph 5(b)', 'paragraph 5(c)', 'paragraph 5(d)', 'paragraph 6', 'paragraph 7 ', 'paragraph 7A', 'paragraph 7B', 'paragraph 7C', 'Part 3', 'paragraph 8']) {
      expect(`${clauses} `, clause).toContain(clause);
    }
    for (const r of file!.requirements) expect(r.clauseSource.title, r.id).toBeTruthy();
    expect(file!.order.amendments.map((a) => a.title).join(' ')).toMatch(/2012\/2479.*2013\/1816.*2021\/547/);
  });

  it('marks overdue only rows with a period, and gives a period only where the timing was checked or explained', () => {
    for (const r of file!.requirements) {
      if (r.frequency.overdueAfterMonths !== undefined && !r.frequency.checked) expect(r.frequency.source, r.id).toMatch(/own rule/);
    }
    expect(file!.requirements.find((r) => r.id === 'spending-over-500')?.frequency).toMatchObject({ checked: true, overdueAfterMonths: 2 });
  });

  it('gives the real content the dates a reader would expect', () => {
    const { content: real } = validateContent(root, contentDir);
    const rows = new Map(transparencyIndex(file!.requirements, real, '2018-06-20').map((row) => [row.requirement.id, row]));
    expect(rows.get('reports')?.lastPublished).toBe('2018-05-10');
    expect(rows.get('decisions')?.lastPublished).toBe('2018-04-12');
    expect(rows.get('latest-peel-report')).toMatchObject({ lastPublished: '2018-03-22', status: 'published', from: { kind: 'inspection', id: 'hmicfrs-peel-effectiveness-2017' } });
    expect(rows.get('spending-over-500')?.status).toBe('not yet published here');
    expect(rows.get('prominent-place')?.status).toBe('not yet published here');
  });
});

describe('publishing a paper moves the index, which nobody edits', () => {
  const { root, dataDir, contentDir } = contentPaths();
  const requirements = readTransparencyRequirements(root, dataDir).file!.requirements;
  const before = fs.readFileSync(path.join(dataDir, 'transparency-requirements.yaml'), 'utf8');
  const reportsRow = (dir: string) => {
    const { content, problems } = validateContent(path.dirname(dir), dir);
    expect(problems, formatReport(problems)).toEqual([]);
    return transparencyIndex(requirements, content, '2018-07-01').find((row) => row.requirement.id === 'reports')!;
  };

  it('in a temporary copy of the real content: a new meeting with a new paper moves "Reports to public meetings"', () => {
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-transparency-')), 'content');
    fs.cpSync(contentDir, copy, { recursive: true });
    expect(reportsRow(copy).lastPublished).toBe('2018-05-10');

    fs.writeFileSync(
      path.join(copy, 'meetings', 'business-coordination-board-2018-06-14.md'),
      ['---', 'board: business-coordination-board', 'date: 2018-06-14', 'status: held', 'summary: A test meeting.', 'agenda:', '  - item: "4"', '    title: A test paper', '    paper: 2018-06-14-test-paper', 'sources:', '  - title: Test pack', '---', ''].join('\n'),
    );
    fs.writeFileSync(
      path.join(copy, 'papers', '2018-06-14-test-paper.md'),
      ['---', 'title: A test paper', 'board: business-coordination-board', 'meeting: business-coordination-board-2018-06-14', 'agendaItem: "4"', 'from: Chief Constable', 'date: 2018-06-14', 'classification: OFFICIAL', 'status: final', 'purpose: To test.', 'recommendations:', '  - To note the report.', 'source:', '  title: Test pack', '---', '', 'Text.', ''].join('\n'),
    );
    const row = reportsRow(copy);
    expect(row.lastPublished).toBe('2018-06-14');
    expect(row.from).toEqual({ kind: 'paper', id: '2018-06-14-test-paper' });
    expect(fs.readFileSync(path.join(dataDir, 'transparency-requirements.yaml'), 'utf8')).toBe(before);
  });

  it('in the small test fixture: a later paper for the same board moves the date; a draft does not', () => {
    const paperFile = (date: string, status: string) =>
      validFiles['papers/2018-05-10-a-paper.md']!.replace('title: A paper', 'title: A later paper').replace('agendaItem: "1"', 'agendaItem: "2"').replace('date: 2018-05-10', `date: ${date}`).replace('status: final', `status: ${status}`);
    expect(reportsRow(makeContent().contentDir).lastPublished).toBe('2018-05-10');
    expect(reportsRow(makeContent({ 'papers/2018-05-24-later.md': paperFile('2018-05-24', 'final') }).contentDir).lastPublished).toBe('2018-05-24');
    expect(reportsRow(makeContent({ 'papers/2018-05-24-later.md': paperFile('2018-05-24', 'draft') }).contentDir).lastPublished).toBe('2018-05-10');
  });
});
