import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/validation/problems.ts';
import { expectProblem } from '../../helpers/expect-problem.ts';
import { describePlan, validatePlan } from '../../../src/lib/validation/validate-plan.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures/plan', name);
const references = { indicators: new Set(['all-recorded-crime']), papers: new Set(['2018-05-10-a-paper']) };

describe('validatePlan on a valid folder', () => {
  const { themes, actions, problems } = validatePlan(root, fixture('valid'), references);

  it('reads every theme and action with no problems, in the plan order', () => {
    expect(problems).toEqual([]);
    expect(themes.map((t) => t.id)).toEqual(['victims', 'offenders']);
    expect(actions.map((a) => a.data.id)).toEqual(['V1', 'O2', 'O2.1', 'O2.2']);
  });

  it('keeps every dated update and points at the lines of each file', () => {
    const v1 = actions.find((a) => a.data.id === 'V1')!;
    expect(v1.data.updates.map((u) => [u.date, u.status])).toEqual([['2018-05-10', 'not-stated'], ['2018-08-09', 'green']]);
    expect(v1.source.lineOf(['updates', 1, 'status'])).toBe(18);
    expect(themes[1]!.source.lineOf(['aim'])).toBe(5);
  });

  it('lets an action reported in parts have no update of its own', () => {
    expect(actions.find((a) => a.data.id === 'O2')!.data.updates).toEqual([]);
  });

  it('describes what it read', () => expect(describePlan({ themes, actions })).toBe('2 plan themes, 2 actions and 2 parts, 4 updates'));

  it('treats a data folder without plan/ as empty and valid', () => {
    expect(validatePlan(root, fixture('no-such-folder'))).toEqual({ themes: [], actions: [], problems: [] });
  });
});

describe('validatePlan on a folder of broken files', () => {
  const { actions, problems } = validatePlan(root, fixture('invalid'), references);
  const f = 'tests/fixtures/plan/invalid/plan';

  it.each([
    [`${f}/themes.yaml`, 7, '[3].id', /repeats the theme "victims" of item 1/, /list each theme once/],
    [`${f}/actions/v1.yaml`, 12, 'updates[1].date', /repeats the date 2018-05-10 of updates\[0\]/, /one update per report/],
    [`${f}/actions/v2.yaml`, 1, 'id', /is "V3" but the file is named v2\.yaml/, /rename the file to v3\.yaml/],
    [`${f}/actions/v3.yaml`, 1, 'id', /repeats the action number "V3" of .*v2\.yaml/, /its own number/],
    [`${f}/actions/o1.yaml`, 2, 'theme', /is "victims" but O1 is numbered as an action of the offenders theme/, /set theme: offenders/],
    [`${f}/actions/o1-1.yaml`, 1, 'parent', /is missing: O1\.1 is numbered as a part of O1/, /add parent: O1/],
    [`${f}/actions/o2-1.yaml`, 3, 'parent', /"O2" is not an action: there is no file .*o2\.yaml/, /add the action O2/],
    [`${f}/actions/c3.yaml`, 3, 'parent', /C3 is an action, not a part/, /remove parent/],
    [`${f}/actions/c1.yaml`, 1, 'updates', /is missing/, /at least one dated update/],
    [`${f}/actions/t1.yaml`, 2, 'theme', /"transformation" is not a theme listed in .*themes\.yaml/, /add the theme/],
    [`${f}/actions/t1.yaml`, 6, 'indicators[0]', /"no-such-indicator" is not an indicator dataset/, /for example all-recorded-crime/],
    [`${f}/actions/t1.yaml`, 14, 'updates[0].source.paper', /"no-such-paper" is not a paper/, /content\/papers/],
    [`${f}/actions/c2.yaml`, 1, 'title', /is missing/, /every plan action needs "title"/],
    [`${f}/actions/c2.yaml`, 6, 'updates[0].status', /is "purple"/, /must be one of red, amber, green, not-started, not-stated/],
    [`${f}/actions/c2.yaml`, 7, 'updates[0].progress', /is a list/, /at least one point/],
    [`${f}/actions/Bad_Name.yaml`, undefined, '(file name)', /"Bad_Name" is not a valid id/, /o2-1\.yaml for O2\.1/],
    [`${f}/actions/notes.txt`, undefined, '(file name)', /is not a \.yaml file/, /rename it/],
  ])('%s:%s %s', (file, line, field, message, fix) => expectProblem(problems, file, line, field, message, fix));

  it('reports every problem at once, and nothing else', () => expect(problems).toHaveLength(17));

  it('still returns the files that are valid on their own', () => {
    expect(actions.map((a) => a.data.id)).toEqual(['V1', 'V3', 'V3', 'O1', 'O1.1', 'O2.1', 'C1', 'C3', 'T1']);
  });

  it('formats a problem as file:line, field, message and fix', () => {
    const problem = problems.find((p) => p.file.endsWith('o1.yaml'))!;
    expect(formatProblem(problem)).toBe(`${f}/actions/o1.yaml:2  theme  is "victims" but O1 is numbered as an action of the offenders theme — set theme: offenders, or correct the number`);
  });

  it('does not check links when no reference sets are given', () => {
    const withoutReferences = validatePlan(root, fixture('invalid')).problems;
    expect(withoutReferences.filter((p) => /indicators|paper/.test(p.field))).toEqual([]);
    expect(withoutReferences).toHaveLength(15);
  });
});

