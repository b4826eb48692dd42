// npm run import: merging the analyst's CSV into a copy of the real data/indicators, and refusing mistakes
// at the CSV line and column, with the datasets checked by the same validation as npm run check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planImport, readFigure, summarise, type ImportOptions } from '../../../src/lib/authoring/import-figures.ts';
import { formatProblem } from '../../../src/lib/validation/problems.ts';
import { validateData } from '../../../src/lib/validation/validate-data.ts';

const project = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(project, 'tests/fixtures/import');

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A temporary root holding a copy of the real data/ folder. */
function copyOfData(): { root: string; dataDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-import-test-'));
  made.push(root);
  const dataDir = path.join(root, 'data');
  fs.cpSync(path.join(project, 'data'), dataDir, { recursive: true });
  return { root, dataDir };
}

function importCsv(csvText: string, options: Partial<ImportOptions> = {}, where = copyOfData()) {
  const plan = planImport({ csvFile: 'figures.csv', csvText, root: where.root, dataDir: where.dataDir, today: '2018-06-20', ...options });
  return { plan, where, problems: plan.problems.map(formatProblem) };
}

function apply(plan: ReturnType<typeof planImport>, root: string): void {
  for (const change of plan.changes) fs.writeFileSync(path.join(root, change.file), change.text);
}

const sample = fs.readFileSync(path.join(fixtures, 'figures-2018-04.csv'), 'utf8');
// The document the invented April figures are credited to (the March dashboard covers figures to March only).
const april = { source: 'dashboard-2018-04', sourceTitle: 'Test fixture: dashboard as at 30 April 2018' } as const;

describe('readFigure', () => {
  it.each([
    ['4988', 4988, false],
    ['4,988', 4988, false],
    ['66,192', 66192, false],
    ['82.5', 82.5, false],
    ['82.5%', 82.5, true],
    ['−3', -3, false],
    ['.5', 0.5, false],
  ])('reads %s as %d', (text, value, percent) => expect(readFigure(text)).toEqual({ value, percent }));

  it.each(['', 'n/a', '1,2x', '4.988,5', '12 %%'])('refuses %j', (text) => expect(readFigure(text)).toBeUndefined());
});

/** A comment an editor put at the top of a dataset: the import must keep it. */
const headerComment = '# Figures checked against the dashboard of 31 March 2018.';

