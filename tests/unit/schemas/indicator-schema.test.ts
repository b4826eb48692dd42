import { describe, expect, it } from 'vitest';
import { indicatorSchema, largestFigure, monthPeriod, period } from '../../../src/schemas/indicator.ts';

// Figures from the 31 March 2018 dashboard (reference/dashboard-2018-03.csv): Police recorded ASB.
const valid = {
  title: 'Police recorded ASB',
  subject: 'Anti-social behaviour incidents',
  theme: 'communities',
  dashboardPosition: 35,
  topics: ['anti-social-behaviour'],
  unit: { kind: 'count', of: 'incidents' },
  polarity: 'lower-is-better',
  definition: 'The number of anti-social behaviour (ASB) incidents recorded by the police.',
  dataSource: 'Police recorded incidents. Data to September 2017',
  lastUpdated: '2018-05-10',
  sources: {
    dashboard: { title: 'Business Coordination Board, 10 May 2018, item 5.0: Police and Crime Plan dashboard as at 31 March 2018' },
    'performance-report': { title: 'Business Coordination Board, 10 May 2018, item 5.0: Performance update – 12 months to March 2018' },
  },
  observations: [
    { period: '2015-03', value: 1796, source: 'dashboard' },
    { period: '2016-03', value: 1911, source: 'dashboard' },
    { period: '2017-03', value: 1918, source: 'dashboard' },
    { period: '2018-03', value: 1377, source: 'dashboard' },
  ],
  summaries: [{ period: '2018-03', fytd: 19820, fytdPreviousYear: 24582, rolling12Months: 19820, baseline: 24582, vsOneYearAverage: 'lower', vsThreeYearAverage: 'lower', performanceVsBaseline: 'lower', source: 'dashboard' }],
  alternatives: [{ period: '12m-to-2018-03', comparedWith: '12m-to-2017-03', change: -4700, statedAs: 'a 19.4% (-4,700) reduction', source: 'performance-report', note: 'The dashboard gives 4,762 fewer.' }],
};

// Arrests by age, March 2018 (reference/arrests-stop-search-2018-03.csv).
const breakdown = {
  dimension: 'age',
  period: '2018-03',
  total: 931,
  source: 'dashboard',
  categories: [
    { category: '14 and under', percent: 0.9 },
    { category: '15-17', percent: 4.2 },
    { category: '18-25', percent: 25.2 },
    { category: '26-35', percent: 35.8 },
    { category: '36-45', percent: 18.2 },
    { category: '46-55', percent: 10.3 },
    { category: 'Over 55', percent: 4.6 },
    { category: 'Not known', percent: 0.9 },
    { category: 'Juveniles (14 and under + 15-17)', percent: 5.0, subtotal: true },
  ],
};

