// The pure part of `npm run new -- site`: from the answers (flags or prompts), the text of content/site.yaml,
// checked by the same rules as `npm run check` (schema, colour contrast, logo) before anything is written.
// The colours other than the brand colour are derived from it when left out, so a new office never gets the
// example office's teal by accident.
import { Document } from 'yaml';
import type { Palette } from '../../schemas/site.ts';
import { parseYamlFile } from '../sources/source-file.ts';
import { blend, contrastRatio, minimumRatio, nearestShade, parseHex, relativeLuminance, toHex, type Rgb } from '../validation/contrast.ts';
import type { Problem } from '../validation/problems.ts';
import { checkSettings, colourSchemes, contrastFailures, settingsFileName } from '../validation/validate-settings.ts';

/** What the command is called in its messages. */
export const siteCommand = 'npm run new -- site';

/** The dark text suggested for a pale brand colour (the same near-black as the page's text). */
export const darkText = '#0b0c0c';
const white = '#ffffff';

/** The answers so far, each trimmed, with the defaults of the questions already resolved. */
export type ResolvedAnswers = Record<string, string | undefined>;

/** One setting the command asks for: its flag, where it goes in the file, and what it means. */
export interface SiteQuestion {
  flag: string;
  /** Path in content/site.yaml, for example ['colours', 'light', 'brand']. */
  field: readonly string[];
  /** The question's short name, as messages about an answer given at the prompt name it: "Brand colour". */
  label: string;
  prompt: string;
  /** How --help shows the flag with a value, when that says more than the prompt: `--police-force "Northshire Police"`. */
  example?: string;
  /** Said after the prompt in --help only. */
  helpNote?: string;
  required?: boolean;
  /** Used when the answer is left empty: a value, or one derived from the answers before it. */
  default?: string | ((resolved: ResolvedAnswers) => string | undefined);
  /** Asked only when this is true of the answers before it (the logo's description only with a logo). */
  askIf?: (resolved: ResolvedAnswers) => boolean;
}

/** A colour's "#rrggbb" as a colour, or undefined. */
const rgbOf = (colour: string | undefined): Rgb | undefined => (colour ? parseHex(colour) : undefined);

/** Whether white (or any) text passes on a brand colour, by the rule npm run check uses (the tagline drawn see-through included). */
function textPasses(scheme: (typeof colourSchemes)[number], brand: string, brandText: string): boolean {
  return !contrastFailures(scheme, { brand, brandText, accent: brandText }).some((failure) => failure.field === 'brand');
}

/**
 * The dark-mode brand colour for a brand colour: a quarter darker, then the nearest shade of that on which the
 * dark-mode text passes. Undefined when either colour is not "#rrggbb" (the check then says so).
 */
export function derivedDarkBrand(brand: string | undefined, brandText: string = white): string | undefined {
  const rgb = rgbOf(brand);
  if (!rgb || !rgbOf(brandText)) return undefined;
  const darker = parseHex(toHex(blend(rgb, [0, 0, 0], 0.75)))!;
  return nearestShade(darker, (shade) => textPasses('dark', toHex(shade), brandText));
}

/**
 * The accent line for a brand colour: a lighter shade of the brand's hue with at least 3:1 against it (WCAG 1.4.11),
 * a clear 4.5:1 when a lighter shade can have it; a darker one only for a brand colour too pale for any lighter.
 */
export function derivedAccent(brand: string | undefined): string | undefined {
  const rgb = rgbOf(brand);
  if (!rgb) return undefined;
  const lighter = (shade: Rgb) => relativeLuminance(shade) > relativeLuminance(rgb);
  const against = (minimum: number) => (shade: Rgb) => contrastRatio(shade, rgb) >= minimum;
  return (
    nearestShade(rgb, (shade) => lighter(shade) && against(minimumRatio.text)(shade)) ??
    nearestShade(rgb, (shade) => lighter(shade) && against(minimumRatio.nonText)(shade)) ??
    nearestShade(rgb, against(minimumRatio.nonText))
  );
}

