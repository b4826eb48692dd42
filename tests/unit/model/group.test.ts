import { describe, expect, it } from 'vitest';
import { countInWords, countOf, inWords, theNames } from '../../../src/lib/model/group.ts';

describe('counts in running text', () => {
  it.each([
    [0, 'no themes', '0 themes'],
    [1, 'one theme', '1 theme'],
    [4, 'four themes', '4 themes'],
    [10, 'ten themes', '10 themes'],
    [1200, '1,200 themes', '1,200 themes'],
  ])('%i: %s', (n, words, digits) => {
    expect(countInWords(n, 'theme')).toBe(words);
    expect(countOf(n, 'theme')).toBe(digits);
    expect(inWords(n)).toBe(words.split(' ')[0]);
  });
});

describe('theNames', () => {
  it.each([
    [[], 'the boards'],
    [['A Board'], 'the A Board'],
    [['A Board', 'B Panel'], 'the A Board and the B Panel'],
    [['A', 'B', 'C'], 'the A, the B and the C'],
    [['A', 'B', 'C', 'D'], 'the boards'],
  ])('%j: %s', (names, phrase) => expect(theNames(names, 'the boards')).toBe(phrase));
});