describe('a valid month for three indicators (tests/fixtures/import/figures-2018-04.csv)', () => {
  const copy = copyOfData();
  const crimeFile = path.join(copy.dataDir, 'indicators', 'all-recorded-crime.yaml');
  fs.writeFileSync(crimeFile, `${headerComment}\n${fs.readFileSync(crimeFile, 'utf8')}`);
  const { plan, where } = importCsv(sample, april, copy);

  it('plans one added figure per indicator and sees the figure already published', () => {
    expect(plan.problems).toEqual([]);
    expect(summarise(plan)).toEqual({ added: 3, replaced: 0, unchanged: 1, summaries: 0, files: 3 });
    expect(plan.changes.map((c) => c.id)).toEqual(['all-recorded-crime', 'burglary-dwelling', 'satisfaction-with-service-delivery-police']);
    expect(plan.changes[0]!.figures).toEqual([
      { line: 2, period: '2018-04', value: 5012, action: 'add' },
      { line: 5, period: '2018-03', value: 4988, previous: 4988, action: 'unchanged' },
    ]);
  });

  it('adds each figure after the last earlier period, in the style of the file, keeping the header comment', () => {
    const crime = plan.changes[0]!.text;
    expect(crime.startsWith(`${headerComment}\ntitle: All recorded crime\n`)).toBe(true);
    expect(crime).toContain('  - { period: 2018-03, value: 4988, source: dashboard }\n  - { period: 2018-04, value: 5012, source: dashboard-2018-04 }\n');
    expect(crime).toContain('  dashboard-2018-04:\n    title: "Test fixture: dashboard as at 30 April 2018"\n    dataTo: 2018-04\n');
    const satisfaction = plan.changes[2]!.text;
    expect(satisfaction).toContain('  - { period: 2018-04, value: 83.1, note: "Provisional: the survey sample for April is small.", source: dashboard-2018-04 }\n');
  });

  it('changes nothing else in the files: every other line is as it was', () => {
    for (const change of plan.changes) {
      const before = fs.readFileSync(path.join(where.root, change.file), 'utf8').split('\n');
      const after = change.text.split('\n');
      // The figure, and the new document under sources (key, title, dataTo).
      expect(after.filter((line) => !before.includes(line))).toHaveLength(4);
      expect(before.filter((line) => !after.includes(line))).toEqual([]);
    }
  });

  it('writes nothing itself, and the written files pass the data check', () => {
    expect(validateData(where.root, where.dataDir).problems).toEqual([]);
    apply(plan, where.root);
    const { indicators, problems } = validateData(where.root, where.dataDir);
    expect(problems).toEqual([]);
    expect(indicators.find((i) => i.id === 'burglary-dwelling')!.data.observations.at(-1)).toEqual({ period: '2018-04', value: 145, source: 'dashboard-2018-04' });
  });

  it('finds nothing to do when run again', () => {
    const again = importCsv(sample, april, where).plan;
    expect(summarise(again)).toEqual({ added: 0, replaced: 0, unchanged: 4, summaries: 0, files: 0 });
  });

  it('reports progress row by row', () => {
    const seen: [number, number][] = [];
    importCsv(sample, { ...april, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });
});

describe('indicator names', () => {
  it('finds a dataset by the name the dashboard prints, whatever its case or dash ("Sickness - Police Officer" is "Sickness – police officer")', () => {
    const { plan, problems } = importCsv('indicator,period,value\nSickness - Police Officer,2018-04,0.8\nSATISFACTION WITH SERVICE DELIVERY - POLICE,2018-04,83.1\n', april);
    expect(problems).toEqual([]);
    expect(plan.changes.map((c) => c.id)).toEqual(['sickness-police-officer', 'satisfaction-with-service-delivery-police']);
  });
});

describe('options', () => {
  it('--source with --source-title adds the document to each dataset and uses it; --published sets lastUpdated', () => {
    const { plan, problems } = importCsv('indicator,period,value\nall-recorded-crime,2018-04,5012\n', { source: 'dashboard-2018-04', sourceTitle: 'Police and Crime Plan dashboard as at 30 April 2018', published: '2018-06-14' });
    expect(problems).toEqual([]);
    const [change] = plan.changes;
    expect(change).toMatchObject({ sourceAdded: 'dashboard-2018-04', lastUpdated: { from: '2018-05-10', to: '2018-06-14' } });
    expect(change!.text).toContain('lastUpdated: 2018-06-14\n');
    expect(change!.text).toContain('  dashboard-2018-04:\n    title: Police and Crime Plan dashboard as at 30 April 2018\n    dataTo: 2018-04\n');
    expect(change!.text).toContain('  - { period: 2018-04, value: 5012, source: dashboard-2018-04 }\n');
  });

  it('--source alone must name a source the dataset lists', () => {
    expect(importCsv('indicator,period,value\nall-recorded-crime,2018-04,5012\n', { source: 'nope' }).problems).toContain(
      '--source  nope  is not a key of sources in data/indicators/all-recorded-crime.yaml — use one of dashboard, or add --source-title "Title of the document" to add it',
    );
  });

  it('--replace replaces a published figure and adds a dated correction note in plain words', () => {
    const { plan, problems, where } = importCsv('indicator,period,value,series,source\nall-recorded-crime,2018-03,4998,,dashboard\nroad-collisions-by-severity,2016-17,33,fatal,road-safety-report\n', { replace: true });
    expect(problems).toEqual([]);
    expect(summarise(plan)).toEqual({ added: 0, replaced: 2, unchanged: 0, summaries: 0, files: 2 });
    expect(plan.changes[0]!.corrections).toEqual(['The figure for March 2018 was corrected from 4,988 to 4,998.']);
    expect(plan.changes[1]!.corrections).toEqual(['The figure for financial year 2016-17 (Fatal collisions) was corrected from 32 to 33.']);
    expect(plan.changes[1]!.text).toContain('  - { period: 2016-17, value: 33, series: fatal, source: road-safety-report }\n');
    expect(plan.changes[1]!.text).toMatch(/\ncorrections:\n {2}- date: 2018-06-20\n {4}note: The figure for financial year 2016-17 \(Fatal collisions\) was corrected from 32 to 33\.\n$/);
    apply(plan, where.root);
    const { indicators, problems: after } = validateData(where.root, where.dataDir);
    expect(after).toEqual([]);
    expect(indicators.find((i) => i.id === 'all-recorded-crime')!.data.corrections).toEqual([{ date: '2018-06-20', note: 'The figure for March 2018 was corrected from 4,988 to 4,998.' }]);
  });
});

describe('mistakes, each reported at its CSV line and column (tests/fixtures/import/problems.csv)', () => {
  const { plan, problems } = importCsv(fs.readFileSync(path.join(fixtures, 'problems.csv'), 'utf8'), april);
  // The line of March 2018 in the real file, which moves when its notes change.
  const march2018 = fs.readFileSync(path.join(project, 'data/indicators/all-recorded-crime.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('period: 2018-03, value: 4988')) + 1;

  it.each([
    ['figures.csv:2  indicator (column A)  "all-recorded-crim" is not an indicator dataset: there is no file data/indicators/all-recorded-crim.yaml — use the file name (without .yaml) of a dataset, for example all-recorded-crime,'],
    ['figures.csv:3  period (column B)  is "2018-13" — must be a real month or financial year'],
    ['figures.csv:4  value (column C)  is 183.1 (satisfaction-with-service-delivery-police, April 2018) — must be a percentage from 0 to 100, because the unit is percent'],
    [`figures.csv:5  value (column C)  is 4998 but data/indicators/all-recorded-crime.yaml:${march2018} already gives 4988 for March 2018 — check the figure. To replace the published one, run the import again with --replace`],
    ['figures.csv:6  value (column C)  is "82.5%", a percentage, but domestic-abuse is measured as a count, not a percentage'],
    ['figures.csv:7  value (column C)  is "1,2x" — must be a number'],
    ['figures.csv:8  series (column D)  is empty (road-collisions-by-severity, financial year 2017-18) — must say which series the figure belongs to: add series with one of fatal, serious-stats19'],
  ])('%s', (start) => expect(problems.some((p) => p.startsWith(start)), problems.join('\n')).toBe(true));

  it('reports those seven and nothing else (no knock-on problems in other datasets)', () => {
    expect(problems).toHaveLength(7);
    expect(plan.problems.every((p) => p.file === 'figures.csv')).toBe(true);
  });

  it.each([
    ['a count that is not whole', 'indicator,period,value\nburglary-dwelling,2018-04,14.5\n', 'figures.csv:2  value (column C)  is 14.5 (burglary-dwelling, April 2018) — must be a whole number, because the unit is a count'],
    ['a negative count', 'indicator,period,value\nburglary-dwelling,2018-04,-3\n', 'figures.csv:2  value (column C)  is -3 (burglary-dwelling, April 2018) — must not be negative: a count cannot be below 0'],
    ['a unit that does not match', 'indicator,period,value,unit\nburglary-dwelling,2018-04,3,percent\n', 'figures.csv:2  unit (column D)  is "percent" but burglary-dwelling is measured as count — check the row is for the right indicator and the figure is in the right unit'],
    ['an unknown series', 'indicator,period,value,series\nroad-collisions-by-severity,2017-18,3,deaths\n', 'figures.csv:2  series (column D)  is "deaths" (road-collisions-by-severity, financial year 2017-18) — must be one of the series ids: fatal, serious-stats19, severe-mais3, ksi, killed-and-severe'],
    ['two rows for one period with different figures', 'indicator,period,value\nburglary-dwelling,2018-04,3\nburglary-dwelling,2018-04,4\n', 'figures.csv:3  value (column C)  is 4 but line 2 gives 3 for burglary-dwelling, April 2018 — keep one of the two rows'],
    ['a misspelt column', 'indicator,period,valeu\n', 'figures.csv:1  valeu (column C)  is not a column the import knows — did you mean "value"?'],
    ['a missing column', 'indicator,value\n', 'figures.csv:1  (header)  has no "period" column — add a column named period: the period the figure covers: 2018-04 for a month (also 2017-18, 2018, 12m-to-2018-04, fytd-to-2018-04 for datasets kept that way)'],
    ['an empty file', '', 'figures.csv:1  (header)  is empty — start the file with a header line naming the columns, for example indicator,period,value,source'],
  ])('%s', (_label, csv, expected) => expect(importCsv(csv, april).problems).toContain(expected));

  it('accepts a dataset by its title, and columns, in any case', () => {
    expect(summarise(importCsv('Indicator,Period,Value\nburglary dwelling,2018-04,3\n', april).plan).added).toBe(1);
  });
});

describe('the monthly cycle: sources, spans, gaps and published summaries', () => {
  const crimeRow = (period: string, value: string, extra = '') => `indicator,period,value${extra ? `,${extra.split('=')[0]}` : ''}\nall-recorded-crime,${period},${value}${extra ? `,${extra.split('=')[1]}` : ''}\n`;

  it('needs a source for every figure, and never guesses one', () => {
    expect(importCsv(crimeRow('2018-04', '5012')).problems).toEqual([
      'figures.csv:1  (header)  has no "source" column, and no --source was given — say which document the figures come from: run the import with --source KEY (a key of the datasets\' sources), adding --source-title "Title of the document" for a new document, or add a source column',
    ]);
    expect(importCsv('indicator,period,value,source\nall-recorded-crime,2018-04,5012,\n').problems[0]).toMatch(/^figures\.csv:2 {2}source \(column D\) {2}is empty — give the key of the document/);
  });

  it('refuses to credit April to the dashboard as at 31 March', () => {
    expect(importCsv(crimeRow('2018-04', '5012', 'source=dashboard')).problems).toEqual([
      'figures.csv:2  period (column B)  is "2018-04" (all-recorded-crime, April 2018) — must be no later than 2018-03, the last month the source "dashboard" covers (its dataTo): credit it to the later document it comes from, with --source KEY (and --source-title "Title of the document" the first time) or a source column',
    ]);
  });

  it.each([
    ['12m-to-2018-04', 'a rolling 12 months', 'rolling12Months'],
    ['fytd-to-2018-04', 'a financial year to date', 'fytd'],
  ])('never turns %s into a month: it points to the summary column', (period, kind, column) => {
    const [problem, ...rest] = importCsv(crimeRow(period, '66000'), april).problems;
    expect(rest).toEqual([]);
    expect(problem).toBe(
      `figures.csv:2  period (column B)  is "${period}", ${kind}, but all-recorded-crime keeps one figure a month — put a published ${column === 'fytd' ? 'year-to-date' : '12-month'} figure in the ${column} column of the row for 2018-04 (the month it ends in), with the period 2018-04; or leave it out, and the site adds up the monthly figures itself`,
    );
  });

  it('refuses a new month that leaves a gap, unless told the source published nothing', () => {
    expect(importCsv(crimeRow('2018-06', '5100'), april).problems).toEqual([
      'figures.csv:2  period (column B)  is 2018-06, but all-recorded-crime has no figure for April 2018 to May 2018: its latest is March 2018 — add a row for each of those months; if the source published no figure for them, run the import again with --allow-gap',
    ]);
    const allowed = importCsv(crimeRow('2018-06', '5100'), { ...april, allowGap: true });
    expect(allowed.problems).toEqual([]);
    expect(summarise(allowed.plan).added).toBe(1);
    // Months filled in behind the latest (history) are never a gap.
    expect(importCsv(crimeRow('2017-09', '5100'), april).problems).toEqual([]);
  });

  const summaryCsv = [
    'indicator,period,value,fytd,fytdPreviousYear,rolling12Months,baseline,performanceVsBaseline,mostSimilarForces,caption',
    'all-recorded-crime,2018-04,5012,5012,4797,66216,58652,Higher,,',
    'satisfaction-with-service-delivery-police,2018-04,,80.9,85.2,80.5,85.6,Lower,,Victim Satisfaction Survey data to April 2018',
  ].join('\n');

  it('adds a published summary for the new month, after March, and leaves March as printed', () => {
    const { plan, problems, where } = importCsv(summaryCsv, april);
    expect(problems).toEqual([]);
    expect(summarise(plan)).toEqual({ added: 3, replaced: 0, unchanged: 0, summaries: 2, files: 2 });
    const crime = plan.changes[0]!.text;
    expect(crime).toContain(
      '    mostSimilarForces: higher\n    source: dashboard\n  - period: 2018-04\n    fytd: 5012\n    fytdPreviousYear: 4797\n    rolling12Months: 66216\n    baseline: 58652\n    performanceVsBaseline: higher\n    source: dashboard-2018-04\n',
    );
    apply(plan, where.root);
    const { indicators, problems: after } = validateData(where.root, where.dataDir);
    expect(after).toEqual([]);
    const satisfaction = indicators.find((i) => i.id === 'satisfaction-with-service-delivery-police')!.data;
    expect(satisfaction.summaries.map((s) => [s.period, s.rolling12Months, s.caption])).toEqual([
      ['2018-03', 80.7, 'Victim Satisfaction Survey data to March 2018'],
      ['2018-04', 80.5, 'Victim Satisfaction Survey data to April 2018'],
    ]);
    // A summary alone (value left empty) adds no figure for the month.
    expect(satisfaction.observations.some((o) => o.period === '2018-04')).toBe(false);
  });

  it('refuses a different summary for a month already published, and --replace records a correction', () => {
    const csv = 'indicator,period,value,rolling12Months,baseline,source\nall-recorded-crime,2018-03,4988,66000,58060,dashboard\n';
    const [refused, ...rest] = importCsv(csv).problems;
    expect(rest).toEqual([]);
    expect(refused).toMatch(/^figures\.csv:2 {2}period \(column B\) {2}gives a summary for March 2018 \(rolling12Months 66,000, baseline 58,060\) but data\/indicators\/all-recorded-crime\.yaml:\d+ already has the published one \(fytd 66,192, .*\) — check the figures\. To replace the published summary, run the import again with --replace/);
    const { plan, problems } = importCsv(csv, { replace: true });
    expect(problems).toEqual([]);
    expect(plan.changes[0]!.corrections).toEqual([
      'The summary for March 2018 was corrected: the financial year to date from 66,192 to not given; the same months a year earlier from 58,060 to not given; the 12 months from 66,192 to 66,000; the rating against the one-year average from comparable to not given; the rating against the three-year average from higher to not given; the rating against the baseline from higher to not given; the comparison with the most similar forces from higher to not given.',
    ]);
  });

  it('reports a rating the schema refuses at its own column', () => {
    const csv = 'indicator,period,value,performanceVsBaseline\nall-recorded-crime,2018-04,5012,Better\n';
    expect(importCsv(csv, april).problems).toEqual([
      'figures.csv:2  performanceVsBaseline (column D)  is "better" (all-recorded-crime, summary for April 2018) — must be higher, lower or comparable',
    ]);
  });
});