describe('validatePlan on themes that break the schema', () => {
  const { themes, actions, problems } = validatePlan(root, fixture('bad-themes'));
  const file = 'tests/fixtures/plan/bad-themes/plan/themes.yaml';

  it('names the item, field and line', () => {
    expect(problems).toEqual([
      expect.objectContaining({ file, line: 1, field: '[0].id', message: 'is "policing"', fix: expect.stringMatching(/victims, offenders, communities, transformation/) }),
      expect.objectContaining({ file, line: 3, field: '[1].name', message: 'is missing' }),
    ]);
  });

  it('does not report the actions a second time for themes it could not read', () => {
    expect(themes).toEqual([]);
    expect(actions.map((a) => a.data.id)).toEqual(['V1']);
  });
});

describe('validatePlan without themes.yaml', () => {
  it('asks for the themes file when there are actions', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-plan-'));
    fs.mkdirSync(path.join(dir, 'plan/actions'), { recursive: true });
    fs.copyFileSync(path.join(fixture('valid'), 'plan/actions/o2.yaml'), path.join(dir, 'plan/actions/o2.yaml'));
    const { problems } = validatePlan(dir, dir);
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      ['plan/themes.yaml', '(file)', 'is missing'],
      ['plan/actions/o2.yaml', 'updates', 'is missing'],
    ]);
  });
});

describe('validatePlan on plan.yaml, the plan\u2019s own facts', () => {
  const withPlanFile = (text: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-plan-'));
    fs.mkdirSync(path.join(dir, 'plan'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'plan/plan.yaml'), text);
    return { dir, result: validatePlan(dir, dir, references) };
  };
  const source = 'startDateSource:\n  title: A plan\n';

  it('reads a valid file, with every list empty when left out', () => {
    const { result } = withPlanFile(`startDate: 2017-04-01\n${source}deliveryPlan:\n  title: Delivery plan\n  date: 2018-05-10\n  paper: 2018-05-10-a-paper\n`);
    expect(result.problems).toEqual([]);
    expect(result.overview).toMatchObject({ startDate: '2017-04-01', deliveryPlan: { title: 'Delivery plan', paper: '2018-05-10-a-paper' }, about: [], editorNotes: [] });
  });

  it('leaves the overview out, with no problem, when there is no file', () => {
    expect(validatePlan(root, fixture('valid'), references).overview).toBeUndefined();
  });

  it.each([
    ['an unknown field', 'title: A plan\n', 1, '(unknown)', /title/, /./],
    ['a date that is not a date', `startDate: 1 April 2017\n${source}`, 1, 'startDate', /./, /./],
    ['a start date without its source', 'startDate: 2017-04-01\n', 1, 'startDateSource', /is missing/, /say where the start date is printed/],
    ['a delivery plan paper that is not a paper', 'deliveryPlan:\n  title: D\n  date: 2018-05-10\n  paper: no-such-paper\n', 4, 'deliveryPlan.paper', /"no-such-paper" is not a paper/, /content\/papers/],
  ])('reports %s with its file, line and field', (_, text, line, field, message, fix) => {
    const { result } = withPlanFile(text);
    expect(result.overview).toBeUndefined();
    if (field === '(unknown)') {
      expect(result.problems.map((p) => [p.file, p.line])).toEqual([['plan/plan.yaml', line]]);
      expect(result.problems[0]!.message + result.problems[0]!.field).toMatch(message);
    } else expectProblem(result.problems, 'plan/plan.yaml', line, field, message, fix);
  });
});