const percentUnit = { unit: { kind: 'percent', of: 'crimes' } };
const issues = (data: unknown) => {
  const result = indicatorSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('indicator schema: valid data', () => {
  it('accepts a dashboard indicator and fills in the defaults', () => {
    const data = indicatorSchema.parse(valid);
    expect(data.notes).toEqual([]);
    expect(data.series).toEqual([]);
    expect(data.breakdowns).toEqual([]);
    expect(data.related).toEqual([]);
    expect(data.summaries[0]?.performanceVsBaseline).toBe('lower');
  });

  it('accepts a dataset outside the dashboard with series, breakdowns and a bare YAML year', () => {
    const data = indicatorSchema.parse({
      ...valid,
      theme: undefined,
      dashboardPosition: undefined,
      summaries: [],
      alternatives: [],
      series: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B', unit: { kind: 'count', of: 'people' } }],
      observations: [
        { period: 2014, value: 1, series: 'a', source: 'dashboard' },
        { period: 2014, value: 2, series: 'b', source: 'dashboard' },
      ],
      breakdowns: [breakdown],
    });
    expect(data.observations[0]!.period).toBe('2014');
    expect(data.breakdowns[0]!.categories.filter((c) => c.subtotal)).toHaveLength(1);
  });

  it.each(['2018-03', '2016-17', 'FY2010-11', '2014', '12m-to-2018-03', 'fytd-to-2017-12'])('accepts the period %s', (text) => expect(period.safeParse(text).success).toBe(true));
  it.each(['2018-13', '2018/03', 'Mar-18', '2016-18'])('rejects the period %s', (text) => expect(period.safeParse(text).success).toBe(false));
  it.each([['2018-03', true], ['2016-17', false], ['12m-to-2018-03', false]])('monthPeriod %s: %s', (text, ok) => expect(monthPeriod.safeParse(text).success).toBe(ok));
});

describe('indicator schema: each rejection, with a "must" message on the right field', () => {
  it.each([
    ['a percentage over 100', { ...valid, ...percentUnit, observations: [{ period: '2018-03', value: 100.1, source: 'dashboard' }] }, 'observations.0.value', /must be a percentage from 0 to 100/],
    ['a percentage under 0', { ...valid, ...percentUnit, observations: [{ period: '2018-03', value: -0.1, source: 'dashboard' }] }, 'observations.0.value', /must be a percentage from 0 to 100/],
    ['a summary percentage over 100', { ...valid, ...percentUnit, summaries: [{ ...valid.summaries[0]!, fytd: 101 }] }, 'summaries.0.fytd', /must be a percentage from 0 to 100/],
    ['a negative count', { ...valid, observations: [{ period: '2018-03', value: -1377, source: 'dashboard' }] }, 'observations.0.value', /must not be negative/],
    ['a count that is not whole', { ...valid, observations: [{ period: '2018-03', value: 13.5, source: 'dashboard' }] }, 'observations.0.value', /must be a whole number/],
    ['a duplicate period', { ...valid, observations: [...valid.observations, { period: '2018-03', value: 1, source: 'dashboard' }] }, 'observations.4.period', /must not repeat a period in one series: observations\[3\]/],
    ['a duplicate financial year written two ways', { ...valid, summaries: [], observations: [{ period: '2016-17', value: 1, source: 'dashboard' }, { period: 'FY2016-17', value: 2, source: 'dashboard' }] }, 'observations.1.period', /must not repeat a period/],
    ['an impossible month', { ...valid, observations: [{ period: '2018-13', value: 1, source: 'dashboard' }] }, 'observations.0.period', /must be a real month or financial year/],
    ['an unknown theme', { ...valid, theme: 'community' }, 'theme', /must be one of victims, offenders, communities, transformation/],
    ['an unknown unit', { ...valid, unit: { kind: 'percentage', of: 'crimes' } }, 'unit.kind', /must be one of count, percent, minutes, days, days-per-person/],
    ['an unknown polarity', { ...valid, polarity: 'up-is-good' }, 'polarity', /must be one of higher-is-better, lower-is-better, neither/],
    ['an unknown topic', { ...valid, topics: ['roads'] }, 'topics.0', /must be one of victim-satisfaction/],
    ['an unknown judgement', { ...valid, summaries: [{ ...valid.summaries[0]!, performanceVsBaseline: 'Better' }] }, 'summaries.0.performanceVsBaseline', /must be higher, lower or comparable/],
    ['a summary period that is not a month', { ...valid, summaries: [{ ...valid.summaries[0]!, period: '12m-to-2018-03' }] }, 'summaries.0.period', /must be a month/],
    ['a source that is not listed', { ...valid, observations: [{ period: '2018-03', value: 1, source: 'dashbord' }] }, 'observations.0.source', /must be one of the keys under sources: dashboard, performance-report/],
    ['an undeclared series', { ...valid, observations: [{ period: '2018-03', value: 1, series: 'ksi', source: 'dashboard' }] }, 'observations.0.series', /must be left out: this dataset has no series/],
    ['a missing series', { ...valid, series: [{ id: 'ksi', label: 'KSI' }], observations: [{ period: '2018-03', value: 1, source: 'dashboard' }] }, 'observations.0', /must say which series/],
    ['an alternative with both a value and a change', { ...valid, alternatives: [{ ...valid.alternatives[0], value: 1 }] }, 'alternatives.0', /either value .* or change and comparedWith/],
    ['an alternative change without comparedWith', { ...valid, alternatives: [{ period: '2018-03', change: -75, source: 'performance-report', note: 'n' }] }, 'alternatives.0', /must give comparedWith as well/],
    ['a dashboard position without a theme', { ...valid, theme: undefined }, 'dashboardPosition', /needs a theme/],
    ['a breakdown that does not add up', { ...valid, breakdowns: [{ ...breakdown, categories: breakdown.categories.slice(1) }] }, 'breakdowns.0.categories', /must add up to 100%/],
    ['a breakdown percentage over 100', { ...valid, breakdowns: [{ ...breakdown, categories: [{ category: 'All', percent: 100.5 }] }] }, 'breakdowns.0.categories.0.percent', /must be a percentage from 0 to 100/],
    ['a repeated breakdown', { ...valid, breakdowns: [breakdown, breakdown] }, 'breakdowns.1.period', /must not repeat a breakdown/],
    ['a repeated category', { ...valid, breakdowns: [{ ...breakdown, categories: [...breakdown.categories, { category: '15-17', percent: 0 }] }] }, 'breakdowns.0.categories.9.category', /must not repeat a category/],
    ['an impossible lastUpdated date', { ...valid, lastUpdated: '2018-02-30' }, 'lastUpdated', /real calendar date/],
  ])('rejects %s', (_, data, path, message) => {
    const found = issues(data);
    expect(found.map((i) => i.path)).toContain(path);
    expect(found.find((i) => i.path === path)?.message).toMatch(message);
  });

  it('rejects a field it does not know', () => {
    const result = indicatorSchema.safeParse({ ...valid, colour: 'blue' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['colour'] });
  });

  it('counts breakdown subtotals out of the 100% check', () => {
    expect(issues({ ...valid, breakdowns: [breakdown] })).toEqual([]);
  });

  it('reports every problem at once, including the checks across fields', () => {
    const found = issues({ ...valid, ...percentUnit, theme: 'community', polarity: 'up', observations: [{ period: '2018-03', value: 101, source: 'dashboard' }, { period: '2018-03', value: 5, source: 'x' }, { period: '2018-13', value: 5, source: 'dashboard' }] });
    expect(found.map((i) => i.path).sort()).toEqual(['observations.0.value', 'observations.1.period', 'observations.1.source', 'observations.2.period', 'polarity', 'summaries.0.baseline', 'summaries.0.fytd', 'summaries.0.fytdPreviousYear', 'summaries.0.rolling12Months', 'theme'].sort());
  });
});

describe('indicator schema: figures out of range', () => {
  const observation = (value: number) => ({ ...valid, observations: [{ period: '2018-03', value, source: 'dashboard' }] });
  const tooBig = /^must be at most 1000000000000 \(a trillion\) either way: check for extra zeros or an exponent such as 1e300/;
  const notFinite = /^must be a figure: \.inf, \.nan and Infinity are not numbers the site can publish/;
  it.each([
    ['1e300 as a figure', observation(1e300), 'observations.0.value', tooBig],
    ['a trillion and one', observation(largestFigure + 1), 'observations.0.value', tooBig],
    ['minus 1e300 as a stated change', { ...valid, alternatives: [{ ...valid.alternatives[0], change: -1e300 }] }, 'alternatives.0.change', tooBig],
    ['1e300 in the summary', { ...valid, summaries: [{ ...valid.summaries[0]!, baseline: 1e300 }] }, 'summaries.0.baseline', tooBig],
    ['.inf (Infinity) as a figure', observation(Infinity), 'observations.0.value', notFinite],
    ['-.inf in the summary', { ...valid, summaries: [{ ...valid.summaries[0]!, fytd: -Infinity }] }, 'summaries.0.fytd', notFinite],
    ['.nan as a figure', observation(NaN), 'observations.0.value', notFinite],
    ['1e300 as a breakdown total', { ...valid, breakdowns: [{ ...breakdown, total: 1e300 }] }, 'breakdowns.0.total', /./],
    ['Infinity as a breakdown percentage', { ...valid, breakdowns: [{ ...breakdown, categories: [{ category: 'All', percent: Infinity }] }] }, 'breakdowns.0.categories.0.percent', notFinite],
  ])('rejects %s', (_, data, path, message) => {
    expect(issues(data).find((i) => i.path === path)?.message).toMatch(message);
  });

  it.each([largestFigure, 66192, 0])('accepts %d', (value) => expect(issues(observation(value))).toEqual([]));
  it('accepts minus a trillion as a stated change', () => expect(issues({ ...valid, alternatives: [{ ...valid.alternatives[0], change: -largestFigure }] })).toEqual([]));
});

describe('indicator schema: periods of the dataset\'s frequency', () => {
  const yearly = { ...valid, theme: undefined, dashboardPosition: undefined, summaries: [], alternatives: [] };
  const at = (data: object, periods: (string | number)[]) => issues({ ...data, observations: periods.map((p, i) => ({ period: p, value: i, source: 'dashboard' })) });
  it.each([
    ['a financial year in a dataset with summary blocks (monthly)', valid, ['2015-03', '2015-16'],
      'must be a month, because this dataset is monthly (it has summary blocks), but 2015-16 is a financial year: write the month the figure is for, for example 2016-03 (the last month of 2015-16)'],
    ['the 12 months to a month in a dataset with summary blocks', valid, ['12m-to-2018-03'],
      'must be a month, because this dataset is monthly (it has summary blocks), but 12m-to-2018-03 is a rolling 12 months: write the month the figure is for, for example 2018-03 (the last month of 12m-to-2018-03)'],
    ['a calendar year in a declared monthly dataset', { ...yearly, frequency: 'monthly' }, [2014],
      'must be a month, because this dataset is monthly, but 2014 is a calendar year: write the month the figure is for, for example 2014-12 (the last month of 2014)'],
    ['a month in a dataset by financial year', { ...yearly, frequency: 'financial-year' }, ['2016-17', '2018-03'],
      'must be a financial year, because this dataset is by financial year, but 2018-03 is a month: write the financial year the figure is for, for example 2017-18 (the financial year that the last month of 2018-03 falls in)'],
    ['a financial year in a dataset by calendar year', { ...yearly, frequency: 'calendar-year' }, ['2014', 'FY2010-11'],
      'must be a calendar year, because this dataset is by calendar year, but FY2010-11 is a financial year: write the calendar year the figure is for, for example 2011 (the calendar year that the last month of FY2010-11 falls in)'],
    ['a financial year to date in a dataset of rolling 12 months', { ...yearly, frequency: 'rolling-12-months' }, ['fytd-to-2017-12'],
      'must be a rolling 12 months, because this dataset is by rolling 12 months, but fytd-to-2017-12 is a financial year to date: write the rolling 12 months the figure is for, for example 12m-to-2017-12 (the 12 months to the last month of fytd-to-2017-12)'],
  ])('rejects %s', (_, data, periods, message) => {
    const found = at(data, periods);
    expect(found).toEqual([{ path: `observations.${periods.length - 1}.period`, message }]);
  });

  it.each([
    ['months in a dataset with summary blocks', valid, ['2015-03', '2016-03']],
    ['financial years, however written', { ...yearly, frequency: 'financial-year' }, ['2016-17', 'FY2010-11']],
    ['calendar years, bare or quoted', { ...yearly, frequency: 'calendar-year' }, [2014, '2015']],
    ['rolling 12 months', { ...yearly, frequency: 'rolling-12-months' }, ['12m-to-2017-03', '12m-to-2018-03']],
    ['mixed periods when no frequency is given and there is no summary', yearly, ['2018-03', '12m-to-2018-03', '2016']],
  ])('accepts %s', (_, data, periods) => expect(at(data, periods)).toEqual([]));

  it('leaves alternatives and breakdowns free to give other periods (another source, a rolling year)', () => {
    expect(issues({ ...valid, breakdowns: [{ ...breakdown, period: '12m-to-2018-03', total: undefined }] })).toEqual([]);
    expect(issues(valid).filter((i) => i.path.startsWith('alternatives'))).toEqual([]);
  });

  it('refuses a frequency other than monthly beside a summary block, and an unknown frequency', () => {
    expect(issues({ ...valid, frequency: 'financial-year', observations: [] })).toEqual([
      { path: 'frequency', message: 'must be monthly, because the dataset has summary blocks, which report month by month: write frequency: monthly, or remove the summaries' },
    ]);
    expect(issues({ ...valid, frequency: 'quarterly' })).toEqual([
      { path: 'frequency', message: 'must be one of monthly, financial-year, calendar-year, rolling-12-months, or left out when the figures mix periods' },
    ]);
  });
});

describe('indicator schema: a summary per reporting month, and what a source can cover', () => {
  const march = valid.summaries[0]!;
  const dated = { ...valid, sources: { ...valid.sources, dashboard: { ...valid.sources.dashboard, dataTo: '2018-03' } } };
  it('keeps one summary per month, as published', () => {
    expect(issues({ ...valid, summaries: [march, { ...march, period: '2018-04', fytd: 1500 }] })).toEqual([]);
    expect(issues({ ...valid, summaries: [march, { ...march, fytd: 1 }] })).toEqual([
      { path: 'summaries.1.period', message: "must not repeat a reporting month: summaries[0] is already the summary for 2018-03. Each month's summary is kept as published; correct the one that is there instead" },
    ]);
  });
  it('refuses a figure or summary for a month after its source\'s dataTo', () => {
    expect(issues(dated)).toEqual([]);
    const later = issues({ ...dated, observations: [...dated.observations, { period: '2018-04', value: 1, source: 'dashboard' }], summaries: [march, { ...march, period: '2018-04' }] });
    expect(later.map((i) => i.path)).toEqual(['observations.4.period', 'summaries.1.period']);
    expect(later[0]!.message).toBe('must be no later than 2018-03, the last month the source "dashboard" covers (its dataTo). A figure for 2018-04 comes from a later document: add that document under sources, with its own dataTo, and give its key as the source');
  });
  it('accepts a caption printed with the summary', () => {
    expect(issues({ ...valid, summaries: [{ ...march, caption: 'Victim Satisfaction Survey data to March 2018' }] })).toEqual([]);
  });
});

describe('indicator schema: sources', () => {
  it.each([
    ['no sources', {}, 'sources', /must list at least one source document/],
    ['a key that is not an id', { 'Bad Key': { title: 'Dashboard' } }, 'sources.Bad Key', /must be filed under a short key/],
    ['a list instead of keys', 'dashboard', 'sources', /must be a list of sources, each under a short key/],
  ])('rejects %s', (_, sources, path, message) => {
    const found = issues({ ...valid, sources, observations: [], summaries: [], alternatives: [] });
    expect(found.find((i) => i.path === path)?.message).toMatch(message);
  });
});

describe('indicator schema: not an object at all', () => {
  it.each([null, [], 'title: x', 5])('rejects %o without throwing', (value) => expect(indicatorSchema.safeParse(value).success).toBe(false));
});
