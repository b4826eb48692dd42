import fs from 'node:fs';
import path from 'node:path';
import { contentPaths } from '../sources/content-paths.ts';
import { unknownIndicatorProblems, unknownSourcePaperProblems } from './indicator-references.ts';
import type { Problem } from './problems.ts';
import { collections, validateContent, type ValidatedContent } from './validate-content.ts';
import { glossaryFileName, readGlossary } from '../markdown/glossary-data.ts';
import { unexpectedFiles, type SourcePlaces } from '../sources/source-files.ts';
import { readTransparencyRequirements, transparencyFileName } from '../model/transparency.ts';
import { dataCollections, validateData, type DataValidationResult } from './validate-data.ts';
import { planFiles, validatePlan, type PlanValidationResult } from './validate-plan.ts';
import { readSettings, sectionContentProblems, sectionPathNames, settingsFileName } from './validate-settings.ts';
import type { Sections, SiteSettings } from '../../schemas/site.ts';
import type { TransparencyFile } from '../../schemas/transparency.ts';

/** Where the site reads content from, under content/: the collections' folders and the site's settings. */
export const contentPlaces: SourcePlaces = { folders: Object.values(collections).map((spec) => spec.folder), files: [settingsFileName] };

/** Where the site reads data from, under data/; a README beside the plan is a note for editors. */
export const dataPlaces: SourcePlaces = {
  folders: [...Object.values(dataCollections).map((spec) => spec.folder), `${planFiles.folder}/${planFiles.actions}`],
  files: [glossaryFileName, transparencyFileName, `${planFiles.folder}/${planFiles.themes}`, `${planFiles.folder}/${planFiles.overview}`],
  notes: [`${planFiles.folder}/README.md`],
};

/** Requirements of the transparency index that live on a page of a section that is off (content/site.yaml). */
function offSectionRequirementProblems(root: string, dataDir: string, file: TransparencyFile | undefined, sections: Sections): Problem[] {
  if (!file) return [];
  const off = new Set((Object.keys(sections) as (keyof Sections)[]).filter((section) => !sections[section]).flatMap((section) => sectionPathNames[section]));
  return file.requirements.flatMap((requirement, index) =>
    off.has(requirement.lives)
      ? [{ file: path.relative(root, path.join(dataDir, transparencyFileName)), field: `requirements[${index}].lives`, message: `is "${requirement.lives}", a section that content/site.yaml turns off`, fix: 'name a page that is built, or "none", or turn the section on' }]
      : [],
  );
}

/** One problem per cause: a link inside a collection's folder is found by the audit of the folder and by the collection. */
function unique(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = [problem.file, problem.line, problem.field, problem.message].join('\u0000');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export interface SiteValidation {
  content: ValidatedContent;
  indicators: DataValidationResult['indicators'];
  plan: Pick<PlanValidationResult, 'themes' | 'actions'>;
  /** The site's settings (content/site.yaml), when they are valid. */
  settings?: SiteSettings;
  problems: Problem[];
}

/**
 * Everything the site is built from, checked in one pass: content/ and data/. The one entry point
 * for `npm run check`, `npm run build` and the Astro build, so the rules are never copied.
 */
export function validateSite(root: string = process.cwd()): SiteValidation {
  const { contentDir, dataDir } = contentPaths(root);
  const content = validateContent(root, contentDir);
  const data = validateData(root, dataDir);
  // Only when the data itself is valid: otherwise every chart would be reported twice.
  const references = data.problems.length
    ? []
    : [
        ...unknownIndicatorProblems(
          [...content.content.papers, ...content.content.meetings, ...content.content.inspections].map((entry) => entry.source),
          new Set(data.indicators.map((indicator) => indicator.id)),
          path.relative(root, path.join(dataDir, 'indicators')),
        ),
        ...unknownSourcePaperProblems(data.indicators, new Set(content.content.papers.map((paper) => paper.id)), path.relative(root, path.join(contentDir, 'papers'))),
      ];
  // Plan actions link to indicators and papers; those links are checked only when their own files are valid.
  const plan = validatePlan(root, dataDir, {
    indicators: data.problems.length ? undefined : new Set(data.indicators.map((indicator) => indicator.id)),
    papers: content.problems.length ? undefined : new Set(content.content.papers.map((paper) => paper.id)),
  });
  // The glossary and the transparency index are data files of their own (data/glossary.yaml, data/transparency-requirements.yaml).
  const transparency = readTransparencyRequirements(root, dataDir);
  const oversight = [...readGlossary(root, dataDir).problems, ...transparency.problems];
  const settings = readSettings(root, contentDir);
  const sections = settings.settings?.sections;
  const count = (n: number, what: string) => (n ? `${n} ${what}` : undefined);
  const sectionProblems = sections
    ? [
        ...sectionContentProblems(settings.file, settings.lineOf, sections, {
          inspections: count(content.content.inspections.length, `inspection report${content.content.inspections.length === 1 ? '' : 's'} in ${path.relative(root, path.join(contentDir, 'inspections'))}/`),
          performance: count(data.indicators.length, `indicator dataset${data.indicators.length === 1 ? '' : 's'} in ${path.relative(root, path.join(dataDir, 'indicators'))}/`),
          plan: count(plan.themes.length + plan.actions.length, `a plan in ${path.relative(root, path.join(dataDir, planFiles.folder))}/`),
          transparency: fs.existsSync(path.join(dataDir, transparencyFileName)) ? `a transparency index in ${path.relative(root, path.join(dataDir, transparencyFileName))}` : undefined,
        }),
        // The transparency index links each requirement to where it lives; that page must be built.
        ...(sections.transparency ? offSectionRequirementProblems(root, dataDir, transparency.file, sections) : []),
      ]
    : [];
  return {
    content: content.content,
    indicators: data.indicators,
    plan: { themes: plan.themes, actions: plan.actions },
    settings: settings.settings,
    problems: unique([
      // Links, hidden files and files the site would not read, anywhere under content/ and data/.
      ...unexpectedFiles(root, contentDir, contentPlaces, 'content'),
      ...unexpectedFiles(root, dataDir, dataPlaces, 'data'),
      ...content.problems,
      ...data.problems,
      ...references,
      ...plan.problems,
      ...oversight,
      ...settings.problems,
      ...sectionProblems,
    ]),
  };
}
