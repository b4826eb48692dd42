// The figures of a reporting month: published summaries win and stay as printed; the site works out
// only what every monthly figure allows, and says so. The first block checks the rules against what
// the 10 May 2018 performance report says in words about the March 2018 dashboard (reference README,
// section 6); the rest use small made-up datasets (labelled as such) for the months the site computes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asPrinted,
  earlierSummaries,
  fytdChangeOf,
  reportingFigures,
  reportingMonth,
  rollingChangeOf,
  siteJudgement,
  siteRatingRuleText,
  sumOfPeriod,
  monthlyValues,
} from '../../../src/lib/statistics/reporting.ts';
import { formatPercent } from '../../../src/lib/text/format.ts';
import { validateData } from '../../../src/lib/validation/validate-data.ts';
import type { Indicator } from '../../../src/schemas/indicator.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const { indicators } = validateData(root, path.join(root, 'data'));
const get = (id: string) => indicators.find((i) => i.id === id)!.data;

describe('the March 2018 dashboard, as the 10 May 2018 report describes it', () => {
  it('recorded crime: 66,192 crimes in the 12 months, 8,132 (14.0%) more than the baseline, as published', () => {
    const figures = reportingFigures(get('all-recorded-crime'))!;
    expect(figures.month).toBe('2018-03');
    expect(figures.rolling12Months).toEqual({ value: 66192, basis: 'published', period: '12m-to-2018-03' });
    const c = rollingChangeOf(figures)!;
    expect([c.absolute, formatPercent(c.percent!), c.basis]).toEqual([8132, '14.0%', 'published']);
    expect(figures.rating).toEqual({ judgement: 'higher', assessment: 'worse', basis: 'source' });
  });
  it('ASB: 4,762 fewer incidents over 12 months (the report: "19.4%"), and the financial year the same', () => {
    const figures = reportingFigures(get('police-recorded-asb'))!;
    expect(formatPercent(Math.abs(rollingChangeOf(figures)!.percent!))).toBe('19.4%');
    expect(rollingChangeOf(figures)!.absolute).toBe(-4762);
    expect(fytdChangeOf(figures)).toMatchObject({ fromPeriod: 'fytd-to-2017-03', toPeriod: 'fytd-to-2018-03', absolute: -4762 });
  });
  it('a headcount compares the end of March with a year earlier, and the site rates it where the dashboard printed "-"', () => {
    const figures = reportingFigures(get('special-constabulary-establishment'))!;
    expect(figures.rolling12Months).toMatchObject({ value: 229, period: '2018-03' });
    expect(figures.baseline).toMatchObject({ value: 235, period: '2017-03' });
    // −2.6% is inside the 3% threshold.
    expect(figures.rating).toEqual({ judgement: 'comparable', assessment: 'no-clear-change', basis: 'site' });
  });
  it('uses the December 2017 and June 2017 summaries at their own months', () => {
    expect(reportingMonth(get('how-safe-do-our-communities-feel'))).toBe('2017-12');
    expect(reportingFigures(get('ksi-road-casualties'))!.fytd).toMatchObject({ period: 'fytd-to-2017-06', basis: 'published' });
  });
});