/** Every setting, in the order asked. Sections are on and there are no footer links until the file is edited. */
export const siteQuestions: SiteQuestion[] = [
  { flag: 'name', field: ['name'], label: 'Full name', prompt: 'The office\'s full name, for example "Exampleshire Police and Crime Commissioner"', required: true },
  { flag: 'short-name', field: ['shortName'], label: 'Short name', prompt: 'A short name, for example "Exampleshire PCC"', required: true },
  { flag: 'tagline', field: ['tagline'], label: 'Tagline', prompt: 'What the site is, in one line', default: 'Board papers, meetings, decisions and performance' },
  { flag: 'area', field: ['area'], label: 'Police force area', prompt: 'The police force area, for example "Exampleshire and Sampleton"', required: true },
  {
    flag: 'police-force',
    field: ['force'],
    label: 'Police force',
    prompt: 'The police force\'s name, for example "Northshire Police"',
    example: '--police-force "Northshire Police"',
    helpNote: 'not --force, which replaces an existing content/site.yaml',
    required: true,
  },
  { flag: 'site-url', field: ['siteUrl'], label: 'Site address', prompt: 'The site\'s public address, for example https://www.exampleshire-pcc.gov.uk (optional)' },
  { flag: 'email', field: ['contact', 'email'], label: 'Email address', prompt: 'The office\'s email address', required: true },
  { flag: 'phone', field: ['contact', 'phone'], label: 'Telephone number', prompt: 'The office\'s telephone number', required: true },
  { flag: 'address', field: ['contact', 'address'], label: 'Postal address', prompt: 'The office\'s postal address on one line (optional)' },
  { flag: 'url', field: ['contact', 'url'], label: 'Office website', prompt: 'The office\'s own website (optional)' },
  { flag: 'logo', field: ['logo', 'file'], label: 'Logo', prompt: 'The logo: an SVG or PNG file in public/, for example logo.svg (optional)' },
  {
    flag: 'logo-alt',
    field: ['logo', 'alt'],
    label: 'Logo description',
    prompt: 'What the logo says or shows, for people who cannot see it',
    askIf: (resolved) => Boolean(resolved.logo),
  },
  { flag: 'brand', field: ['colours', 'light', 'brand'], label: 'Brand colour', prompt: 'The brand colour behind the header, "#rrggbb"', default: '#0a4d5c' },
  { flag: 'brand-text', field: ['colours', 'light', 'brandText'], label: 'Text colour on the brand colour', prompt: 'The text colour on it, "#rrggbb"', default: white },
  { flag: 'accent', field: ['colours', 'light', 'accent'], label: 'Accent colour', prompt: 'The accent line under the header, "#rrggbb"', default: (resolved) => derivedAccent(resolved.brand) },
  {
    flag: 'dark-brand',
    field: ['colours', 'dark', 'brand'],
    label: 'Dark-mode brand colour',
    prompt: 'In dark mode: the brand colour, "#rrggbb"',
    // The dark-mode text is asked after it; until then the default is for white text.
    default: (resolved) => derivedDarkBrand(resolved.brand, resolved['dark-brand-text'] ?? white),
  },
  { flag: 'dark-brand-text', field: ['colours', 'dark', 'brandText'], label: 'Dark-mode text colour', prompt: 'In dark mode: the text colour on it', default: white },
  { flag: 'dark-accent', field: ['colours', 'dark', 'accent'], label: 'Dark-mode accent colour', prompt: 'In dark mode: the accent line', default: (resolved) => derivedAccent(resolved['dark-brand']) },
];

export type SiteAnswers = Record<string, string | boolean | undefined>;

const questionOf = (flag: string) => siteQuestions.find((question) => question.flag === flag);

