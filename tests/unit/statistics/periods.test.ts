import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkPeriod,
  comparePeriods,
  financialYearOf,
  financialYearToDate,
  formatPeriod,
  frequencyProblem,
  isPeriod,
  isPreviousPeriod,
  labelPeriod,
  monthCount,
  monthLabel,
  monthsOf,
  parseMonth,
  parsePeriod,
  periodKey,
  periodYearsEarlier,
  previousPeriod,
  rolling12MonthsTo,
  sameMonthYearsEarlier,
  type Period,
} from '../../../src/lib/statistics/periods.ts';

describe('parsePeriod: valid periods', () => {
  it.each<[string, Period]>([
    ['2018-03', { kind: 'month', year: 2018, month: 3 }],
    ['2010-11', { kind: 'month', year: 2010, month: 11 }],
    ['2016-17', { kind: 'financial-year', startYear: 2016 }],
    ['1999-00', { kind: 'financial-year', startYear: 1999 }],
    ['FY2010-11', { kind: 'financial-year', startYear: 2010 }],
    ['FY2016-17', { kind: 'financial-year', startYear: 2016 }],
    ['2014', { kind: 'calendar-year', year: 2014 }],
    ['12m-to-2018-03', { kind: 'rolling-12-months', end: { year: 2018, month: 3 } }],
    ['fytd-to-2017-12', { kind: 'financial-year-to-date', end: { year: 2017, month: 12 } }],
  ])('%s', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
    expect(isPeriod(text)).toBe(true);
  });
});

describe('parsePeriod: invalid periods', () => {
  it.each([
    ['2018-13', /neither/],
    ['2018-00', /neither/],
    ['2016-18', /neither/],
    ['12m-to-2018-13', /months run from 01 to 12/],
    ['FY2010-12', /second year follows the first/],
    ['March 2018', /must be a period written/],
    ['18-03', /must be a period written/],
    ['2018-3', /must be a period written/],
    ['', /must be a period written/],
  ])('%s is rejected', (text, message) => {
    const result = checkPeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(() => parsePeriod(text)).toThrow(RangeError);
    expect(isPeriod(text)).toBe(false);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2018-03', '2018-03'],
    ['2016-17', '2016-17'],
    ['FY2016-17', '2016-17'],
    ['fy2010-11', 'FY2010-11'],
    ['2014', '2014'],
    ['12m-to-2018-03', '12m-to-2018-03'],
    ['fytd-to-2017-12', 'fytd-to-2017-12'],
  ])('%s is written %s', (text, written) => expect(formatPeriod(text)).toBe(written));

  it('adds the FY prefix only where a financial year would read as a month', () => {
    expect(formatPeriod({ kind: 'financial-year', startYear: 2010 })).toBe('FY2010-11');
    expect(parsePeriod(formatPeriod({ kind: 'financial-year', startYear: 2010 }))).toEqual({ kind: 'financial-year', startYear: 2010 });
    expect(formatPeriod({ kind: 'financial-year', startYear: 2012 })).toBe('2012-13');
  });
});

describe('labelPeriod (UK style)', () => {
  it.each([
    ['2018-03', 'March 2018'],
    ['2016-17', 'financial year 2016-17'],
    ['FY2010-11', 'financial year 2010-11'],
    ['2014', '2014'],
    ['12m-to-2018-03', '12 months to March 2018'],
    ['fytd-to-2017-12', 'April to December 2017'],
    ['fytd-to-2018-03', 'April 2017 to March 2018'],
    ['fytd-to-2017-04', 'April 2017 (financial year to date)'],
  ])('%s is "%s"', (text, label) => expect(labelPeriod(text)).toBe(label));

  it('labels a month given as text or as parts', () => {
    expect(monthLabel('2017-06')).toBe('June 2017');
    expect(monthLabel({ year: 2017, month: 12 })).toBe('December 2017');
  });
});

describe('financialYearOf (April to March)', () => {
  it.each([
    ['2018-03', '2017-18'],
    ['2018-04', '2018-19'],
    ['2017-12', '2017-18'],
    ['2017-01', '2016-17'],
    ['2011-01', 'FY2010-11'],
    ['2000-03', '1999-00'],
  ])('%s falls in %s', (month, year) => expect(financialYearOf(month)).toBe(year));

  it('rejects a period that is not a month', () => expect(() => financialYearOf('2016-17')).toThrow(/must be a month/));
});

