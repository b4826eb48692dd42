import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { checkData, describeData, validateData } from '../../src/lib/validate-data.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures/data', name);
const folder = (name: string) => `tests/fixtures/data/${name}/indicators`;

describe('validateData on a valid folder', () => {
  const { indicators, problems } = validateData(root, fixture('valid'));

  it('reads every dataset with no problems', () => {
    expect(problems).toEqual([]);
    expect(indicators.map((i) => i.id)).toEqual(['all-recorded-crime', 'ksi-by-year']);
  });

  it('keeps the source file, for pointing at lines later', () => {
    const crime = indicators[0]!;
    expect(crime.source.file).toBe(`${folder('valid')}/all-recorded-crime.yaml`);
    expect(crime.source.lineOf(['observations', 3, 'value'])).toBe(19);
    expect(crime.data.summary?.rolling12Months).toBe(66192);
  });

  it('describes what it read', () => {
    expect(describeData(indicators)).toBe('2 indicator datasets (1 on the dashboard), 9 observations');
  });
});

describe('validateData on a folder of broken files', () => {
  const { indicators, problems } = validateData(root, fixture('invalid'));
  const f = folder('invalid');

  it('still reads the files that are valid', () => expect(indicators.map((i) => i.id)).toEqual(['ksi-by-year']));

  it.each([
    [`${f}/percent-over-100.yaml`, 13, 'observations[1].value', /is 195.6/, /must be a percentage from 0 to 100/],
    [`${f}/negative-count.yaml`, 12, 'observations[0].value', /is -1377/, /must not be negative: a count cannot be below 0/],
    [`${f}/negative-count.yaml`, 3, 'theme', /is "community"/, /must be one of victims, offenders, communities, transformation/],
    [`${f}/duplicate-period.yaml`, 12, 'observations[1].period', /is "2018-03"/, /must not repeat a period in one series: observations\[0\]/],
    [`${f}/duplicate-period.yaml`, 13, 'observations[2].period', /is "2018-13"/, /must be a real month or financial year/],
    [`${f}/unknown-unit-and-polarity.yaml`, 4, 'unit.kind', /is "incidents"/, /must be one of count, percent/],
    [`${f}/unknown-unit-and-polarity.yaml`, 5, 'polarity', /is "down-is-good"/, /must be one of higher-is-better, lower-is-better, neither/],
    [`${f}/broken.yaml`, undefined, '(YAML)', /cannot be read/, /check the indentation/],
    [`${f}/Bad_Name.yaml`, undefined, '(file name)', /"Bad_Name" is not a valid id/, /lower-case letters, digits and hyphens/],
    [`${f}/notes.txt`, undefined, '(file name)', /is not a \.yaml file/, /rename it to end in \.yaml/],
    [`${f}/sub/ksi-by-year.yaml`, undefined, '(file name)', /repeats the id "ksi-by-year"/, /different name/],
  ])('%s:%s %s', (file, line, field, message, fix) => {
    const problem = problems.find((p) => p.file === file && p.field === field);
    expect(problem, `no problem for ${file} ${field}`).toBeDefined();
    if (line !== undefined) expect(problem!.line).toBe(line);
    expect(problem!.message).toMatch(message);
    expect(problem!.fix).toMatch(fix);
  });

  it('reports every problem at once, and nothing else', () => expect(problems).toHaveLength(11));

  it('formats a problem as file:line, field, message and fix', () => {
    const problem = problems.find((p) => p.file.endsWith('percent-over-100.yaml'))!;
    expect(formatProblem(problem)).toBe(`${f}/percent-over-100.yaml:13  observations[1].value  is 195.6 — must be a percentage from 0 to 100, because the unit is percent`);
  });
});

describe('validateData across files', () => {
  const { indicators, problems } = validateData(root, fixture('cross-file'));
  const f = folder('cross-file');

  it('accepts each file on its own', () => expect(indicators).toHaveLength(3));

  it.each([
    [`${f}/all-recorded-crime.yaml`, 31, 'related[0]', /"no-such-dataset" is not an indicator dataset/],
    [`${f}/same-position.yaml`, 5, 'dashboardPosition', /1 is already the position of .*all-recorded-crime\.yaml/],
    [`${f}/arrests.yaml`, 17, 'breakdowns[0].total', /is 913 but the observation for 2018-03 is 931/],
  ])('%s:%i %s', (file, line, field, message) => {
    expect(problems).toContainEqual(expect.objectContaining({ file, line, field, message: expect.stringMatching(message) }));
  });

  it('finds exactly those problems', () => expect(problems).toHaveLength(3));
});

describe('validateData edge cases and checkData', () => {
  it('treats a missing folder as empty', () => expect(validateData(root, fixture('no-such-folder'))).toEqual({ indicators: [], problems: [] }));

  it('checkData reads DATA_DIR and reports in the words of npm run check', () => {
    const before = process.env.DATA_DIR;
    try {
      process.env.DATA_DIR = 'tests/fixtures/data/valid';
      expect(checkData(root)).toMatchObject({ ok: true, report: 'Data is valid: 2 indicator datasets (1 on the dashboard), 9 observations.' });
      process.env.DATA_DIR = 'tests/fixtures/data/cross-file';
      const failed = checkData(root);
      expect(failed.ok).toBe(false);
      expect(failed.report).toMatch(/^Content check found 3 problems/);
    } finally {
      if (before === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = before;
    }
  });
});
