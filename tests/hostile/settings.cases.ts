// The site's settings (content/site.yaml): brand colours that fail WCAG 2.2 AA contrast, a logo that is not an
// image in public/, and a section turned off while its content remains are refused by check and build.
import type { HostileCase } from '../helpers/hostile.ts';
import { validSettings } from '../helpers/content-fixture.ts';

const settingsPath = 'content/site.yaml';
const settings = (from: string, to: string): Record<string, string> => {
  if (!validSettings.includes(from)) throw new Error(`the settings fixture has no "${from}"`);
  return { 'site.yaml': validSettings.replace(from, to) };
};

export const cases: HostileCase[] = [
  {
    name: 'a light brand colour that white header text cannot be read on',
    files: settings('brand: "#0a4d5c"', 'brand: "#8fb8c2"'),
    refused: { file: settingsPath, message: /colours\.light\.brand {2}"#8fb8c2" has a contrast of 2\.\d\d:1 with #ffffff in light mode .* — use #[0-9a-f]{6}, the nearest shade/ },
  },
  {
    name: 'a dark-mode accent line that cannot be seen on the header',
    files: settings('accent: "#8fe0d6"', 'accent: "#123f4a"'),
    refused: { file: settingsPath, message: /colours\.dark\.accent {2}"#123f4a" has a contrast of 1\.\d\d:1 with #0c3a45 in dark mode/ },
  },
  {
    name: 'a logo that is a script, not an SVG or PNG',
    files: { 'site.yaml': `${validSettings}logo:\n  file: logo.js\n  alt: Crest\n` },
    refused: { file: settingsPath, message: 'logo.file  "logo.js" is not an SVG or PNG file' },
  },
  {
    name: 'a logo outside public/',
    files: { 'site.yaml': `${validSettings}logo:\n  file: ../../etc/passwd.svg\n  alt: Crest\n` },
    refused: { file: settingsPath, message: 'is outside the public/ folder' },
  },
  {
    name: 'the settings missing',
    files: { 'site.yaml': null },
    refused: { file: settingsPath, message: 'is missing: the site needs its settings' },
  },
  {
    name: 'the performance section off while datasets remain',
    files: { 'site.yaml': `${validSettings}sections:\n  performance: false\n` },
    refused: { file: settingsPath, message: 'sections.performance  is off, but the site has 2 indicator datasets' },
  },
];
