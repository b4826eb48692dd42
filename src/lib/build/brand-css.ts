import type { Palette } from '../../schemas/site.ts';

const properties = (palette: Palette) => [`--brand: ${palette.brand};`, `--brand-contrast: ${palette.brandText};`, `--brand-accent: ${palette.accent};`];

/**
 * The stylesheet that sets the brand custom properties src/styles/global.css uses (--brand, --brand-contrast,
 * --brand-accent), for light mode and, under prefers-color-scheme: dark, for dark mode. The colours are
 * "#rrggbb" (src/schemas/site.ts), so nothing else can reach the CSS.
 */
export function brandStylesheet(colours: { light: Palette; dark: Palette }): string {
  const block = (palette: Palette, indent: string) => properties(palette).map((line) => `${indent}${line}`).join('\n');
  return [
    '/* The brand colours of content/site.yaml. */',
    ':root {',
    block(colours.light, '  '),
    '}',
    '@media (prefers-color-scheme: dark) {',
    '  :root {',
    block(colours.dark, '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}
