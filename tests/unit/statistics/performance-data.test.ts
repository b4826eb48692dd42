// The real performance data in data/: it validates, it matches the reference extraction cell for
// cell (../shared/reference, a fidelity check only: data/ is the source of truth), and it reproduces
// what the 10 May 2018 performance report says in words (reference README, section 6).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameMonthChange } from '../../../src/lib/statistics/change.ts';
import { fytdChangeOf, reportingFigures, rollingChangeOf } from '../../../src/lib/statistics/reporting.ts';
import { formatPercent, formatSignedPercent } from '../../../src/lib/text/format.ts';
import { assess, judge } from '../../../src/lib/statistics/judgement.ts';
import { sameMonthYearsEarlier } from '../../../src/lib/statistics/periods.ts';
import { formatProblem } from '../../../src/lib/validation/problems.ts';
import { baselineJudgementSentence, rollingSentence, sameMonthSentence } from '../../../src/lib/text/sentences.ts';
import { validateData } from '../../../src/lib/validation/validate-data.ts';
import type { Indicator } from '../../../src/schemas/indicator.ts';
import { hasReference, readReferenceCsv, referencePeriod, titleKey } from '../../helpers/reference.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dataDir = path.join(root, 'data');

const { indicators, problems } = validateData(root, dataDir);
const byId = new Map(indicators.map((i) => [i.id, i.data]));
const get = (id: string): Indicator => {
  const found = byId.get(id);
  if (!found) throw new Error(`No dataset ${id} in data/indicators`);
  return found;
};
const dashboard = indicators.filter((i) => i.data.dashboardPosition !== undefined).sort((a, b) => a.data.dashboardPosition! - b.data.dashboardPosition!);
const valueAt = (id: string, period: string) => get(id).observations.find((o) => o.period === period && o.series === undefined)?.value;

const readCsv = readReferenceCsv;
const cell = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));

