import { describe, expect, it } from 'vitest';
import { byDateDescending, formatDate, formatDateWithWeekday, formatMonth, formatTime, yearOf } from '../../../src/lib/text/dates.ts';

describe('formatDate', () => {
  it.each([
    ['2018-05-10', '10 May 2018'],
    ['2014-11-13', '13 November 2014'],
    ['2015-03-01', '1 March 2015'],
  ])('%s → %s', (iso, expected) => expect(formatDate(iso)).toBe(expected));
  it('rejects text that is not YYYY-MM-DD', () => expect(() => formatDate('10/05/2018')).toThrow(/YYYY-MM-DD/));
});

describe('formatDateWithWeekday and formatMonth', () => {
  it('names the weekday of the meeting', () => expect(formatDateWithWeekday('2018-05-10')).toBe('Thursday 10 May 2018'));
  it('does not depend on the time zone at midnight', () => expect(formatDateWithWeekday('2018-03-25')).toBe('Sunday 25 March 2018'));
  it('formats a month', () => expect(formatMonth('2018-03-31')).toBe('March 2018'));
  it('gives the year', () => expect(yearOf('2016-08-11')).toBe(2016));
});

describe('formatTime', () => {
  it.each([
    ['14:00', '2pm'],
    ['09:30', '9:30am'],
    ['12:00', 'midday'],
    ['00:00', 'midnight'],
    ['12:15', '12:15pm'],
  ])('%s → %s', (clock, expected) => expect(formatTime(clock)).toBe(expected));
});

describe('byDateDescending', () => {
  it('puts the newest first and breaks ties by id', () => {
    const items = [
      { id: 'b', date: '2018-05-10' },
      { id: 'a', date: '2014-11-13' },
      { id: 'a', date: '2018-05-10' },
    ];
    const sorted = [...items].sort(byDateDescending((i) => i.date, (i) => i.id));
    expect(sorted.map((i) => `${i.date}/${i.id}`)).toEqual(['2018-05-10/a', '2018-05-10/b', '2014-11-13/a']);
  });
});
