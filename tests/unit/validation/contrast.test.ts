import { describe, expect, it } from 'vitest';
import { blend, contrastRatio, formatRatio, nearestPassingShade, parseHex, relativeLuminance, toHex } from '../../../src/lib/validation/contrast.ts';

const rgb = (hex: string) => parseHex(hex)!;

describe('contrastRatio', () => {
  // Known ratios: WCAG's own end points, and the values colour checkers (WebAIM) give for common pairs.
  it.each([
    ['#000000', '#ffffff', '21.00:1'],
    ['#ffffff', '#ffffff', '1.00:1'],
    ['#767676', '#ffffff', '4.54:1'],
    ['#777777', '#ffffff', '4.47:1'],
    ['#595959', '#ffffff', '7.00:1'],
    ['#0000ff', '#ffffff', '8.59:1'],
    ['#ff0000', '#ffffff', '3.99:1'],
    ['#fff', '#000', '21.00:1'],
  ])('%s against %s is %s', (a, b, expected) => {
    expect(formatRatio(contrastRatio(rgb(a), rgb(b)))).toBe(expected);
    expect(formatRatio(contrastRatio(rgb(b), rgb(a)))).toBe(expected);
  });
});

describe('formatRatio', () => {
  it.each([
    [4.4999, '4.49:1'],
    [4.5, '4.50:1'],
    [3.0, '3.00:1'],
    [21, '21.00:1'],
  ])('%s reads %s, never rounded up', (ratio, expected) => expect(formatRatio(ratio)).toBe(expected));
});

describe('parseHex', () => {
  it.each([['#0a4d5c', [10, 77, 92]], ['#FFF', [255, 255, 255]], [' #000000 ', [0, 0, 0]]])('reads %s', (hex, expected) => expect(parseHex(hex)).toEqual(expected));
  it.each(['0a4d5c', '#0a4d5', 'red', '#gggggg', ''])('refuses %j', (hex) => expect(parseHex(hex)).toBeUndefined());
  it('writes back what it reads', () => expect(toHex(rgb('#0A4D5C'))).toBe('#0a4d5c'));
});

describe('relativeLuminance and blend', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance(rgb('#000000'))).toBe(0);
    expect(relativeLuminance(rgb('#ffffff'))).toBe(1);
  });
  it('mixes a colour drawn with an opacity over its background', () => expect(toHex(blend(rgb('#ffffff'), rgb('#000000'), 0.5))).toBe('#808080'));
});

describe('nearestPassingShade', () => {
  it.each([
    // A mid grey on white is darkened just enough; on black it is lightened.
    ['#888888', '#ffffff', 4.5],
    ['#888888', '#000000', 7],
    ['#7fd1c7', '#0a4d5c', 3],
    ['#3aa0b4', '#ffffff', 4.5],
  ])('moves %s against %s to a shade that passes %s:1', (colour, against, minimum) => {
    const shade = nearestPassingShade(rgb(colour), [rgb(against)], minimum)!;
    expect(contrastRatio(rgb(shade), rgb(against))).toBeGreaterThanOrEqual(minimum);
  });
  it('keeps a colour that already passes', () => expect(nearestPassingShade(rgb('#0a4d5c'), [rgb('#ffffff')], 4.5)).toBe('#0a4d5c'));
  it('gives the nearest: #767676 is the lightest grey with 4.5:1 on white, so #888888 becomes a grey close to it', () => {
    const shade = nearestPassingShade(rgb('#888888'), [rgb('#ffffff')], 4.5)!;
    expect(shade).toMatch(/^#7[0-7]7[0-7]7[0-7]$/);
  });
  it('says when no shade passes against two colours far apart', () => expect(nearestPassingShade(rgb('#808080'), [rgb('#000000'), rgb('#ffffff')], 7)).toBeUndefined());
});
