import { describe, expect, it } from 'vitest';
import { baselineJudgementSentence, changeSentence, countOf, dataUsedSentence, dataUsedTo, duringPeriod, earlierPeriodsSentence, judgementSentence, quantity, rollingSentence, sameMonthSentence, singular, subjectOf, trendSentence, type Point } from '../../../src/lib/text/sentences.ts';
import type { Indicator, Unit } from '../../../src/schemas/indicator.ts';

const crimes: Unit = { kind: 'count', of: 'crimes' };
const incidents: Unit = { kind: 'count', of: 'incidents' };
const percent: Unit = { kind: 'percent', of: 'crimes' };
const p = (period: string, value: number): Point => ({ period, value });

describe('singular and countOf', () => {
  it.each([
    ['crimes', 'crime'],
    ['casualties', 'casualty'],
    ['calls per month', 'call per month'],
    ['surveyed victims', 'surveyed victim'],
    ['police staff members', 'police staff member'],
    ['people', 'person'],
    ['days lost per officer', 'day lost per officer'],
    ['offences', 'offence'],
  ])('%s → %s', (plural, one) => expect(singular(plural)).toBe(one));

  it.each([
    [8132, 'crimes', '8,132 crimes'],
    [1, 'casualties', '1 casualty'],
    [0, 'incidents', '0 incidents'],
  ])('countOf(%d, %s) is %s', (value, noun, text) => expect(countOf(value, noun)).toBe(text));

  it.each<[number, Unit, string]>([
    [66192, crimes, '66,192 crimes'],
    [24.7, percent, '24.7%'],
    [16, { kind: 'minutes', of: 'incidents' }, '16 minutes'],
    [9.4, { kind: 'days-per-person', of: 'police officers' }, '9.4 days per police officer'],
  ])('quantity(%d) is %s', (value, unit, text) => expect(quantity(value, unit)).toBe(text));

  it.each([
    ['2018-03', 'in March 2018'],
    ['2014', 'in 2014'],
    ['2016-17', 'in financial year 2016-17'],
    ['12m-to-2018-03', 'in the 12 months to March 2018'],
    ['fytd-to-2017-12', 'between April and December 2017'],
    ['fytd-to-2018-03', 'between April 2017 and March 2018'],
  ])('duringPeriod(%s) is "%s"', (period, text) => expect(duringPeriod(period)).toBe(text));
});

describe('changeSentence', () => {
  it.each<[string, Unit, Point, Point, string]>([
    ['Recorded crime', crimes, p('12m-to-2017-03', 58060), p('12m-to-2018-03', 66192), 'Recorded crime rose 14.0% (8,132 more crimes) in the 12 months to March 2018.'],
    ['Anti-social behaviour incidents', incidents, p('12m-to-2017-03', 24582), p('12m-to-2018-03', 19820), 'Anti-social behaviour incidents fell 19.4% (4,762 fewer incidents) in the 12 months to March 2018.'],
    ['Recorded crime', crimes, p('2017-03', 5737), p('2018-03', 4988), 'Recorded crime fell 13.1% (749 fewer crimes) in March 2018 compared with March 2017.'],
    ['The hate crime outcome rate', percent, p('12m-to-2017-03', 21.6), p('12m-to-2018-03', 24.7), 'The hate crime outcome rate rose from 21.6% to 24.7% (up 3.1 percentage points) in the 12 months to March 2018.'],
    ['The share of 101 calls answered within 30 seconds', { kind: 'percent', of: '101 calls' }, p('12m-to-2017-03', 93.3), p('12m-to-2018-03', 93.3), 'The share of 101 calls answered within 30 seconds was unchanged at 93.3% in the 12 months to March 2018.'],
    ['Killed or seriously injured road casualties', { kind: 'count', of: 'casualties' }, p('2016-06', 26), p('2017-06', 27), 'Killed or seriously injured road casualties rose 3.8% (1 more casualty) in June 2017 compared with June 2016.'],
    ['The time to respond', { kind: 'minutes', of: 'incidents' }, p('2017-03', 15), p('2018-03', 16), 'The time to respond rose from 15 to 16 minutes in March 2018 compared with March 2017.'],
    ['Sickness absence', { kind: 'days-per-person', of: 'police staff members' }, p('12m-to-2017-03', 10.1), p('12m-to-2018-03', 10), 'Sickness absence fell from 10.1 to 10.0 days per police staff member in the 12 months to March 2018.'],
    ['The average length of an investigation', { kind: 'days', of: 'investigations' }, p('12m-to-2017-03', 66), p('12m-to-2018-03', 84), 'The average length of an investigation rose from 66 to 84 days in the 12 months to March 2018.'],
    ['Special Constabulary strength', { kind: 'count', of: 'special constables', pointInTime: true }, p('12m-to-2017-03', 235), p('12m-to-2018-03', 229), 'Special Constabulary strength fell 2.6% (6 fewer special constables) between March 2017 and March 2018.'],
    ['The share who feel safe', { kind: 'percent', of: 'survey respondents' }, p('fytd-to-2016-12', 95.3), p('fytd-to-2017-12', 95.6), 'The share who feel safe rose from 95.3% to 95.6% (up 0.3 percentage points) between April and December 2017, compared with the same months a year earlier.'],
    ['Fatal collisions', { kind: 'count', of: 'collisions' }, p('2013-14', 29), p('2014-15', 33), 'Fatal collisions rose 13.8% (4 more collisions) in financial year 2014-15.'],
    ['Cases', { kind: 'count', of: 'cases' }, p('2017', 0), p('2018', 5), 'Cases rose from 0 to 5 cases in 2018.'],
  ])('%s: %o → %o', (subject, unit, from, to, sentence) => expect(changeSentence({ subject, unit, from, to })).toBe(sentence));
});

