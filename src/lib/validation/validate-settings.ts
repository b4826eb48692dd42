// The site's settings (content/site.yaml): read through the content gate, checked against the schema, and then
// for what a schema cannot say: brand colours that fail WCAG 2.2 AA contrast, and a logo that is not there.
import fs from 'node:fs';
import path from 'node:path';
import { siteSettingsSchema, type Palette, type Sections, type SiteSettings } from '../../schemas/site.ts';
import { contentPaths } from '../sources/content-paths.ts';
import { readSourceFile, type SourceFile } from '../sources/source-file.ts';
import { blend, contrastRatio, formatRatio, minimumRatio, nearestPassingShade, nearestShade, parseHex, type Rgb } from './contrast.ts';
import type { Problem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';

/** The settings file's name, under content/. */
export const settingsFileName = 'site.yaml';

/** The two colour schemes, as the settings name them. */
export const colourSchemes = ['light', 'dark'] as const;
type Scheme = (typeof colourSchemes)[number];

/** The opacity of the tagline under the office's name in the header (src/styles/global.css, .site-header__tagline). */
export const taglineOpacity = 0.92;

/** A pair of brand colours that fails its minimum contrast. */
export interface ContrastFailure {
  scheme: Scheme;
  /** The setting to change: "brand", "brandText" or "accent". */
  field: keyof Palette;
  ratio: number;
  minimum: number;
  /** Where the colours meet on the page, in words. */
  where: string;
  /** The other colour of the pair. */
  against: string;
  /** The nearest shade of the field's colour that passes, when there is one. */
  suggestion?: string;
}

/**
 * Every pair of brand colours that meets on the page, in one scheme, with the ratio WCAG 2.2 AA requires of it.
 * Borders in the brand colour around cards and figures are decoration (WCAG 1.4.11 asks nothing of them), so the
 * brand colour is not held to a ratio against the page itself.
 */
export function contrastFailures(scheme: Scheme, palette: Palette): ContrastFailure[] {
  const brand = parseHex(palette.brand)!;
  const brandText = parseHex(palette.brandText)!;
  const accent = parseHex(palette.accent)!;
  const failures: ContrastFailure[] = [];
  // Text on the brand colour: the name, the tagline (drawn slightly see-through), navigation links, the current page, the search button.
  const textRatio = (background: Rgb) => Math.min(contrastRatio(brandText, background), contrastRatio(blend(brandText, background, taglineOpacity), background));
  const ratio = textRatio(brand);
  if (ratio < minimumRatio.text) {
    // The brand colour is moved, not the text: the suggestion keeps the text colour the office chose.
    const suggestion = nearestShade(brand, (shade) => textRatio(shade) >= minimumRatio.text);
    failures.push({ scheme, field: 'brand', ratio, minimum: minimumRatio.text, where: 'the text of the header, the navigation and the search button', against: palette.brandText, suggestion });
  }
  // The accent line under a navigation link when the pointer is on it, and under the header, drawn on the brand colour.
  const accentRatio = contrastRatio(accent, brand);
  if (accentRatio < minimumRatio.nonText) {
    failures.push({ scheme, field: 'accent', ratio: accentRatio, minimum: minimumRatio.nonText, where: 'the line under a navigation link, on the header', against: palette.brand, suggestion: nearestPassingShade(accent, [brand], minimumRatio.nonText) });
  }
  return failures;
}

/** A contrast failure as a problem naming the file, the line and the setting, with the ratio and a colour that passes. */
function contrastProblem(source: SourceFile, failure: ContrastFailure, value: string): Problem {
  const fieldPath = ['colours', failure.scheme, failure.field];
  const kind = failure.minimum === minimumRatio.text ? 'text' : 'parts of the page that are not text';
  return {
    file: source.file,
    line: source.lineOf(fieldPath),
    field: fieldPath.join('.'),
    message: `"${value}" has a contrast of ${formatRatio(failure.ratio)} with ${failure.against} in ${failure.scheme} mode (${failure.where}); WCAG 2.2 AA asks for at least ${formatRatio(failure.minimum)} for ${kind}`,
    fix: failure.suggestion ? `use ${failure.suggestion}, the nearest shade of it that passes, or another colour with enough contrast` : 'choose a colour with more contrast',
  };
}

/** A logo that is not an SVG or PNG file inside public/. */
function logoProblems(root: string, source: SourceFile, logo: NonNullable<SiteSettings['logo']>): Problem[] {
  const at = (problem: Omit<Problem, 'file' | 'line' | 'field'>): Problem[] => [{ file: source.file, line: source.lineOf(['logo', 'file']), field: 'logo.file', ...problem }];
  if (!/\.(svg|png)$/i.test(logo.file)) return at({ message: `"${logo.file}" is not an SVG or PNG file`, fix: 'save the logo as .svg or .png in the public/ folder and name that file here' });
  const { publicDir } = contentPaths(root);
  const folder = `${path.relative(root, publicDir) || '.'}/`;
  const absolute = path.resolve(publicDir, logo.file.replace(/^\/+/, ''));
  if (!absolute.startsWith(publicDir + path.sep)) return at({ message: `"${logo.file}" is outside the ${folder} folder`, fix: `put the logo in ${folder} and write its name as it is there, for example logo.svg` });
  let stat: fs.Stats | undefined;
  try {
    stat = fs.lstatSync(absolute);
  } catch {
    stat = undefined;
  }
  if (!stat?.isFile()) return at({ message: `there is no file ${path.relative(root, absolute)}${stat?.isSymbolicLink() ? ' (it is a symbolic link)' : ''}`, fix: `put the logo file in the ${folder} folder, or correct its name here` });
  return [];
}

/** The site paths (src/lib/build/urls.ts) whose pages each section builds, for links the check can see, such as the transparency index's. */
export const sectionPathNames: Record<keyof Sections, readonly string[]> = {
  plan: ['plan'],
  inspections: ['inspections', 'inspectionTracker'],
  performance: ['performance'],
  transparency: ['transparency'],
};

/**
 * Problems for a section that is off while the site still has its content: the content's pages would not be built,
 * and every link to them, from papers, charts, registers or the transparency index, would lead nowhere.
 * `present` says, for each section, what content it has ("3 files in content/inspections/"), or nothing.
 */
export function sectionContentProblems(file: string, lineOf: SourceFile['lineOf'] | undefined, sections: Sections, present: Partial<Record<keyof Sections, string>>): Problem[] {
  return (Object.keys(sections) as (keyof Sections)[])
    .filter((section) => !sections[section] && present[section])
    .map((section) => ({
      file,
      line: lineOf?.(['sections', section]),
      field: `sections.${section}`,
      message: `is off, but the site has ${present[section]}, whose pages would not be built and whose links would lead nowhere`,
      fix: `set sections.${section} to true, or remove that content`,
    }));
}

/** The settings, or the problems that stop them being used. A missing file is a problem: every site needs its settings. */
export function readSettings(root: string, contentDir: string): { settings?: SiteSettings; lineOf?: SourceFile['lineOf']; file: string; problems: Problem[] } {
  const absolute = path.join(contentDir, settingsFileName);
  const file = path.relative(root, absolute);
  if (!fs.existsSync(absolute)) {
    return { file, problems: [{ file, field: '(file)', message: 'is missing: the site needs its settings (its name, area, force, contact details and colours)', fix: 'run npm run new -- site to write it, or copy it from another site and change the values' }] };
  }
  const parsed = readSourceFile(root, absolute, file, 'site');
  if (!parsed.source || parsed.problems.length) return { file, problems: parsed.problems };
  const { source } = parsed;
  const checked = checkSettings(root, source);
  return checked.settings ? { settings: checked.settings, lineOf: (at) => source.lineOf(at), file, problems: [] } : { file, problems: checked.problems };
}

/** The settings of a parsed file (content/site.yaml, or one npm run new -- site is about to write), or its problems. */
export function checkSettings(root: string, source: SourceFile): { settings?: SiteSettings; problems: Problem[] } {
  const result = siteSettingsSchema.safeParse(source.data ?? {});
  if (!result.success) return { problems: schemaProblems(source, result.error, 'settings file', Object.keys(siteSettingsSchema.shape)) };
  const settings = result.data;
  const problems: Problem[] = [
    ...colourSchemes.flatMap((scheme) => contrastFailures(scheme, settings.colours[scheme]).map((failure) => contrastProblem(source, failure, settings.colours[scheme][failure.field]))),
    ...(settings.logo ? logoProblems(root, source, settings.logo) : []),
  ];
  return problems.length ? { problems } : { settings, problems };
}
