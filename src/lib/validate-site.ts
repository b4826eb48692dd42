import path from 'node:path';
import { contentPaths } from './content-paths.ts';
import { unknownIndicatorProblems, unknownSourcePaperProblems } from './indicator-references.ts';
import type { Problem } from './problems.ts';
import { validateContent, type ValidatedContent } from './validate-content.ts';
import { readGlossary } from './glossary-data.ts';
import { readTransparencyRequirements } from './transparency.ts';
import { validateData, type DataValidationResult } from './validate-data.ts';
import { validatePlan, type PlanValidationResult } from './validate-plan.ts';

export interface SiteValidation {
  content: ValidatedContent;
  indicators: DataValidationResult['indicators'];
  plan: Pick<PlanValidationResult, 'themes' | 'actions'>;
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
  const oversight = [...readGlossary(root, dataDir).problems, ...readTransparencyRequirements(root, dataDir).problems];
  return {
    content: content.content,
    indicators: data.indicators,
    plan: { themes: plan.themes, actions: plan.actions },
    problems: [...content.problems, ...data.problems, ...references, ...plan.problems, ...oversight],
  };
}
