import { describe, expect, it } from 'vitest';
import { decimalsFor, formatDate, formatNumber, formatPercent, formatPercentagePoints, formatSignedNumber, formatSignedPercent, formatValue } from '../../../src/lib/text/format.ts';
import type { Unit } from '../../../src/schemas/indicator.ts';

const minus = '\u2212';

describe('formatNumber', () => {
  it.each([
    [8132, 0, '8,132'],
    [66192, 0, '66,192'],
    [1234567.891, 2, '1,234,567.89'],
    [-4762, 0, `${minus}4,762`],
    [0.7, 1, '0.7'],
    [-0.04, 1, '0.0'],
    [999.95, 1, '1,000.0'],
  ])('%d with %i decimals is %s', (value, decimals, text) => expect(formatNumber(value, decimals)).toBe(text));
});

describe('signed numbers and percentages', () => {
  it.each([
    [8132, 0, '+8,132'],
    [-749, 0, `${minus}749`],
    [0, 0, '0'],
    [0.04, 1, '0.0'],
  ])('formatSignedNumber(%d, %i) is %s', (value, decimals, text) => expect(formatSignedNumber(value, decimals)).toBe(text));

  it.each([
    [14.006, '14.0%'],
    [80.7, '80.7%'],
    [100, '100.0%'],
    [0, '0.0%'],
  ])('formatPercent(%d) is %s', (value, text) => expect(formatPercent(value)).toBe(text));

  it.each([
    [14.006, '+14.0%'],
    [-13.055, `${minus}13.1%`],
    [-19.372, `${minus}19.4%`],
    [0.01, '0.0%'],
  ])('formatSignedPercent(%d) is %s', (value, text) => expect(formatSignedPercent(value)).toBe(text));

  it.each([
    [3.1, 1, '3.1 percentage points'],
    [1, 0, '1 percentage point'],
    [1, 1, '1.0 percentage points'],
    [-1.5, 1, `${minus}1.5 percentage points`],
  ])('formatPercentagePoints(%d, %i) is %s', (value, decimals, text) => expect(formatPercentagePoints(value, decimals)).toBe(text));
});

describe('formatValue', () => {
  it.each<[number, Unit['kind'], string]>([
    [8132, 'count', '8,132'],
    [52220, 'count', '52,220'],
    [14.006, 'percent', '14.0%'],
    [100, 'percent', '100.0%'],
    [16, 'minutes', '16 minutes'],
    [1, 'minutes', '1 minute'],
    [84, 'days', '84 days'],
    [9.4, 'days-per-person', '9.4 days'],
    [10, 'days-per-person', '10.0 days'],
    [1, 'days-per-person', '1.0 day'],
  ])('%d %s is %s', (value, kind, text) => expect(formatValue(value, { kind })).toBe(text));

  it.each<[Unit['kind'], number | undefined, number]>([
    ['count', 8132, 0],
    ['count', 9.5, 1],
    ['percent', 14, 1],
    ['days-per-person', 9, 1],
  ])('%s %s has %i decimals', (kind, value, decimals) => expect(decimalsFor({ kind }, value)).toBe(decimals));
});

describe('formatDate', () => {
  it.each([
    ['2018-05-10', '10 May 2018'],
    ['2015-03-18', '18 March 2015'],
    ['2016-08-11', '11 August 2016'],
  ])('the calendar date %s is %s', (date, text) => expect(formatDate(date)).toBe(text));

  it.each([
    // 23:30 UTC is already the next day in British Summer Time, but not in winter.
    ['2018-05-09T23:30:00Z', '10 May 2018'],
    ['2018-01-09T23:30:00Z', '9 January 2018'],
  ])('the instant %s is %s in Europe/London', (instant, text) => expect(formatDate(new Date(instant))).toBe(text));

  it('rejects a date that is not YYYY-MM-DD', () => expect(() => formatDate('10/05/2018')).toThrow());
});
