import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  darkText,
  defaultFor,
  derivedAccent,
  derivedDarkBrand,
  formatSiteProblem,
  planSite,
  reaskFor,
  resolveAnswers,
  siteHelp,
  siteQuestions,
  siteSettingsData,
  type SiteAnswers,
  type SiteProblem,
} from '../../../src/lib/authoring/site-scaffold.ts';
import { contrastRatio, parseHex } from '../../../src/lib/validation/contrast.ts';
import { contrastFailures } from '../../../src/lib/validation/validate-settings.ts';
import { formatProblem } from '../../../src/lib/validation/problems.ts';

const answers: SiteAnswers = {
  name: 'Exampleshire Police and Crime Commissioner',
  'short-name': 'Exampleshire PCC',
  area: 'Exampleshire',
  'police-force': 'Exampleshire Police',
  email: 'office@exampleshire.example',
  phone: '0100 555 0100',
};
const plan = (given: SiteAnswers, options: { exists?: boolean; force?: boolean } = {}) =>
  planSite({ root: process.cwd(), file: 'content/site.yaml', answers: given, exists: options.exists ?? false, force: options.force ?? false });

describe('npm run new -- site', () => {
  it('writes the settings from the answers, with the default tagline and colours and every section on', () => {
    const planned = plan(answers);
    if ('problems' in planned) throw new Error(planned.problems.map(formatProblem).join('\n'));
    const data = parse(planned.text);
    expect(data).toMatchObject({ name: answers.name, force: 'Exampleshire Police', contact: { email: 'office@exampleshire.example' }, colours: { light: { brand: '#0a4d5c' } } });
    expect(data.sections).toEqual({ plan: true, inspections: true, performance: true, transparency: true });
    expect(planned.text).toMatch(/^# The site's settings, written by npm run new -- site/);
  });

  it('leaves out optional settings left empty', () => {
    expect(siteSettingsData({ ...answers, address: ' ', logo: '' })).not.toHaveProperty('logo');
    expect((siteSettingsData(answers).contact as Record<string, unknown>).address).toBeUndefined();
  });

  it('refuses to replace settings that exist, unless forced', () => {
    const refused = plan(answers, { exists: true });
    expect('problems' in refused && refused.problems.map(formatProblem)).toEqual(['content/site.yaml  (file)  already exists, and npm run new -- site does not replace it — edit it by hand, or add --force to write it again from your answers']);
    expect('text' in plan(answers, { exists: true, force: true })).toBe(true);
  });

  it.each([
    ['a missing name', { ...answers, name: undefined }, /--name/],
    ['a brand colour white text fails on, with the ratio and the flag', { ...answers, brand: '#88aacc', accent: '#000000' }, /^--brand "#88aacc" has a contrast of 2\.\d\d:1 .* — use #[0-9a-f]{6}/],
    ['a logo with no alternative text', { ...answers, logo: 'favicon.svg' }, /^--logo-alt is missing — add --logo-alt/],
    ['a logo that is not in public/', { ...answers, logo: 'missing.svg', 'logo-alt': 'Crest' }, /^--logo there is no file public\/missing\.svg/],
  ])('refuses %s', (_name, given, pattern) => {
    const planned = plan(given);
    expect('problems' in planned).toBe(true);
    const lines = 'problems' in planned ? planned.problems.map((problem) => formatSiteProblem(problem, 'flag')) : [];
    expect(lines.some((line) => pattern.test(line)), lines.join('\n')).toBe(true);
  });

  const problemsOf = (given: SiteAnswers): SiteProblem[] => {
    const planned = plan(given);
    if (!('problems' in planned)) throw new Error('expected problems');
    return planned.problems;
  };
  const dataOf = (given: SiteAnswers) => {
    const planned = plan(given);
    if ('problems' in planned) throw new Error(planned.problems.map(formatProblem).join('\n'));
    return parse(planned.text) as { colours: Record<'light' | 'dark', { brand: string; brandText: string; accent: string }> };
  };
  const rgb = (colour: string) => parseHex(colour)!;

  describe('derives the colours left out from the brand colour, never the example office\'s teal', () => {
    it.each([
      ['dark blue', '#1d3a6e'],
      ['the example teal', '#0a4d5c'],
      ['dark red', '#8b0000'],
      ['pale blue with dark text', '#cfe3ff', darkText],
      ['yellow with dark text', '#ffcc00', darkText],
    ])('%s (%s)', (_name, brand, brandText = '#ffffff') => {
      const { colours } = dataOf({ ...answers, brand, 'brand-text': brandText });
      expect(colours.light).toMatchObject({ brand, brandText });
      for (const scheme of ['light', 'dark'] as const) {
        expect(contrastFailures(scheme, colours[scheme])).toEqual([]);
        expect(contrastRatio(rgb(colours[scheme].accent), rgb(colours[scheme].brand))).toBeGreaterThanOrEqual(3);
      }
      for (const teal of ['#0c3a45', '#7fd1c7', '#8fe0d6']) expect(Object.values(colours).flatMap(Object.values)).not.toContain(teal);
    });

    it.each([
      ['#1d3a6e', '#ffffff'],
      ['#0a4d5c', '#ffffff'],
      ['#cfe3ff', '#ffffff'],
      ['#1d3a6e', darkText],
    ])('the dark-mode brand colour for %s with %s text passes, and is darker when white text is used', (brand, text) => {
      const dark = derivedDarkBrand(brand, text)!;
      expect(contrastFailures('dark', { brand: dark, brandText: text, accent: text }).filter((f) => f.field === 'brand')).toEqual([]);
      if (text === '#ffffff') expect(contrastRatio(rgb(dark), rgb('#ffffff'))).toBeGreaterThanOrEqual(contrastRatio(rgb(brand), rgb('#ffffff')));
    });

    it.each([['#1d3a6e'], ['#0a4d5c'], ['#8b0000'], ['#162c53']])('the accent for %s is a lighter shade of its hue with 3:1', (brand) => {
      const accent = derivedAccent(brand)!;
      expect(contrastRatio(rgb(accent), rgb(brand))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(rgb(accent), rgb('#ffffff'))).toBeLessThan(contrastRatio(rgb(brand), rgb('#ffffff')));
    });

    it('shows the derived default in the prompt, for the brand colour chosen', () => {
      const resolved = resolveAnswers({ brand: '#1d3a6e' });
      const defaults = Object.fromEntries(['accent', 'dark-brand', 'dark-accent'].map((flag) => [flag, defaultFor(siteQuestions.find((q) => q.flag === flag)!, resolved)]));
      expect(defaults).toEqual({ accent: derivedAccent('#1d3a6e'), 'dark-brand': derivedDarkBrand('#1d3a6e'), 'dark-accent': derivedAccent(derivedDarkBrand('#1d3a6e')) });
      expect(dataOf({ ...answers, brand: '#1d3a6e' }).colours).toMatchObject({ light: { accent: defaults.accent }, dark: { brand: defaults['dark-brand'], accent: defaults['dark-accent'] } });
    });

    it('keeps colours that are given', () => {
      expect(dataOf({ ...answers, brand: '#1d3a6e', accent: '#ffffff', 'dark-brand': '#000000', 'dark-accent': '#ffffff' }).colours).toMatchObject({ light: { accent: '#ffffff' }, dark: { brand: '#000000', accent: '#ffffff' } });
    });
  });

  describe('words a refusal by how the answer was given, single-spaced', () => {
    it.each([
      ['prompt', { brand: '#cfe3ff' }, /^Brand colour: "#cfe3ff" has a contrast of 1\.27:1 /],
      ['flag', { brand: '#cfe3ff' }, /^--brand "#cfe3ff" has a contrast of 1\.27:1 /],
      ['prompt', { 'dark-brand': '#cfe3ff' }, /^Dark-mode brand colour: "#cfe3ff" has a contrast/],
      ['prompt', { name: '' }, /^Full name is missing — answer it$/],
      ['flag', { name: '' }, /^--name is missing — add --name/],
      ['prompt', { logo: 'missing.svg', 'logo-alt': 'Crest' }, /^Logo: there is no file public\/missing\.svg/],
      ['prompt', { accent: 'teal' }, /^Accent colour is "teal" — must be a colour/],
    ] as const)('at a %s: %j', (givenAs, given, pattern) => {
      const lines = problemsOf({ ...answers, ...given }).map((problem) => formatSiteProblem(problem, givenAs));
      expect(lines.some((line) => pattern.test(line)), lines.join('\n')).toBe(true);
      for (const line of lines) {
        expect(line).not.toMatch(/ {2}/);
        expect(line).not.toContain('npm run new -- site');
        expect(line.match(/--[a-z-]+/g)?.filter((flag) => flag === '--brand').length ?? 0).toBeLessThanOrEqual(1);
        if (givenAs === 'prompt') expect(line).not.toMatch(/--[a-z]/);
      }
    });
  });

  describe('suggests dark text for a pale brand colour, only when that passes', () => {
    it.each([
      ['#cfe3ff', 'flag', 'brand', 'or keep this colour and use dark text, e.g. --brand-text "#0b0c0c"'],
      ['#cfe3ff', 'prompt', 'brand', 'or keep this colour and use dark text, e.g. answer "#0b0c0c" to "Text colour on the brand colour"'],
      ['#cfe3ff', 'flag', 'dark-brand', 'or keep this colour and use dark text, e.g. --dark-brand-text "#0b0c0c"'],
      ['#88aacc', 'flag', 'brand', 'or keep this colour and use dark text'],
      ['#777777', 'flag', 'brand', undefined],
      ['#7a7a7a', 'prompt', 'brand', undefined],
    ] as const)('%s (%s, %s)', (colour, givenAs, flag, expected) => {
      const [problem] = problemsOf({ ...answers, [flag]: colour }).filter((p) => p.flag === flag);
      const line = formatSiteProblem(problem!, givenAs);
      if (expected) expect(line).toContain(expected);
      else expect(line).not.toContain('dark text');
      // Offered only when dark text really passes on the colour.
      const scheme = flag === 'brand' ? 'light' : 'dark';
      const passes = contrastFailures(scheme, { brand: colour, brandText: darkText, accent: darkText }).every((f) => f.field !== 'brand');
      expect(Boolean(problem!.instead)).toBe(passes);
    });
  });

  describe('asks again with a passing default, never the example office\'s colours', () => {
    it.each([
      ['a pale brand colour', { brand: '#cfe3ff' }, 'brand', darkText],
      ['a grey brand colour', { brand: '#777777' }, 'brand', undefined],
      ['an accent too close to the brand colour', { brand: '#1d3a6e', accent: '#1d3a6f' }, 'accent', undefined],
      ['a dark-mode brand colour', { 'dark-brand': '#cfe3ff' }, 'dark-brand', darkText],
    ])('%s', (_name, given, flag, instead) => {
      const problems = problemsOf({ ...answers, ...given });
      const again = reaskFor(problems).find((item) => item.question.flag === flag)!;
      expect(again.default).toMatch(/^#[0-9a-f]{6}$/);
      expect(['#0a4d5c', '#7fd1c7', '#0c3a45', '#8fe0d6']).not.toContain(again.default);
      expect(again.instead?.default).toBe(instead);
      // Taking the default shown passes.
      const fixed = plan({ ...answers, ...given, [flag]: again.default });
      expect('problems' in fixed ? fixed.problems.map((p) => formatSiteProblem(p, 'flag')) : []).toEqual([]);
    });

    it('asks for a missing answer again with no default', () => {
      expect(reaskFor(problemsOf({ ...answers, name: undefined })).map((item) => [item.question.flag, item.default])).toEqual([['name', undefined]]);
    });
  });

  it.each([
    ['no logo', {}, false],
    ['an empty logo', { logo: '  ' }, false],
    ['a logo', { logo: 'favicon.svg' }, true],
  ])('asks for the logo\'s description only with a logo: %s', (_name, given, asked) => {
    const question = siteQuestions.find((q) => q.flag === 'logo-alt')!;
    expect(question.askIf!(resolveAnswers(given))).toBe(asked);
    if (!asked) expect(siteSettingsData({ ...answers, ...given })).not.toHaveProperty('logo');
  });

  it.each([
    ['--police-force "Northshire Police"', /^ {2}--police-force "Northshire Police" {2}The police force's name.* — not --force, which replaces an existing content\/site\.yaml$/],
    ['--force', /^ {2}--force {2}replace an existing content\/site\.yaml .*--police-force/],
  ])('tells --police-force and --force apart in the help: %s', (_flag, pattern) => {
    expect(siteHelp().some((line) => pattern.test(line)), siteHelp().join('\n')).toBe(true);
  });
});