/** An answer as given, trimmed, or undefined when it is empty or not a string. */
const givenOf = (answers: SiteAnswers, flag: string) => (typeof answers[flag] === 'string' ? (answers[flag] as string).trim() || undefined : undefined);

/** The default of a question for the answers so far, as the prompt shows it in brackets. */
export function defaultFor(question: SiteQuestion, resolved: ResolvedAnswers): string | undefined {
  return typeof question.default === 'function' ? question.default(resolved) : question.default;
}

/**
 * Every answer, or its default when left empty. The dark-mode text is resolved before the dark-mode brand colour,
 * which is derived to suit it; a question that is not asked (the logo's description, without a logo) is left out.
 */
export function resolveAnswers(answers: SiteAnswers): ResolvedAnswers {
  const resolved: ResolvedAnswers = {};
  // The questions' own order, but with the dark-mode text before the dark-mode brand colour derived to suit it.
  const byOrder = siteQuestions.filter((question) => question.flag !== 'dark-brand-text');
  byOrder.splice(byOrder.findIndex((question) => question.flag === 'dark-brand'), 0, questionOf('dark-brand-text')!);
  for (const question of byOrder) {
    const given = givenOf(answers, question.flag);
    if (question.askIf && !question.askIf(resolved) && !given) continue;
    resolved[question.flag] = given ?? defaultFor(question, resolved);
  }
  return resolved;
}