describe('trendSentence', () => {
  const ksi = [p('2010', 434), p('2011', 413), p('2012', 381), p('2013', 393), p('2014', 392)];
  it('describes the first and last figures and any extreme between them', () => {
    expect(trendSentence({ subject: 'Killed or seriously injured road casualties', unit: { kind: 'count', of: 'casualties' }, observations: ksi })).toBe(
      'Killed or seriously injured road casualties fell from 434 in 2010 to 392 in 2014. The lowest was 381 in 2012.',
    );
  });
  it('reads the series in period order whatever the file order', () => {
    expect(trendSentence({ subject: 'X', unit: crimes, observations: [...ksi].reverse() })).toMatch(/^X fell from 434 in 2010 to 392 in 2014/);
  });
  it('names a high point too', () => {
    expect(trendSentence({ subject: 'The rate', unit: percent, observations: [p('2015-03', 19.5), p('2016-03', 21.8), p('2017-03', 16.6), p('2017-12', 11.5), p('2018-03', 22.3)] })).toBe(
      'The rate rose from 19.5% in March 2015 to 22.3% in March 2018. The lowest was 11.5% in December 2017.',
    );
    expect(trendSentence({ subject: 'Y', unit: crimes, observations: [p('2010', 1), p('2011', 9), p('2012', 2)] })).toBe('Y rose from 1 in 2010 to 2 in 2012. The highest was 9 in 2011.');
  });
  it.each([
    ['one figure', [p('2014', 392)]],
    ['periods of different kinds', [p('2018-03', 931), p('12m-to-2018-03', 11808)]],
  ])('says nothing for %s', (_, observations) => expect(trendSentence({ subject: 'Z', unit: crimes, observations })).toBeUndefined());
  it('says when the ends are equal', () => {
    expect(trendSentence({ subject: 'The rate', unit: percent, observations: [p('2016-03', 75), p('2017-03', 75)] })).toBe('The rate was 75.0% in March 2017, the same as in March 2016.');
  });
});

describe('judgementSentence', () => {
  const base = { subject: 'the 12 months to March 2018', against: 'the previous 12 months', judgedBy: 'The dashboard' };
  it.each([
    [{ ...base, polarity: 'lower-is-better' as const, sourceJudgement: 'higher' as const }, 'The dashboard rates the 12 months to March 2018 as higher than the previous 12 months, which is worse because lower is better.'],
    [{ ...base, polarity: 'lower-is-better' as const, sourceJudgement: 'lower' as const }, 'The dashboard rates the 12 months to March 2018 as lower than the previous 12 months, which is better because lower is better.'],
    [{ ...base, polarity: 'higher-is-better' as const, sourceJudgement: 'comparable' as const }, 'The dashboard rates the 12 months to March 2018 as comparable with the previous 12 months: no clear change.'],
    [{ ...base, polarity: 'neither' as const, sourceJudgement: 'higher' as const }, 'The dashboard rates the 12 months to March 2018 as higher than the previous 12 months; neither higher nor lower is better in itself.'],
    [{ ...base, polarity: 'lower-is-better' as const, change: { absolute: -0.1 } }, 'On the figures, the 12 months to March 2018 is lower than the previous 12 months, which is better because lower is better.'],
  ])('%o', (input, sentence) => expect(judgementSentence(input)).toBe(sentence));

  it('says nothing without a judgement or a change', () => expect(judgementSentence({ ...base, polarity: 'neither' })).toBeUndefined());
});

