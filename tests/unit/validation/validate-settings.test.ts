import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/validation/problems.ts';
import { contrastFailures, readSettings, sectionContentProblems } from '../../../src/lib/validation/validate-settings.ts';
import { validateSite } from '../../../src/lib/validation/validate-site.ts';
import { makeContent, makeSite, validSettings } from '../../helpers/content-fixture.ts';

const read = (settings: string | null, publicFiles: Record<string, string> = {}) => {
  const { root, contentDir } = makeContent({ 'site.yaml': settings });
  for (const [file, text] of Object.entries(publicFiles)) {
    fs.mkdirSync(path.dirname(path.join(root, 'public', file)), { recursive: true });
    fs.writeFileSync(path.join(root, 'public', file), text);
  }
  const result = readSettings(root, contentDir);
  return { ...result, lines: result.problems.map(formatProblem) };
};

describe('readSettings', () => {
  it('reads the fixture settings, with every section on and no footer links by default', () => {
    const { settings, problems } = read(validSettings);
    expect(problems).toEqual([]);
    expect(settings?.name).toBe('Test Police and Crime Commissioner');
    expect(settings?.sections).toEqual({ plan: true, inspections: true, performance: true, transparency: true });
    expect(settings?.colours.light.brandText).toBe('#ffffff');
  });

  it('reads the real settings', () => {
    const { settings, problems } = readSettings(process.cwd(), path.resolve('content'));
    expect(problems).toEqual([]);
    expect(settings?.force).toBeTruthy();
  });

  it('says the file is missing and how to write it', () => {
    expect(read(null).lines).toEqual([expect.stringMatching(/^content\/site.yaml {2}\(file\) {2}is missing: .* — run npm run new -- site/)]);
  });

  it.each([
    ['a misspelt field', validSettings.replace('tagline:', 'tagLine:'), /tagLine/],
    ['a colour that is not #rrggbb', validSettings.replace('"#0a4d5c"', 'teal'), /colours\.light\.brand {2}.*must be a colour written "#rrggbb"/],
    ['an email address that is not one', validSettings.replace('office@test.example', 'office'), /contact\.email {2}.*must be an email address/],
    ['a footer link to another site by "//"', `${validSettings}footerLinks:\n  - label: Elsewhere\n    url: //evil.example/\n`, /footerLinks\[0\]\.url/],
    ['a section that is not true or false', `${validSettings}sections:\n  plan: maybe\n`, /sections\.plan {2}.*must be true or false/],
  ])('refuses %s, naming the field', (_name, text, pattern) => {
    const { settings, lines } = read(text);
    expect(settings).toBeUndefined();
    expect(lines.some((line) => line.startsWith('content/site.yaml:') && pattern.test(line)), lines.join('\n')).toBe(true);
  });

  it('refuses a brand colour white text cannot be read on, with the ratio, the line and a shade that passes', () => {
    // The accent, #7fd1c7, is then too close to the brand colour as well: each pair is its own problem.
    const { settings, problems, lines } = read(validSettings.replace('"#0a4d5c"', '"#7fa8b3"'));
    expect(settings).toBeUndefined();
    expect(problems.map((problem) => problem.field)).toEqual(['colours.light.brand', 'colours.light.accent']);
    expect(problems[0]).toMatchObject({ file: 'content/site.yaml', line: 13 });
    expect(lines[0]).toMatch(/"#7fa8b3" has a contrast of 2\.\d\d:1 with #ffffff in light mode .*at least 4\.50:1 for text — use #[0-9a-f]{6}, the nearest shade of it that passes/);
  });

  it('refuses an accent line that cannot be seen on the brand colour in dark mode', () => {
    const { lines } = read(validSettings.replace('"#8fe0d6"', '"#1b4a55"'));
    expect(lines).toEqual([expect.stringMatching(/colours\.dark\.accent {2}"#1b4a55" has a contrast of 1\.\d\d:1 with #0c3a45 in dark mode .*at least 3\.00:1/)]);
  });

  it.each([
    ['a logo that is not there', 'logo.svg', {}, /logo\.file {2}there is no file public\/logo\.svg/],
    ['a logo that is not SVG or PNG', 'logo.gif', { 'logo.gif': 'GIF89a' }, /is not an SVG or PNG file/],
    ['a logo outside public/', '../content/site.yaml.svg', {}, /is outside the public\/ folder/],
  ])('refuses %s', (_name, file, publicFiles, pattern) => {
    const { lines } = read(`${validSettings}logo:\n  file: ${file}\n  alt: Test crest\n`, publicFiles);
    expect(lines.some((line) => pattern.test(line)), lines.join('\n')).toBe(true);
  });

  it('refuses a logo without its alternative text', () => {
    const { lines } = read(`${validSettings}logo:\n  file: logo.svg\n`, { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expect(lines.some((line) => /logo\.alt/.test(line)), lines.join('\n')).toBe(true);
  });

  it('accepts a logo in public/ with its text', () => {
    const { settings } = read(`${validSettings}logo:\n  file: brand/logo.png\n  alt: Test crest\n`, { 'brand/logo.png': 'png' });
    expect(settings?.logo).toEqual({ file: 'brand/logo.png', alt: 'Test crest' });
  });
});

describe('contrastFailures', () => {
  it.each([
    ['the real light colours', { brand: '#0a4d5c', brandText: '#ffffff', accent: '#7fd1c7' }, []],
    ['dark text on a light brand colour', { brand: '#ffd83d', brandText: '#0b0c0c', accent: '#0b0c0c' }, []],
    ['white on yellow', { brand: '#ffd83d', brandText: '#ffffff', accent: '#0b0c0c' }, ['brand']],
    ['an accent the same as the brand', { brand: '#0a4d5c', brandText: '#ffffff', accent: '#0a4d5c' }, ['accent']],
  ])('%s', (_name, palette, fields) => {
    expect(contrastFailures('light', palette).map((failure) => failure.field)).toEqual(fields);
  });

  it('suggests a brand colour on which the text and the see-through tagline both pass', () => {
    const [failure] = contrastFailures('light', { brand: '#3aa0b4', brandText: '#ffffff', accent: '#000000' });
    expect(failure?.suggestion).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastFailures('light', { brand: failure!.suggestion!, brandText: '#ffffff', accent: '#000000' }).filter((f) => f.field === 'brand')).toEqual([]);
  });
});

describe('sections', () => {
  it('refuses a section that is off while the site has its content', () => {
    const problems = sectionContentProblems('content/site.yaml', () => 20, { plan: true, inspections: false, performance: true, transparency: true }, { inspections: '2 inspection reports in content/inspections/', plan: 'a plan' });
    expect(problems.map(formatProblem)).toEqual(['content/site.yaml:20  sections.inspections  is off, but the site has 2 inspection reports in content/inspections/, whose pages would not be built and whose links would lead nowhere — set sections.inspections to true, or remove that content']);
  });

  it('is checked by validateSite, with the settings in the result', () => {
    const { root } = makeSite({ 'site.yaml': `${validSettings}sections:\n  performance: false\n` });
    const result = validateSite(root);
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/site.yaml:\d+ {2}sections\.performance {2}is off, but the site has 2 indicator datasets in data\/indicators\//)]);
  });
});
