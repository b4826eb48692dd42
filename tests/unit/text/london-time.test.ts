import { describe, expect, it } from 'vitest';
import { londonOffsetMinutes, londonTimeToUtc } from '../../../src/lib/text/london-time.ts';

describe('londonTimeToUtc', () => {
  it.each([
    ['2018-05-10', '14:00', '2018-05-10T13:00:00.000Z'],
    ['2014-11-13', '14:00', '2014-11-13T14:00:00.000Z'],
    ['2018-03-25', '09:00', '2018-03-25T08:00:00.000Z'],
    ['2018-10-28', '09:00', '2018-10-28T09:00:00.000Z'],
  ])('%s %s in London is %s', (date, time, instant) => expect(londonTimeToUtc(date, time).toISOString()).toBe(instant));
});

describe('londonOffsetMinutes', () => {
  it('is an hour in summer and none in winter', () => {
    expect(londonOffsetMinutes(new Date('2018-07-01T12:00:00Z'))).toBe(60);
    expect(londonOffsetMinutes(new Date('2018-01-01T12:00:00Z'))).toBe(0);
  });
});