/** The settings as data, from the answers: empty answers take their default or are left out. */
export function siteSettingsData(answers: SiteAnswers): Record<string, unknown> {
  const resolved = resolveAnswers(answers);
  const data: Record<string, unknown> = {};
  for (const question of siteQuestions) {
    const value = resolved[question.flag];
    if (!value) continue;
    let at = data;
    for (const key of question.field.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[question.field.at(-1)!] = value;
  }
  data.sections = { plan: true, inspections: true, performance: true, transparency: true };
  data.footerLinks = [];
  return data;
}

/** A problem with the answers: `field` is the flag ("--brand") when a question answers it, and colour problems say what would pass. */
export interface SiteProblem extends Problem {
  /** The flag, without "--", of the question that answers it. */
  flag?: string;
  /** A value of that question that would pass: the nearest passing shade of a colour. */
  suggestion?: string;
  /** Another way to pass: keep the colour and answer this question (dark text on a pale brand colour) with this value. */
  instead?: { flag: string; value: string };
}

/**
 * content/site.yaml from the answers, or the problems with them: a settings file is never overwritten unless
 * `force` is set, and what would be written must pass the same check as `npm run check`.
 */
export function planSite(options: { root: string; file: string; answers: SiteAnswers; exists: boolean; force: boolean }): { file: string; text: string } | { problems: SiteProblem[] } {
  if (options.exists && !options.force) {
    return { problems: [{ file: options.file, field: '(file)', message: `already exists, and ${siteCommand} does not replace it`, fix: 'edit it by hand, or add --force to write it again from your answers' }] };
  }
  const data = siteSettingsData(options.answers);
  const document = new Document(data);
  document.commentBefore = ` The site's settings, written by ${siteCommand}. Every field is described in docs/content-guide.md ("Site settings").`;
  const text = document.toString({ lineWidth: 0 });
  const parsed = parseYamlFile(options.file, settingsFileName.replace(/\.yaml$/, ''), text);
  if (parsed.problems.length) return { problems: parsed.problems };
  const checked = checkSettings(options.root, parsed.source);
  if (checked.problems.length) return { problems: checked.problems.map((problem) => siteProblem(problem, data)) };
  return { file: options.file, text };
}

/** A problem of the check as one with the answers: the flag that answers it, and for colours what would pass. */
function siteProblem(problem: Problem, data: Record<string, unknown>): SiteProblem {
  const question = siteQuestions.find((q) => q.field.join('.') === problem.field);
  const result: SiteProblem = { ...problem, file: siteCommand, line: undefined, field: question ? `--${question.flag}` : problem.field, flag: question?.flag };
  const colour = /^colours\.(light|dark)\.(brand|accent)$/.exec(problem.field);
  const palette = (data.colours as Record<string, Partial<Palette>> | undefined)?.[colour?.[1] ?? ''];
  if (colour && palette && [palette.brand, palette.brandText, palette.accent].every((value) => typeof value === 'string' && parseHex(value))) {
    const scheme = colour[1] as (typeof colourSchemes)[number];
    const failure = contrastFailures(scheme, palette as Palette).find((f) => f.field === colour[2]);
    result.suggestion = failure?.suggestion;
    // A pale brand colour may be kept with dark text instead, when that pair passes.
    if (colour[2] === 'brand' && textPasses(scheme, palette.brand!, darkText)) result.instead = { flag: scheme === 'dark' ? 'dark-brand-text' : 'brand-text', value: darkText };
  }
  return result;
}

/**
 * A problem with the answers as one line, single-spaced, worded by how the answer was given: by the question
 * ("Brand colour: "#cfe3ff" has a contrast of …") when it was typed at a prompt, by its flag (named once) when it was a flag.
 */
export function formatSiteProblem(problem: SiteProblem, givenAs: 'prompt' | 'flag'): string {
  const question = problem.flag ? questionOf(problem.flag) : undefined;
  if (!question) return `${problem.field.startsWith('(') ? problem.file : problem.field} ${problem.message} — ${problem.fix}`;
  const byPrompt = givenAs === 'prompt';
  const name = (q: SiteQuestion) => (byPrompt ? q.label : `--${q.flag}`);
  const answer = (q: SiteQuestion, value: string) => (byPrompt ? `answer "${value}" to "${q.label}"` : `--${q.flag} "${value}"`);
  let fix = problem.fix;
  if (problem.message === 'is missing') fix = byPrompt ? 'answer it' : `add --${question.flag} "…"`;
  if (problem.suggestion) fix = `use ${problem.suggestion}, the nearest shade of it that passes, or another colour with enough contrast`;
  if (problem.instead) {
    const other = questionOf(problem.instead.flag)!;
    fix = `${problem.suggestion ? fix : 'choose a colour with more contrast'}, or keep this colour and use dark text, e.g. ${answer(other, problem.instead.value)}`;
  }
  const message = /^(is|are) /.test(problem.message) ? ` ${problem.message}` : `${byPrompt ? ':' : ''} ${problem.message}`;
  return `${name(question)}${message} — ${fix}`;
}

/**
 * What to ask again after a refusal, for each problem with an answer: the question, with the passing shade as its
 * default when there is one, and for a pale brand colour the dark text to ask for when the colour is kept.
 * Never the example office's colours: an empty answer with no default shown keeps the answer refused.
 */
export function reaskFor(problems: readonly SiteProblem[]): { question: SiteQuestion; default?: string; instead?: { question: SiteQuestion; default: string } }[] {
  const seen = new Set<string>();
  return problems.flatMap((problem) => {
    const question = problem.flag ? questionOf(problem.flag) : undefined;
    if (!question || seen.has(question.flag)) return [];
    seen.add(question.flag);
    const instead = problem.instead ? { question: questionOf(problem.instead.flag)!, default: problem.instead.value } : undefined;
    return [{ question, default: problem.suggestion, instead }];
  });
}

/** The lines of --help for npm run new -- site. */
export function siteHelp(): string[] {
  return [
    siteCommand,
    ...siteQuestions.map((question) => {
      const value = typeof question.default === 'function' ? 'derived from the brand colour' : question.default;
      return `  ${question.example ?? `--${question.flag}`}  ${question.prompt}${value ? ` (${value} if left out)` : ''}${question.helpNote ? ` — ${question.helpNote}` : ''}`;
    }),
    `  --force  replace an existing content/${settingsFileName} with your answers (the police force's name is --police-force)`,
  ];
}
