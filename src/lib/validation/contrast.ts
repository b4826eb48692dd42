// WCAG 2.2 contrast: relative luminance, contrast ratios and the nearest shade of a colour that passes.
// The formula is a few lines (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), so it is written here
// rather than taken from a library. Colours are "#rrggbb" or "#rgb".

/** Red, green and blue, each 0 to 255. */
export type Rgb = readonly [number, number, number];

/** The minimum ratios of WCAG 2.2 AA: 4.5:1 for text (1.4.3), 3:1 for large text and for parts of the interface (1.4.11). */
export const minimumRatio = { text: 4.5, nonText: 3 } as const;

/** A colour written "#rrggbb" or "#rgb", or undefined when it is not one. */
export function parseHex(colour: string): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return undefined;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return [0, 2, 4].map((at) => Number.parseInt(digits.slice(at, at + 2), 16)) as unknown as Rgb;
}

/** "#rrggbb" in lower case. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (0 for black, 1 for white), as WCAG defines it. */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** A ratio as people read it, "4.54:1": cut, never rounded up, so a ratio just under the minimum never reads as passing. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** What a colour drawn with an opacity over a background looks like. */
export function blend(colour: Rgb, background: Rgb, opacity: number): Rgb {
  return colour.map((channel, at) => channel * opacity + background[at]! * (1 - opacity)) as unknown as Rgb;
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  const max = Math.max(rr, gg, bb);
  const min = Math.min(rr, gg, bb);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rr ? (gg - bb) / d + (gg < bb ? 6 : 0) : max === gg ? (bb - rr) / d + 2 : (rr - gg) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]: [number, number, number]): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}

/**
 * The nearest shade of a colour (same hue and saturation, lightness moved in steps of 0.5%) that has at least the
 * minimum ratio against every one of the other colours, darker or lighter, whichever is the smaller change; undefined
 * when no shade does. The shade is returned as "#rrggbb" and has been checked after rounding to whole channels.
 */
export function nearestPassingShade(colour: Rgb, against: readonly Rgb[], minimum: number): string | undefined {
  return nearestShade(colour, (rgb) => against.every((other) => contrastRatio(rgb, other) >= minimum));
}

/** The nearest shade of a colour, as nearestPassingShade moves it, for which `passes` is true. */
export function nearestShade(colour: Rgb, passes: (shade: Rgb) => boolean): string | undefined {
  const [h, s, l] = toHsl(colour);
  for (let step = 0; step <= 200; step += 1) {
    for (const direction of [-1, 1]) {
      const lightness = l + direction * step * 0.005;
      if (lightness < 0 || lightness > 1) continue;
      const shade = parseHex(toHex(fromHsl([h, s, lightness])))!;
      if (passes(shade)) return toHex(shade);
    }
  }
  // Black or white passes against any one colour; this is reached only for colours on both sides of the middle.
  return undefined;
}