describe('sentences from an indicator', () => {
  const asb: Pick<Indicator, 'title' | 'subject' | 'unit' | 'polarity' | 'summaries' | 'observations' | 'series'> = {
    title: 'Police recorded ASB',
    subject: 'Anti-social behaviour incidents',
    unit: incidents,
    polarity: 'lower-is-better',
    observations: [
      { period: '2017-03', value: 1918, source: 'dashboard' },
      { period: '2018-03', value: 1377, source: 'dashboard' },
    ],
    series: [],
    summaries: [{ period: '2018-03', rolling12Months: 19820, baseline: 24582, performanceVsBaseline: 'lower', source: 'dashboard' }],
  };
  it('writes the rolling, same-month and judgement sentences', () => {
    expect(rollingSentence(asb)).toBe('Anti-social behaviour incidents, in the 12 months to March 2018: 19.4% lower than the baseline, at 19,820 incidents against 24,582 (4,762 fewer).');
    expect(sameMonthSentence(asb)).toBe('Anti-social behaviour incidents fell 28.2% (541 fewer incidents) in March 2018 compared with March 2017.');
    expect(sameMonthSentence(asb, 2)).toBeUndefined();
    expect(baselineJudgementSentence(asb)).toBe('The dashboard rates the 12 months to March 2018 as lower than the previous 12 months, which is better because lower is better.');
  });
  it('falls back to the title and, without a summary or 24 months of figures, compares only the month', () => {
    const bare = { ...asb, subject: undefined, summaries: [] };
    expect(subjectOf(bare)).toBe('Police recorded ASB');
    expect(rollingSentence(bare)).toBeUndefined();
    expect(sameMonthSentence(bare)).toBe('Police recorded ASB fell 28.2% (541 fewer incidents) in March 2018 compared with March 2017.');
    expect(baselineJudgementSentence(bare)).toBeUndefined();
  });
  it('compares a headcount at the end of March with a year earlier', () => {
    const specials = { ...asb, subject: 'Special Constabulary strength', polarity: 'higher-is-better' as const, unit: { kind: 'count' as const, of: 'special constables', pointInTime: true }, summaries: [{ period: '2018-03', rolling12Months: 229, baseline: 235, source: 'dashboard' }] };
    // The dashboard printed no rating, so the site rates it: −2.6% is inside the 3% threshold.
    expect(baselineJudgementSentence(specials)).toBe('By the site’s own rating, March 2018 is comparable with March 2017: no clear change.');
    expect(baselineJudgementSentence({ ...specials, summaries: [{ period: '2018-03', rolling12Months: 200, baseline: 235, source: 'dashboard' }] })).toBe(
      'By the site’s own rating, March 2018 is lower than March 2017, which is worse because higher is better.',
    );
  });
});

describe('dataUsedTo', () => {
  it.each([
    ['Police recorded crime. Data to September 2017', '2017-09'],
    ['Cambridgeshire County Council data to May 2017', '2017-05'],
    ['Call handling data. Data to September 2017.', '2017-09'],
    ['Police recorded crime', undefined],
    ['Data to September 2017 from the survey', undefined],
  ])('%s → %s', (text, month) => expect(dataUsedTo(text)).toBe(month));
});

describe('dataUsedSentence: the information sheet\'s dates, said once for the dashboard', () => {
  // As on the 31 March 2018 dashboard: "Data to September 2017" for figures to March 2018, and KSI "to May 2017" for figures to June 2017.
  const dataset = (dataSource: string | undefined, period: string) => ({ dataSource, series: [], summaries: [], observations: [{ period, value: 1, source: 'dashboard' }] });
  it('counts the datasets whose sheet entry ends before their latest figure, most common date first', () => {
    expect(
      dataUsedSentence([
        dataset('Police recorded crime. Data to September 2017', '2018-03'),
        dataset('Police recorded incidents. Data to September 2017', '12m-to-2018-03'),
        dataset('Cambridgeshire County Council data to May 2017', '2017-06'),
        dataset(undefined, '2018-03'),
      ]),
    ).toBe('The dashboard’s information sheet gives the data used for 2 datasets as running “to September 2017” and one “to May 2017”, although each of them has figures for later months. Each indicator page quotes the sheet as printed, under “Data used”.');
  });
  it('says nothing when the sheet\'s dates fit the figures, or there is no date', () => {
    expect(dataUsedSentence([dataset('Police recorded crime. Data to March 2018', '2018-03'), dataset('Police recorded crime', '2018-03')])).toBeUndefined();
    expect(dataUsedSentence([])).toBeUndefined();
  });
});

describe('earlierPeriodsSentence: which indicators stop before the latest month, from their own periods', () => {
  const d = (title: string, period?: string) => ({ title, series: [], observations: [], summaries: period ? [{ period, source: 'dashboard' }] : [] });
  it.each([
    ['none when all end together', [d('A', '2018-03'), d('B', '2018-03')], undefined],
    ['none without summaries', [d('A')], undefined],
    ['one earlier', [d('A', '2018-03'), d('B', '2017-12')], 'Not every indicator has figures to March 2018: “B” runs to December 2017.'],
    [
      'groups by month, newest first',
      [d('A', '2018-03'), d('KSI', '2017-06'), d('How safe?', '2017-12'), d('ASB', '2017-12')],
      'Not every indicator has figures to March 2018: “How safe?” and “ASB” run to December 2017, and “KSI” runs to June 2017.',
    ],
  ])('%s', (_, datasets, expected) => expect(earlierPeriodsSentence(datasets)).toBe(expected));
});
