import { describe, expect, it } from 'vitest';
import { change, changeBetween, sameMonthChange, sameMonthChanges, yearOnYearChange, type PeriodValue } from '../../../src/lib/statistics/change.ts';

// All Recorded Crime, 31 March 2018 dashboard (reference/dashboard-2018-03.csv).
const recordedCrime: PeriodValue[] = [
  { period: '2015-03', value: 4078 },
  { period: '2016-03', value: 3968 },
  { period: '2017-03', value: 5737 },
  { period: '2018-03', value: 4988 },
];

describe('change', () => {
  it.each([
    // from, to, absolute, percent (to 2 places), direction
    [58060, 66192, 8132, 14.01, 'up'],
    [5737, 4988, -749, -13.06, 'down'],
    [24582, 19820, -4762, -19.37, 'down'],
    [91.2, 95.6, 4.4, 4.82, 'up'],
    [93.3, 93.3, 0, 0, 'same'],
  ] as const)('%d → %d', (from, to, absolute, percent, direction) => {
    const c = change(from, to);
    expect(c.absolute).toBe(absolute);
    expect(c.percent).toBeCloseTo(percent, 2);
    expect(c.direction).toBe(direction);
  });

  it('has no percentage change from zero', () => {
    expect(change(0, 5)).toEqual({ from: 0, to: 5, absolute: 5, percent: undefined, direction: 'up' });
  });
});

describe('changes between periods', () => {
  it.each([
    [1, '2017-03', -749],
    [2, '2016-03', 1020],
    [3, '2015-03', 910],
  ])('March 2018 against %i year(s) earlier (%s)', (years, fromPeriod, absolute) => {
    const c = sameMonthChange(recordedCrime, '2018-03', years);
    expect(c).toMatchObject({ fromPeriod, toPeriod: '2018-03', absolute });
  });

  it('lists the same-month changes that have figures', () => {
    expect(sameMonthChanges(recordedCrime, '2018-03').map((c) => c.yearsEarlier)).toEqual([1, 2, 3]);
    expect(sameMonthChanges(recordedCrime.slice(2), '2018-03').map((c) => c.yearsEarlier)).toEqual([1]);
  });

  it('is undefined when a figure is missing', () => {
    expect(sameMonthChange(recordedCrime, '2018-03', 4)).toBeUndefined();
    expect(changeBetween(recordedCrime, '2014', '2018-03')).toBeUndefined();
  });

  it('treats 2016-17 and FY2016-17 as the same period', () => {
    const years = [{ period: '2015-16', value: 306 }, { period: '2016-17', value: 382 }];
    expect(changeBetween(years, 'FY2015-16', 'FY2016-17')?.absolute).toBe(76);
    expect(yearOnYearChange(years, '2016-17')?.absolute).toBe(76);
  });

  it('keeps series apart', () => {
    const rows = [
      { period: '2016', value: 432, series: 'ksi' },
      { period: '12m-to-2017-10', value: 488, series: 'ksi' },
      { period: '2016', value: 22, series: 'child-ksi' },
    ];
    expect(changeBetween(rows, '2016', '12m-to-2017-10', 'ksi')?.absolute).toBe(56);
    expect(changeBetween(rows, '2016', '12m-to-2017-10', 'child-ksi')).toBeUndefined();
    expect(changeBetween(rows, '2016', '12m-to-2017-10')).toBeUndefined();
  });
});
