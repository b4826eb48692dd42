// The pure part of `npm run new -- site`: from the answers (flags or prompts), the text of content/site.yaml,
// checked by the same rules as `npm run check` (schema, colour contrast, logo) before anything is written.
import { Document } from 'yaml';
import { parseYamlFile } from '../sources/source-file.ts';
import type { Problem } from '../validation/problems.ts';
import { checkSettings, settingsFileName } from '../validation/validate-settings.ts';

/** One setting the command asks for: its flag, where it goes in the file, and what it means. */
export interface SiteQuestion {
  flag: string;
  /** Path in content/site.yaml, for example ['colours', 'light', 'brand']. */
  field: readonly string[];
  prompt: string;
  required?: boolean;
  /** Used when the answer is left empty. */
  default?: string;
}

/** Every setting, in the order asked. Sections are on and there are no footer links until the file is edited. */
export const siteQuestions: SiteQuestion[] = [
  { flag: 'name', field: ['name'], prompt: 'The office\'s full name, for example "Exampleshire Police and Crime Commissioner"', required: true },
  { flag: 'short-name', field: ['shortName'], prompt: 'A short name, for example "Exampleshire PCC"', required: true },
  { flag: 'tagline', field: ['tagline'], prompt: 'What the site is, in one line', default: 'Board papers, meetings, decisions and performance' },
  { flag: 'area', field: ['area'], prompt: 'The police force area, for example "Exampleshire and Sampleton"', required: true },
  { flag: 'police-force', field: ['force'], prompt: 'The police force, for example "Exampleshire Police"', required: true },
  { flag: 'site-url', field: ['siteUrl'], prompt: 'The site\'s public address, for example https://www.exampleshire-pcc.gov.uk (optional)' },
  { flag: 'email', field: ['contact', 'email'], prompt: 'The office\'s email address', required: true },
  { flag: 'phone', field: ['contact', 'phone'], prompt: 'The office\'s telephone number', required: true },
  { flag: 'address', field: ['contact', 'address'], prompt: 'The office\'s postal address on one line (optional)' },
  { flag: 'url', field: ['contact', 'url'], prompt: 'The office\'s own website (optional)' },
  { flag: 'logo', field: ['logo', 'file'], prompt: 'The logo: an SVG or PNG file in public/, for example logo.svg (optional)' },
  { flag: 'logo-alt', field: ['logo', 'alt'], prompt: 'What the logo says or shows, for people who cannot see it (needed with a logo)' },
  { flag: 'brand', field: ['colours', 'light', 'brand'], prompt: 'The brand colour behind the header, "#rrggbb"', default: '#0a4d5c' },
  { flag: 'brand-text', field: ['colours', 'light', 'brandText'], prompt: 'The text colour on it, "#rrggbb"', default: '#ffffff' },
  { flag: 'accent', field: ['colours', 'light', 'accent'], prompt: 'The accent line under the header, "#rrggbb"', default: '#7fd1c7' },
  { flag: 'dark-brand', field: ['colours', 'dark', 'brand'], prompt: 'In dark mode: the brand colour, "#rrggbb"', default: '#0c3a45' },
  { flag: 'dark-brand-text', field: ['colours', 'dark', 'brandText'], prompt: 'In dark mode: the text colour on it', default: '#ffffff' },
  { flag: 'dark-accent', field: ['colours', 'dark', 'accent'], prompt: 'In dark mode: the accent line', default: '#8fe0d6' },
];

export type SiteAnswers = Record<string, string | boolean | undefined>;

/** The settings as data, from the answers: empty answers take their default or are left out. */
export function siteSettingsData(answers: SiteAnswers): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const question of siteQuestions) {
    const given = typeof answers[question.flag] === 'string' ? (answers[question.flag] as string).trim() : '';
    const value = given || question.default;
    if (!value) continue;
    let at = data;
    for (const key of question.field.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[question.field.at(-1)!] = value;
  }
  data.sections = { plan: true, inspections: true, performance: true, transparency: true };
  data.footerLinks = [];
  return data;
}

/**
 * content/site.yaml from the answers, or the problems with them: a settings file is never overwritten unless
 * `force` is set, and what would be written must pass the same check as `npm run check`.
 */
export function planSite(options: { root: string; file: string; answers: SiteAnswers; exists: boolean; force: boolean }): { file: string; text: string } | { problems: Problem[] } {
  if (options.exists && !options.force) {
    return { problems: [{ file: options.file, field: '(file)', message: 'already exists, and npm run new -- site does not replace it', fix: 'edit it by hand, or add --force to write it again from your answers' }] };
  }
  const document = new Document(siteSettingsData(options.answers));
  document.commentBefore = ` The site's settings, written by npm run new -- site. Every field is described in docs/content-guide.md ("Site settings").`;
  const text = document.toString({ lineWidth: 0 });
  const parsed = parseYamlFile(options.file, settingsFileName.replace(/\.yaml$/, ''), text);
  if (parsed.problems.length) return { problems: parsed.problems };
  const checked = checkSettings(options.root, parsed.source);
  // A problem names the setting; say which flag answers it, so the command line can be fixed.
  const flagOf = (field: string) => siteQuestions.find((question) => question.field.join('.') === field)?.flag;
  if (checked.problems.length) return { problems: checked.problems.map((problem) => ({ ...problem, file: 'npm run new -- site', line: undefined, field: flagOf(problem.field) ? `--${flagOf(problem.field)}` : problem.field })) };
  return { file: options.file, text };
}