describe('data/ validates', () => {
  it('has no problems', () => expect(problems.map(formatProblem)).toEqual([]));
  it('has the 42 dashboard indicators, in positions 1 to 42', () => {
    expect(dashboard).toHaveLength(42);
    expect(dashboard.map((i) => i.data.dashboardPosition)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    for (const i of dashboard) expect(i.data.theme, i.id).toBeDefined();
  });
  it('uses the ids the brief names', () => {
    for (const id of ['all-recorded-crime', 'ksi-road-casualties', '999-calls-answered-within-10-seconds', 'ksi-road-casualties-by-calendar-year', 'road-collisions-by-severity']) expect(byId.has(id), id).toBe(true);
  });
  it('names the seed document in every source title', () => {
    for (const { id, data } of indicators) {
      for (const source of Object.values(data.sources)) expect(source.title, id).toMatch(/^(Business Coordination Board|Police and Crime Panel), \d{1,2} \w+ \d{4}/);
      expect(data.provenance.length, id).toBeGreaterThan(0);
    }
  });
});

describe.skipIf(!hasReference)('dashboard values equal the reference CSV', () => {
  const rows = hasReference ? readCsv('dashboard-2018-03.csv') : [];
  const themes: Record<string, string> = { Victims: 'victims', Offenders: 'offenders', Community: 'communities', Transformation: 'transformation' };
  const units: Record<string, string> = { count: 'count', percent: 'percent', minutes: 'minutes', days: 'days-per-person' };
  const judgement = (value: string | undefined) => (value ? value.replace(/\s+/g, '').toLowerCase() : undefined);

  it('has one dataset per row', () => expect(rows).toHaveLength(42));

  it.each(rows.map((row, i) => [i + 1, row.indicator!, row] as const))('%i. %s', (position, name, row) => {
    const found = dashboard.find((i) => i.data.dashboardPosition === position)!;
    const data = found.data;
    // The site labels the indicator in sentence case with an en dash; the words are the dashboard's.
    expect(titleKey(data.title)).toBe(titleKey(name));
    expect(data.theme).toBe(themes[row.theme!]);
    expect(data.unit.kind).toBe(units[row.unit!]);
    expect(data.dataSource).toBe(row.data_source || undefined);
    expect(data.peerSource).toBe(row.peer_source || undefined);
    expect(data.provenance).toContain(row.provenance);

    const month = row.period_current!;
    (['current', 'same_month_minus_1y', 'same_month_minus_2y', 'same_month_minus_3y'] as const).forEach((column, years) => {
      const period = sameMonthYearsEarlier(month, years);
      const observation = data.observations.find((o) => o.period === period);
      expect(observation?.value, `${column} (${period})`).toBe(cell(row[column]));
      if (observation) expect(observation.source).toMatch(/^dashboard/);
    });

    expect(data.summaries).toHaveLength(1);
    const summary = data.summaries[0]!;
    expect(summary.period).toBe(month);
    expect(summary.fytd).toBe(cell(row.fytd));
    expect(summary.fytdPreviousYear).toBe(cell(row.fytd_minus_1y));
    expect(summary.rolling12Months).toBe(cell(row.rolling_12m));
    expect(summary.baseline).toBe(cell(row.baseline));
    expect(summary.vsOneYearAverage).toBe(judgement(row.vs_1yr_avg));
    expect(summary.vsThreeYearAverage).toBe(judgement(row.vs_3yr_avg));
    expect(summary.performanceVsBaseline).toBe(judgement(row.perf_vs_benchmark));
    expect(summary.mostSimilarForces).toBe(row.msf ? row.msf.toLowerCase().replace(/ /g, '-') : undefined);
  });

  it('takes the December 2017 and June 2017 rows at their own months', () => {
    expect(get('how-safe-do-our-communities-feel').summaries[0]?.period).toBe('2017-12');
    expect(get('perception-of-high-asb').summaries[0]?.period).toBe('2017-12');
    expect(get('ksi-road-casualties').summaries[0]?.period).toBe('2017-06');
    expect(get('ksi-road-casualties').observations.map((o) => o.period)).toEqual(['2014-06', '2015-06', '2016-06', '2017-06']);
    expect(fytdChangeOf(reportingFigures(get('ksi-road-casualties'))!)?.toPeriod).toBe('fytd-to-2017-06');
  });
});

describe.skipIf(!hasReference)('other datasets equal the reference CSVs', () => {
  it('arrests and stop-search breakdowns', () => {
    const rows = readCsv('arrests-stop-search-2018-03.csv');
    expect(rows).toHaveLength(120);
    for (const row of rows) {
      const data = get(row.dataset === 'arrests' ? 'arrests-by-age-ethnicity-and-nationality' : 'stop-searches-by-age-ethnicity-and-nationality');
      const period = row.period!.replace(/^rolling 12m to /, '12m-to-');
      const breakdown = data.breakdowns.find((b) => b.dimension === row.dimension!.replace(/_subtotal$/, '') && b.period === period);
      const category = breakdown?.categories.find((c) => c.category === row.category);
      expect(category, `${row.dataset} ${row.dimension} ${row.category} ${period}`).toBeDefined();
      expect(category!.percent).toBe(Number(row.percent));
      expect(category!.subtotal).toBe(row.dimension!.endsWith('_subtotal'));
      expect(breakdown!.total).toBe(cell(row.total));
    }
  });

  it.each([
    ['ksi_casualties_calendar_year', 'ksi-road-casualties-by-calendar-year'],
    ['stats19_vs_tarn_collisions_financial_year', 'road-collisions-by-severity'],
    ['road_safety_partnership_summary_data', 'road-safety-partnership-casualties'],
    ['roads_policing_unit_activity', 'roads-policing-unit-activity'],
  ])('road-safety.csv %s → %s', (dataset, id) => {
    const rows = readCsv('road-safety.csv').filter((r) => r.dataset === dataset && !/table total/.test(r.period!));
    const data = get(id);
    expect(data.observations).toHaveLength(rows.length);
    for (const row of rows) {
      const period = row.period!.replace(/^12m to /, '12m-to-').replace(/ \(calendar year\)$/, '');
      expect(data.observations.some((o) => o.period === period && o.value === Number(row.value)), `${row.measure} ${period}`).toBe(true);
    }
  });

  it('the collision table still adds up to its printed totals', () => {
    const totals = readCsv('road-safety.csv').filter((r) => /table total/.test(r.period!));
    const data = get('road-collisions-by-severity');
    const sums = data.series.map((s) => data.observations.filter((o) => o.series === s.id).reduce((sum, o) => sum + o.value, 0));
    expect(sums).toEqual(totals.map((r) => Number(r.value)));
  });
});

describe('conflicts in the sources keep both values (reference README, section 5)', () => {
  it.each([
    // id, period, the dashboard's own figure, the other source's figure (or stated change), the other source
    ['satisfaction-with-service-delivery-domestic-abuse', '2018-03', 83.3, { value: 0 }, /summary page/],
    ['999-calls-answered-within-10-seconds', '12m-to-2018-03', 93.8, { value: 94.4 }, /Performance update/],
    ['999-calls-answered-within-10-seconds', '12m-to-2017-03', 95.1, { value: 94.7 }, /Performance update/],
    ['non-emergency-calls-answered-within-30-seconds', '12m-to-2018-03', 93.3, { value: 94.2 }, /Performance update/],
    ['burglary-dwelling', '2018-03', -90, { change: -75, comparedWith: '2017-03' }, /Performance update/],
    ['how-safe-do-our-communities-feel', '12m-to-2017-12', 96.0, { value: 95.8 }, /Performance update/],
    ['sickness-police-officer', '2018-03', 0.7, { value: 0.8 }, /Performance update/],
    ['sickness-police-staff', '2018-03', 0.9, { value: 0.8 }, /Performance update/],
    ['police-recorded-asb', '12m-to-2018-03', -4762, { change: -4700, comparedWith: '12m-to-2017-03' }, /Performance update/],
    ['police-support-volunteers-establishment', '2018-05', 84, { value: 90 }, /Citizens in Policing/],
  ])('%s, %s: %d here, %o elsewhere', (id, period, ours, theirs, source) => {
    const data = get(id);
    const alternative = data.alternatives.find((a) => a.period === period);
    expect(alternative).toMatchObject(theirs);
    expect(data.sources[alternative!.source]!.title + (data.sources[alternative!.source]!.location ?? '')).toMatch(source);
    // The dashboard's own figure is still there, unchanged.
    expect(data.summaries).toHaveLength(1);
    const summary = data.summaries[0]!;
    const mine =
      'change' in theirs
        ? (id === 'burglary-dwelling' ? sameMonthChange(data.observations, '2018-03', 1) : rollingChangeOf(reportingFigures(data)!))!.absolute
        : period.startsWith('12m') ? (period === `12m-to-${summary.period}` ? summary.rolling12Months : summary.baseline) : (valueAt(id, period) ?? valueAt(id, summary.period));
    expect(mine).toBe(ours);
  });
});

describe('the figures the 10 May 2018 performance report states in words (reference README, section 6)', () => {
  const crime = () => get('all-recorded-crime');
  const ksiIdentity = () => {
    const rows = get('road-collisions-by-severity').observations;
    const at = (series: string, period: string) => rows.find((o) => o.series === series && o.period === period)!.value;
    return ['2012-13', '2013-14', '2014-15', '2015-16', '2016-17'].every((y) => at('ksi', y) === at('fatal', y) + at('serious-stats19', y) && at('killed-and-severe', y) === at('fatal', y) + at('severe-mais3', y));
  };
  it.each<[string, () => unknown, unknown]>([
    ['1. recorded crime in March 2018 was 4,988', () => valueAt('all-recorded-crime', '2018-03'), 4988],
    ['2. −13.1% compared with March 2017', () => formatSignedPercent(sameMonthChange(crime().observations, '2018-03', 1)!.percent!), '\u221213.1%'],
    ['3. 8,132 additional crimes over 12 months', () => rollingChangeOf(reportingFigures(crime())!)!.absolute, 8132],
    ['4. up 14.0% over 12 months', () => formatPercent(rollingChangeOf(reportingFigures(crime())!)!.percent!), '14.0%'],
    ['3-4. in one sentence', () => rollingSentence(crime()), 'Recorded crime, in the 12 months to March 2018: 14.0% higher than the baseline, at 66,192 crimes against 58,060 (8,132 more).'],
    ['2. in one sentence', () => sameMonthSentence(crime()), 'Recorded crime fell 13.1% (749 fewer crimes) in March 2018 compared with March 2017.'],
    ['8. 101 calls "the same as the previous year"', () => rollingChangeOf(reportingFigures(get('non-emergency-calls-answered-within-30-seconds'))!)!.direction, 'same'],
    ['9. all-crime outcome rate 15.9% (rolling 12 months)', () => get('all-crime-outcome-rate').summaries[0]!.rolling12Months, 15.9],
    ['10. outcome rate above 20% in March 2018', () => valueAt('all-crime-outcome-rate', '2018-03')! > 20, true],
    ['(report) outcome rate low of 11.5% in December 2017', () => valueAt('all-crime-outcome-rate', '2017-12'), 11.5],
    ['11. hate crime outcome rate from 21.6% to 24.7%', () => rollingSentence(get('hate-crime-outcome-rate')), 'The hate crime outcome rate, in the 12 months to March 2018: 3.1 percentage points higher than the baseline, at 24.7% against 21.6%.'],
    ['12. hate crimes higher than the previous year', () => rollingChangeOf(reportingFigures(get('hate-crime'))!)!.direction, 'up'],
    ['13. ASB down 19.4%', () => rollingSentence(get('police-recorded-asb')), 'Anti-social behaviour incidents, in the 12 months to March 2018: 19.4% lower than the baseline, at 19,820 incidents against 24,582 (4,762 fewer).'],
    ['14. ASB "−4,700" is the dashboard\u2019s −4,762 cut to hundreds (not rounded)', () => Math.trunc(rollingChangeOf(reportingFigures(get('police-recorded-asb'))!)!.absolute / 100) * 100, -4700],
    ['15. 229 Specials at the end of March 2018', () => valueAt('special-constabulary-establishment', '2018-03'), 229],
    ['16. more than 52,000 Specials hours', () => get('special-constabulary-hours-worked').summaries[0]!.rolling12Months! > 52000, true],
    ['17. victim satisfaction 86% (year to March 2017)', () => Math.round(get('satisfaction-with-service-delivery-police').summaries[0]!.baseline!), 86],
    ['18. victim satisfaction 81% (year to March 2018)', () => Math.round(get('satisfaction-with-service-delivery-police').summaries[0]!.rolling12Months!), 81],
    ['19. around 840 mental health incidents a month', () => Math.round(get('incidents-with-mental-health-qualifier').summaries[0]!.rolling12Months! / 12 / 10) * 10, 840],
    ['20. mental health incidents comparable with the previous year', () => assess('neither', get('incidents-with-mental-health-qualifier').summaries[0]!.performanceVsBaseline!), 'no-clear-change'],
    ['21. burglary outcome rate 69.8% in March 2018', () => valueAt('burglary-dwelling-outcome-rate', '2018-03'), 69.8],
    ['22. 97 detections of 139 burglaries is 69.8%', () => formatPercent((97 / valueAt('burglary-dwelling', '2018-03')!) * 100), '69.8%'],
    ['23. dwelling burglaries up 25.7%', () => formatPercent(rollingChangeOf(reportingFigures(get('burglary-dwelling'))!)!.percent!), '25.7%'],
    ['24. the dashboard gives 90 fewer burglaries, not 75', () => sameMonthChange(get('burglary-dwelling').observations, '2018-03', 1)!.absolute, -90],
    ['25. burglary outcome rate comparable with the previous year', () => baselineJudgementSentence(get('burglary-dwelling-outcome-rate')), 'The dashboard rates the 12 months to March 2018 as comparable with the previous 12 months: no clear change.'],
    ['27. dealing with local concerns deteriorated', () => judge({ polarity: get('dealing-with-local-concerns').polarity, sourceJudgement: get('dealing-with-local-concerns').summaries[0]!.performanceVsBaseline })!.assessment, 'worse'],
    ['28. domestic abuse outcome rate deteriorated', () => assess(get('domestic-abuse-outcome-rate').polarity, get('domestic-abuse-outcome-rate').summaries[0]!.performanceVsBaseline!), 'worse'],
    ['28. serious sexual offences outcome rate deteriorated', () => assess(get('serious-sexual-offences-outcome-rate').polarity, get('serious-sexual-offences-outcome-rate').summaries[0]!.performanceVsBaseline!), 'worse'],
    ['30. officer sickness 0.8 days read as a monthly average (9.4 ÷ 12)', () => Math.round((get('sickness-police-officer').summaries[0]!.rolling12Months! / 12) * 10) / 10, 0.8],
    ['32. staff sickness 0.8 days read as a monthly average (10.0 ÷ 12)', () => Math.round((get('sickness-police-staff').summaries[0]!.rolling12Months! / 12) * 10) / 10, 0.8],
    ['(road safety) KSI collisions = fatal + serious, every year', () => ksiIdentity(), true],
  ])('%s', (_, actual, expected) => expect(actual()).toEqual(expected));
});

// Figures from other-figures.csv that data/ publishes, each where it is published: an observation
// (the figure joins a series) or an alternative (another source's figure beside the dashboard's).
// data/ may hold more figures than the reference (later months from `npm run import`), never other values.
describe.skipIf(!hasReference)('figures from other-figures.csv are in data/ as printed', () => {
  const other = readCsv('other-figures.csv');
  const row = (dataset: string, measure: string | RegExp, period: string) => {
    const found = other.filter((r) => r.dataset === dataset && r.period === period && (typeof measure === 'string' ? r.measure === measure : measure.test(r.measure!)));
    if (found.length !== 1) throw new Error(`Expected one row for ${dataset} / ${String(measure)} / ${period}, found ${found.length}`);
    return Number(found[0]!.value);
  };
  const report = 'performance_report_2018-03';
  // reference row (dataset, measure, period) → dataset id, where, period in data/, series
  it.each<[string, string | RegExp, string, string, 'observation' | 'alternative value' | 'alternative change', string, string?]>([
    [report, 'all crime prosecution possible outcome rate - monthly low', '2017-12', 'all-crime-outcome-rate', 'observation', '2017-12'],
    [report, '999 calls answered within 10 seconds', '12m to 2018-03', '999-calls-answered-within-10-seconds', 'alternative value', '12m-to-2018-03'],
    [report, '999 calls answered within 10 seconds', '12m to 2017-03', '999-calls-answered-within-10-seconds', 'alternative value', '12m-to-2017-03'],
    [report, '101 calls answered within 30 seconds', '12m to 2018-03', 'non-emergency-calls-answered-within-30-seconds', 'alternative value', '12m-to-2018-03'],
    [report, /^101 calls answered within 30 seconds \(implied/, '12m to 2017-03', 'non-emergency-calls-answered-within-30-seconds', 'alternative value', '12m-to-2017-03'],
    [report, /^change in dwelling burglaries vs same month previous year/, '2018-03 vs 2017-03', 'burglary-dwelling', 'alternative change', '2018-03'],
    [report, 'survey respondents who felt safe in their local area', '12m to 2017-12', 'how-safe-do-our-communities-feel', 'alternative value', '12m-to-2017-12'],
    [report, 'change in ASB incidents (stated "-4,700")', '12m to 2018-03 vs 12m to 2017-03', 'police-recorded-asb', 'alternative change', '12m-to-2018-03'],
    [report, /^sickness: days lost per police officer/, 'reported 2018-05 for 12m to 2018-03', 'sickness-police-officer', 'alternative value', '2018-03'],
    [report, /^sickness: working days lost per police staff member/, 'reported 2018-05 for 12m to 2018-03', 'sickness-police-staff', 'alternative value', '2018-03'],
    ['citizens_in_policing_2018', 'Police Support Volunteers assisting the organisation', 'as at 2018-05 (report date)', 'police-support-volunteers-establishment', 'alternative value', '2018-05'],
    ['call_demand_2016', '999 calls received per month (approx.)', 'as at 2016-08', '999-and-101-call-volumes', 'observation', '2016-08', 'emergency-999'],
    ['call_demand_2016', '101 calls received per month (approx.)', 'as at 2016-08', '999-and-101-call-volumes', 'observation', '2016-08', 'non-emergency-101'],
    [report, 'average length of investigation', '12m to 2017-03', 'average-length-of-investigation', 'observation', referencePeriod('12m to 2017-03')],
    [report, 'average length of investigation', '12m to 2018-03', 'average-length-of-investigation', 'observation', referencePeriod('12m to 2018-03')],
    ['workforce_diversity', 'BME share of county population', 'as stated 2018-05 (census basis not stated)', 'bme-representation', 'observation', '2018-05', 'county-population'],
    ['workforce_diversity', /^BME share of Constabulary workforce/, 'as stated 2018-05', 'bme-representation', 'observation', '2018-05', 'constabulary'],
  ])('%s: %s (%s) → %s', (dataset, measure, period, id, where, at, series) => {
    const expected = row(dataset, measure, period);
    const data = get(id);
    if (where === 'observation') {
      expect(data.observations.filter((o) => o.period === at && o.series === series).map((o) => o.value)).toEqual([expected]);
    } else {
      const found = data.alternatives.filter((a) => a.period === at).map((a) => (where === 'alternative change' ? a.change : a.value));
      expect(found).toContain(expected);
    }
  });

  it('arrests and stop-search breakdowns hold no category the reference does not', () => {
    const count = (id: string) => get(id).breakdowns.reduce((sum, b) => sum + b.categories.length, 0);
    expect(count('arrests-by-age-ethnicity-and-nationality') + count('stop-searches-by-age-ethnicity-and-nationality')).toBe(readCsv('arrests-stop-search-2018-03.csv').length);
  });
});