/** MADE-UP figures for these tests only: a count with monthly figures from April 2016 to June 2018. */
function madeUp(overrides: Partial<Indicator> = {}): Indicator {
  const months: string[] = [];
  for (let year = 2016, month = 4; `${year}-${String(month).padStart(2, '0')}` <= '2018-06'; month === 12 ? ((year += 1), (month = 1)) : (month += 1)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  const base = get('all-recorded-crime');
  return {
    ...base,
    alternatives: [],
    summaries: [],
    // 100 a month to June 2017, then 110 a month: a 10% rise.
    observations: months.map((period) => ({ period, value: period <= '2017-06' ? 100 : 110, source: 'dashboard' })),
    ...overrides,
  };
}

describe('what the site works out from the monthly figures', () => {
  it('adds up the financial year to date and the 12 months, against the same months a year earlier', () => {
    const figures = reportingFigures(madeUp())!;
    expect(figures.month).toBe('2018-06');
    expect(figures.fytd).toEqual({ value: 330, basis: 'computed', period: 'fytd-to-2018-06' });
    expect(figures.fytdPreviousYear).toEqual({ value: 300, basis: 'computed', period: 'fytd-to-2017-06' });
    expect(figures.rolling12Months).toEqual({ value: 1320, basis: 'computed', period: '12m-to-2018-06' });
    expect(figures.baseline).toEqual({ value: 1200, basis: 'computed', period: '12m-to-2017-06' });
    // +10% is over the 3% threshold; lower is better, so higher is worse.
    expect(figures.rating).toEqual({ judgement: 'higher', assessment: 'worse', basis: 'site' });
  });

  it('gives no sum when a month is missing', () => {
    const gap = madeUp();
    gap.observations = gap.observations.filter((o) => o.period !== '2017-11');
    const figures = reportingFigures(gap)!;
    expect(figures.rolling12Months).toBeUndefined();
    expect(figures.rating).toBeUndefined();
    expect(figures.fytd?.value).toBe(330);
  });

  it('never adds up rates, times or averages', () => {
    const figures = reportingFigures(madeUp({ unit: { kind: 'percent', of: 'crimes' } }))!;
    expect([figures.fytd, figures.rolling12Months, figures.rating]).toEqual([undefined, undefined, undefined]);
    expect(figures.latest?.value).toBe(110);
  });

  it('shows a published figure over its own, and keeps its own beside it when they differ', () => {
    const figures = reportingFigures(madeUp({ summaries: [{ period: '2018-06', rolling12Months: 1300, performanceVsBaseline: 'comparable', source: 'dashboard' }] }))!;
    expect(figures.rolling12Months).toEqual({ value: 1300, basis: 'published', period: '12m-to-2018-06', computed: 1320 });
    expect(figures.baseline).toEqual({ value: 1200, basis: 'computed', period: '12m-to-2017-06' });
    expect(rollingChangeOf(figures)!.basis).toBe('computed');
    expect(figures.rating).toEqual({ judgement: 'comparable', assessment: 'no-clear-change', basis: 'source' });
  });

  it('keeps an earlier month\'s summary exactly as printed when later months arrive', () => {
    const march = { period: '2018-03', rolling12Months: 1290, baseline: 1200, performanceVsBaseline: 'higher' as const, source: 'dashboard' };
    const indicator = madeUp({ summaries: [march] });
    expect(reportingMonth(indicator)).toBe('2018-06');
    expect(earlierSummaries(indicator)).toEqual([march]);
    const printed = asPrinted(indicator, march);
    expect(printed.rolling12Months).toEqual({ value: 1290, basis: 'published', period: '12m-to-2018-03' });
    expect(printed.fytd).toBeUndefined();
    expect(printed.rating?.basis).toBe('source');
  });

  it('sums a period only from its own months', () => {
    const values = monthlyValues(madeUp().observations);
    expect(sumOfPeriod(values, 'fytd-to-2018-04')).toBe(110);
    expect(sumOfPeriod(values, '12m-to-2016-12')).toBeUndefined();
  });
});

describe('the site\'s own rating rule', () => {
  it.each([
    [{ kind: 'count' as const }, { absolute: 29, percent: 2.9 }, 'comparable'],
    [{ kind: 'count' as const }, { absolute: 30, percent: 3 }, 'higher'],
    [{ kind: 'count' as const }, { absolute: -31, percent: -3.1 }, 'lower'],
    [{ kind: 'percent' as const }, { absolute: 1.9, percent: 20 }, 'comparable'],
    [{ kind: 'percent' as const }, { absolute: -2, percent: -2.5 }, 'lower'],
    [{ kind: 'count' as const }, { absolute: 5, percent: undefined }, 'higher'],
  ])('%o, %o → %s', (unit, change, judgement) => expect(siteJudgement(unit, change)).toBe(judgement));

  it('is written out for the page, with its threshold', () => {
    expect(siteRatingRuleText({ kind: 'count' })).toMatch(/^The site’s own rating compares the 12 months to the month with the 12 months before: a change of less than 3% either way counts as no clear change/);
    expect(siteRatingRuleText({ kind: 'percent' })).toContain('less than 2 percentage points either way');
    expect(siteRatingRuleText({ kind: 'count', pointInTime: true })).toContain('the figure at the end of the month with the figure a year earlier');
  });
});