describe('months a period covers', () => {
  it.each([
    ['2018-03', '2018-03', '2018-03', 1],
    ['2016-17', '2016-04', '2017-03', 12],
    ['2014', '2014-01', '2014-12', 12],
    ['12m-to-2018-03', '2017-04', '2018-03', 12],
    ['12m-to-2017-06', '2016-07', '2017-06', 12],
    ['fytd-to-2017-12', '2017-04', '2017-12', 9],
    ['fytd-to-2017-06', '2017-04', '2017-06', 3],
    ['fytd-to-2018-03', '2017-04', '2018-03', 12],
  ])('%s runs from %s to %s (%i months)', (period, start, end, count) => {
    const months = monthsOf(period);
    expect(`${months.start.year}-${String(months.start.month).padStart(2, '0')}`).toBe(start);
    expect(`${months.end.year}-${String(months.end.month).padStart(2, '0')}`).toBe(end);
    expect(monthCount(period)).toBe(count);
  });
});

describe('moving between periods', () => {
  it.each([
    ['2018-03', 1, '2017-03'],
    ['2018-03', 3, '2015-03'],
    ['2017-12', 2, '2015-12'],
  ])('%s, %i years earlier, is %s', (month, years, expected) => expect(sameMonthYearsEarlier(month, years)).toBe(expected));

  it.each([
    ['2018-01', -1, '2017-12'],
    ['2017-12', 1, '2018-01'],
    ['2018-03', -11, '2017-04'],
  ])('%s plus %i months is %s', (month, count, expected) => {
    const m = addMonths(month, count);
    expect(`${m.year}-${String(m.month).padStart(2, '0')}`).toBe(expected);
  });

  it.each([
    ['2018-03', '2018-02'],
    ['2018-01', '2017-12'],
    ['2016-17', '2015-16'],
    ['2014', '2013'],
    ['12m-to-2018-03', '12m-to-2017-03'],
    ['fytd-to-2017-12', 'fytd-to-2016-12'],
  ])('the period before %s is %s', (period, previous) => {
    expect(previousPeriod(period)).toBe(previous);
    expect(isPreviousPeriod(previous, period)).toBe(true);
  });

  it.each([
    ['2017-03', '2018-03'],
    ['2016-17', '2018-19'],
    ['2017', '12m-to-2017-12'],
  ])('%s is not the period just before %s', (earlier, later) => expect(isPreviousPeriod(earlier, later)).toBe(false));

  it.each([
    ['2018-03', '2017-03'],
    ['2016-17', '2015-16'],
    ['2014', '2013'],
    ['12m-to-2018-03', '12m-to-2017-03'],
    ['fytd-to-2017-12', 'fytd-to-2016-12'],
  ])('%s a year earlier is %s', (period, earlier) => expect(periodYearsEarlier(period, 1)).toBe(earlier));

  it('builds rolling and year-to-date periods from a month', () => {
    expect(rolling12MonthsTo('2017-06')).toBe('12m-to-2017-06');
    expect(financialYearToDate('2017-12')).toBe('fytd-to-2017-12');
  });

  it('parseMonth accepts only months', () => {
    expect(parseMonth('2018-03')).toEqual({ year: 2018, month: 3 });
    expect(() => parseMonth('12m-to-2018-03')).toThrow(/must be a month/);
  });
});

describe('comparePeriods', () => {
  it('sorts oldest to newest by the month a period ends, longest first on a tie', () => {
    const periods = ['2018-03', '2014', '12m-to-2018-03', '2016-17', '2017-12', 'fytd-to-2017-12', '2015-03'];
    expect([...periods].sort(comparePeriods)).toEqual(['2014', '2015-03', '2016-17', 'fytd-to-2017-12', '2017-12', '12m-to-2018-03', '2018-03']);
  });
});

