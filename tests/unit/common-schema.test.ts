import { describe, expect, it } from 'vitest';
import { clockTime, isoDate, isRealDate, slug } from '../../src/schemas/common.ts';

describe('isRealDate', () => {
  it.each([
    ['2018-05-10', true],
    ['2016-02-29', true],
    ['2018-02-29', false],
    ['2018-13-40', false],
    ['2018-00-10', false],
    ['10/05/2018', false],
  ])('%s is a real date: %s', (value, expected) => {
    expect(isRealDate(value)).toBe(expected);
  });
});

describe('isoDate', () => {
  it('keeps a valid date as text', () => {
    expect(isoDate.parse('2018-04-12')).toBe('2018-04-12');
  });
  it('turns a YAML Date back into the same text', () => {
    expect(isoDate.parse(new Date('2018-04-12T00:00:00Z'))).toBe('2018-04-12');
  });
  it.each(['2018-13-40', '12 April 2018', 20180412])('rejects %s', (value) => {
    expect(isoDate.safeParse(value).success).toBe(false);
  });
});

describe('clockTime and slug', () => {
  it.each([['14:00', true], ['9:30', false], ['24:00', false], [1400, false]])('time %s valid: %s', (value, ok) => {
    expect(clockTime.safeParse(value).success).toBe(ok);
  });
  it.each([['business-coordination-board', true], ['Business Board', false], ['-bcb', false]])('slug %s valid: %s', (value, ok) => {
    expect(slug.safeParse(value).success).toBe(ok);
  });
});
