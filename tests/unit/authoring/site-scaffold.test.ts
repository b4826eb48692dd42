import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planSite, siteSettingsData, type SiteAnswers } from '../../../src/lib/authoring/site-scaffold.ts';
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
    ['a brand colour white text fails on, with the ratio and the flag', { ...answers, brand: '#88aacc', accent: '#000000' }, /^npm run new -- site {2}--brand {2}"#88aacc" has a contrast of 2\.\d\d:1 .* — use #[0-9a-f]{6}/],
    ['a logo with no alternative text', { ...answers, logo: 'favicon.svg' }, /--logo-alt {2}is missing/],
    ['a logo that is not in public/', { ...answers, logo: 'missing.svg', 'logo-alt': 'Crest' }, /--logo {2}there is no file public\/missing\.svg/],
  ])('refuses %s', (_name, given, pattern) => {
    const planned = plan(given);
    expect('problems' in planned).toBe(true);
    const lines = 'problems' in planned ? planned.problems.map(formatProblem) : [];
    expect(lines.some((line) => pattern.test(line)), lines.join('\n')).toBe(true);
  });
});