describe('periodKey: one key per period, however it is written', () => {
  it.each([
    ['2016-17', 'FY2016-17', true],
    ['FY2016-17', 'fy2016-17', true],
    [' 2018-03', '2018-03', true],
    ['2010-11', 'FY2010-11', false],
    ['2014', '2014-15', false],
    ['12m-to-2018-03', 'fytd-to-2018-03', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(periodKey(a) === periodKey(b)).toBe(same);
    expect(periodKey(a) === periodKey(b)).toBe(JSON.stringify(parsePeriod(a)) === JSON.stringify(parsePeriod(b)));
  });
  it('takes a parsed period too', () => expect(periodKey(parsePeriod('FY2016-17'))).toBe(periodKey('2016-17')));
  it('throws for a text that is not a period, every time', () => {
    expect(() => periodKey('2018-13')).toThrow(RangeError);
    expect(() => periodKey('2018-13')).toThrow(RangeError);
  });
});

describe('reading the same text again', () => {
  it('gives the same answer, which no caller can change for the next', () => {
    const first = parsePeriod('12m-to-2018-03');
    expect(parsePeriod('12m-to-2018-03')).toEqual(first);
    expect(() => Object.assign(first, { kind: 'month' })).toThrow(TypeError);
    expect(() => Object.assign((first as { end: object }).end, { year: 1 })).toThrow(TypeError);
    expect(labelPeriod('12m-to-2018-03')).toBe('12 months to March 2018');
    const wrong = checkPeriod('2018-13');
    expect(checkPeriod('2018-13')).toEqual(wrong);
    expect(wrong.ok).toBe(false);
  });
  it('still reads every text correctly after reading more texts than it remembers', () => {
    for (let i = 0; i < 12_000; i += 1) checkPeriod(`${1000 + (i % 9000)}-${String((i % 12) + 1).padStart(2, '0')}`);
    expect(parsePeriod('2018-03')).toEqual({ kind: 'month', year: 2018, month: 3 });
    expect(parsePeriod('FY2010-11')).toEqual({ kind: 'financial-year', startYear: 2010 });
  });
});

describe('frequencyProblem', () => {
  it.each([
    ['2018-03', 'monthly'],
    ['2016-17', 'financial-year'],
    ['FY2010-11', 'financial-year'],
    ['2014', 'calendar-year'],
    ['12m-to-2018-03', 'rolling-12-months'],
  ] as const)('%s fits a dataset that is %s', (text, frequency) => expect(frequencyProblem(text, frequency)).toBeUndefined());

  it.each([
    ['2015-16', 'monthly', 'must be a month, because this dataset is monthly, but 2015-16 is a financial year: write the month the figure is for, for example 2016-03 (the last month of 2015-16)'],
    ['fytd-to-2017-12', 'monthly', 'must be a month, because this dataset is monthly, but fytd-to-2017-12 is a financial year to date: write the month the figure is for, for example 2017-12 (the last month of fytd-to-2017-12)'],
    ['2018-03', 'financial-year', 'must be a financial year, because this dataset is by financial year, but 2018-03 is a month: write the financial year the figure is for, for example 2017-18 (the financial year that the last month of 2018-03 falls in)'],
    ['2011', 'financial-year', 'must be a financial year, because this dataset is by financial year, but 2011 is a calendar year: write the financial year the figure is for, for example FY2011-12 (the financial year that the last month of 2011 falls in)'],
    ['12m-to-2017-10', 'calendar-year', 'must be a calendar year, because this dataset is by calendar year, but 12m-to-2017-10 is a rolling 12 months: write the calendar year the figure is for, for example 2017 (the calendar year that the last month of 12m-to-2017-10 falls in)'],
    ['2016-17', 'rolling-12-months', 'must be a rolling 12 months, because this dataset is by rolling 12 months, but 2016-17 is a financial year: write the rolling 12 months the figure is for, for example 12m-to-2017-03 (the 12 months to the last month of 2016-17)'],
  ] as const)('%s in a dataset that is %s', (text, frequency, message) => expect(frequencyProblem(text, frequency)).toBe(message));

  it('puts the reason after the frequency', () => {
    expect(frequencyProblem('2015-16', 'monthly', ' (it has a summary block)')).toMatch(/^must be a month, because this dataset is monthly \(it has a summary block\), but/);
  });
});
