import { describe, expect, it } from 'vitest';
import { clockTime, isoDate, isRealDate, link, sourceRef, slug } from '../../../src/schemas/common.ts';

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

// The rule itself is tested in link-rules.test.ts; here, that every URL field follows it.
describe('link: the one rule for URL fields', () => {
  it.each(['https://www.gov.uk/', 'http://www.legislation.gov.uk/ukpga/2011/13', 'mailto:office@example.gov.uk', '/papers/', '#recommendations'])('accepts %j', (value) => {
    expect(link.safeParse(value).success).toBe(true);
  });

  it.each([
    ['//evil.example', 'must be a link this site can publish, but it starts with "//", which leads to whatever site follows: write the full address starting https://, or a page of this site starting with one /'],
    ['/\\evil.example', 'must be a link this site can publish, but it has a backslash (\\), which browsers read as "/", so it leads to whatever site follows: write / instead of \\: start with https:// for another site, or with one / for a page of this site'],
    ['data:text/html,x', 'must be a link this site can publish, but it is a data: address, which carries a whole page or file inside the link and can run code: remove it, or link to an https:// address or a page of this site starting with one /'],
    [' JavaScript:alert(1)', 'must be a link this site can publish, but it is a javascript: address, which runs code when a reader follows it: remove it, or link to an https:// address or a page of this site starting with one /'],
    ['papers/x', expect.stringMatching(/^must be a link this site can publish, but it is a relative link/)],
    [42, 'must be a web address'],
  ])('refuses %j', (value, message) => {
    expect(link.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('is the rule of a source\'s url', () => {
    expect(sourceRef.safeParse({ title: 'Report', url: 'file:///etc/passwd' }).error?.issues[0]).toMatchObject({ path: ['url'], message: expect.stringMatching(/it is a file: address/) });
  });
});
