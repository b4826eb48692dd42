import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { actionFileId, planActionSchema, planOverviewSchema, planThemeSchema, themeLetters, type PlanAction, type PlanOverview, type PlanThemeData } from '../../schemas/plan.ts';
import { contentPaths } from '../sources/content-paths.ts';
import { compareActionIds } from '../model/plan.ts';
import { formatReport, type Problem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';
import { namedFiles } from '../sources/named-files.ts';
import { readSourceFile, type SourceFile } from '../sources/source-file.ts';
import type { Checked } from './validate-content.ts';

/** Plan themes and actions that passed every check, and every problem found. */
export interface PlanValidationResult {
  themes: Checked<PlanThemeData>[];
  actions: Checked<PlanAction>[];
  /** What plan.yaml says about the plan itself; undefined when the file is missing or invalid. */
  overview?: PlanOverview;
  problems: Problem[];
}

/** Ids that plan actions may point at. A set left out is not checked (for example while the data itself is invalid). */
export interface PlanReferences {
  /** Indicator dataset ids (file names in data/indicators). */
  indicators?: ReadonlySet<string>;
  /** Paper ids (file names in content/papers). */
  papers?: ReadonlySet<string>;
}

/** Where the plan is stored, under the data directory. */
export const planFiles = { folder: 'plan', themes: 'themes.yaml', overview: 'plan.yaml', actions: 'actions', extension: '.yaml' } as const;

const themesListSchema = z.array(planThemeSchema, { error: 'must be a list of themes, each starting with a line "- id: victims"' });

/** The themes listed in themes.yaml; `readable` is false when the file is missing or could not be checked. */
function checkThemes(root: string, planDir: string, problems: Problem[]): { themes: Checked<PlanThemeData>[]; readable: boolean } {
  const absolute = path.join(planDir, planFiles.themes);
  if (!fs.existsSync(absolute)) return { themes: [], readable: false };
  const file = path.relative(root, absolute);
  const parsed = readSourceFile(root, absolute, file, 'themes');
  problems.push(...parsed.problems);
  if (!parsed.source || parsed.problems.length) return { themes: [], readable: false };
  const { source } = parsed;
  const result = themesListSchema.safeParse(source.data ?? []);
  if (!result.success) {
    problems.push(...schemaProblems(source, result.error, 'plan theme', Object.keys(planThemeSchema.shape)));
    return { themes: [], readable: false };
  }
  const themes: Checked<PlanThemeData>[] = [];
  const seen = new Map<string, number>();
  result.data.forEach((theme, index) => {
    const first = seen.get(theme.id);
    if (first !== undefined) {
      problems.push({ file, line: source.lineOf([index, 'id']), field: `[${index}].id`, message: `repeats the theme "${theme.id}" of item ${first + 1}`, fix: 'list each theme once' });
      return;
    }
    seen.set(theme.id, index);
    themes.push({ id: theme.id, data: theme, source: scoped(source, index) });
  });
  return { themes, readable: true };
}

/** The plan's own facts in plan.yaml, or undefined when the file is missing or has a problem. A plan without the file is valid. */
function checkOverview(root: string, planDir: string, references: PlanReferences, problems: Problem[]): PlanOverview | undefined {
  const absolute = path.join(planDir, planFiles.overview);
  if (!fs.existsSync(absolute)) return undefined;
  const file = path.relative(root, absolute);
  const parsed = readSourceFile(root, absolute, file, 'plan');
  problems.push(...parsed.problems);
  if (!parsed.source || parsed.problems.length) return undefined;
  const { source } = parsed;
  const result = planOverviewSchema.safeParse(source.data ?? {});
  if (!result.success) {
    problems.push(...schemaProblems(source, result.error, 'plan file', Object.keys(planOverviewSchema.shape)));
    return undefined;
  }
  const paper = result.data.deliveryPlan?.paper;
  if (paper !== undefined && references.papers && !references.papers.has(paper)) {
    problems.push({ file, line: source.lineOf(['deliveryPlan', 'paper']), field: 'deliveryPlan.paper', message: `"${paper}" is not a paper: there is no file content/papers/${paper}.md`, fix: 'use the file name (without .md) of a paper in content/papers, or leave paper out' });
    return undefined;
  }
  if (result.data.startDate && !result.data.startDateSource) {
    problems.push({ file, line: source.lineOf(['startDate']), field: 'startDateSource', message: 'is missing', fix: 'say where the start date is printed (title, and location such as the paragraph), or leave startDate out' });
    return undefined;
  }
  return result.data;
}

/** A view of one item of a list file, so that its lines can be found by the item's own field paths. */
function scoped(source: SourceFile, index: number): SourceFile {
  const data = Array.isArray(source.data) ? source.data[index] : undefined;
  return { file: source.file, id: String(index), data, lineOf: (fieldPath) => source.lineOf([index, ...fieldPath]) };
}

function checkActionFiles(root: string, planDir: string, problems: Problem[]): Checked<PlanAction>[] {
  const dir = path.join(planDir, planFiles.actions);
  const allowed = Object.keys(planActionSchema.shape);
  const actions: Checked<PlanAction>[] = [];
  const rules = {
    extension: planFiles.extension,
    invalidIdFix: 'name the file after the action number in lower case, with a hyphen for the full stop: o2-1.yaml for O2.1',
    duplicateFix: 'keep one file per action: merge the two, or rename one after its own action number',
  };
  for (const { absolute, file, id } of namedFiles(root, dir, rules, problems)) {
    const parsed = readSourceFile(root, absolute, file, id);
    problems.push(...parsed.problems);
    if (!parsed.source || parsed.problems.length) continue;
    const result = planActionSchema.safeParse(parsed.source.data ?? {});
    if (!result.success) {
      problems.push(...schemaProblems(parsed.source, result.error, 'plan action', allowed));
      continue;
    }
    actions.push({ id, data: result.data, source: parsed.source });
  }
  return actions;
}

/** Checks between files: numbers are unique and match file names and themes, parts name a real action, leaves have an update, references exist. */
function checkAcrossFiles(
  root: string,
  planDir: string,
  themes: readonly Checked<PlanThemeData>[],
  actions: readonly Checked<PlanAction>[],
  references: PlanReferences,
  themesFileValid: boolean,
  problems: Problem[],
): void {
  const themesFile = path.relative(root, path.join(planDir, planFiles.themes));
  const listedThemes = new Set(themes.map((t) => t.id));
  const byId = new Map<string, Checked<PlanAction>>();
  // Only a part numbered after its action (O2.1 of O2) makes that action one reported in parts.
  const hasParts = new Set(actions.filter((a) => a.data.parent && a.data.id.startsWith(`${a.data.parent}.`)).map((a) => a.data.parent));
  // Worked out once, and only when a fix needs it.
  let examples: string | undefined;
  const exampleIndicators = () => (examples ??= [...(references.indicators ?? [])].sort().slice(0, 3).join(', '));
  for (const entry of actions) {
    const { data, source } = entry;
    const at = (...fieldPath: PropertyKey[]) => source.lineOf(fieldPath);
    const first = byId.get(data.id);
    if (first) {
      problems.push({ file: source.file, line: at('id'), field: 'id', message: `repeats the action number "${data.id}" of ${first.source.file}`, fix: 'give each action its own number, or merge the two files' });
    } else byId.set(data.id, entry);
    if (entry.id !== actionFileId(data.id)) {
      problems.push({ file: source.file, line: at('id'), field: 'id', message: `is "${data.id}" but the file is named ${entry.id}${planFiles.extension}`, fix: `rename the file to ${actionFileId(data.id)}${planFiles.extension}, or correct the number` });
    }
    const letterTheme = themeLetters[data.id[0] as keyof typeof themeLetters];
    if (letterTheme !== data.theme) {
      problems.push({ file: source.file, line: at('theme'), field: 'theme', message: `is "${data.theme}" but ${data.id} is numbered as an action of the ${letterTheme} theme`, fix: `set theme: ${letterTheme}, or correct the number` });
    } else if (themesFileValid && !listedThemes.has(data.theme)) {
      problems.push({ file: source.file, line: at('theme'), field: 'theme', message: `"${data.theme}" is not a theme listed in ${themesFile}`, fix: `add the theme to ${themesFile}, or use one listed there` });
    }
    if (data.updates.length === 0 && !hasParts.has(data.id)) {
      problems.push({ file: source.file, line: at('updates'), field: 'updates', message: 'is missing', fix: 'add at least one dated update (date, status, progress, source); write status: not-stated when the source gives no status' });
    }
    const dates = new Map<string, number>();
    data.updates.forEach((update, index) => {
      const earlier = dates.get(update.date);
      if (earlier !== undefined) {
        problems.push({ file: source.file, line: at('updates', index, 'date'), field: `updates[${index}].date`, message: `repeats the date ${update.date} of updates[${earlier}]`, fix: 'keep one update per report: merge the two, or correct the date' });
      } else dates.set(update.date, index);
    });
    if (references.indicators) {
      data.indicators.forEach((indicator, index) => {
        if (references.indicators!.has(indicator)) return;
        const some = exampleIndicators();
        problems.push({ file: source.file, line: at('indicators', index), field: `indicators[${index}]`, message: `"${indicator}" is not an indicator dataset: there is no file data/indicators/${indicator}.yaml`, fix: `use the file name (without .yaml) of a dataset in data/indicators${some ? `, for example ${some}` : ''}` });
      });
    }
    if (references.papers) {
      const papers = references.papers;
      const checkPaper = (paper: string | undefined, fieldPath: PropertyKey[], field: string) => {
        if (paper === undefined || papers.has(paper)) return;
        problems.push({ file: source.file, line: source.lineOf(fieldPath), field, message: `"${paper}" is not a paper: there is no file content/papers/${paper}.mdx`, fix: 'use the file name (without .mdx) of a paper in content/papers, or leave paper out' });
      };
      checkPaper(data.source.paper, ['source', 'paper'], 'source.paper');
      data.updates.forEach((update, index) => checkPaper(update.source.paper, ['updates', index, 'source', 'paper'], `updates[${index}].source.paper`));
    }
  }
  // Lines are looked up only for a problem: finding one parses the file again, with positions.
  for (const { data, source } of actions) {
    const partOf = data.id.includes('.') ? data.id.slice(0, data.id.indexOf('.')) : undefined;
    if (partOf && data.parent === undefined) {
      problems.push({ file: source.file, line: source.lineOf(['id']), field: 'parent', message: `is missing: ${data.id} is numbered as a part of ${partOf}`, fix: `add parent: ${partOf}` });
    } else if (data.parent !== undefined && data.parent !== partOf) {
      problems.push({ file: source.file, line: source.lineOf(['parent']), field: 'parent', message: partOf ? `is "${data.parent}" but ${data.id} is numbered as a part of ${partOf}` : `is "${data.parent}" but ${data.id} is an action, not a part`, fix: partOf ? `set parent: ${partOf}` : 'remove parent, or number the part after its action (for example O2.1)' });
    } else if (data.parent !== undefined && !byId.has(data.parent)) {
      problems.push({ file: source.file, line: source.lineOf(['parent']), field: 'parent', message: `"${data.parent}" is not an action: there is no file ${path.relative(root, path.join(planDir, planFiles.actions, actionFileId(data.parent) + planFiles.extension))}`, fix: `add the action ${data.parent}, or correct parent` });
    }
  }
}

/**
 * Read and check the Police and Crime Plan under `dataDir`/plan: themes.yaml, plan.yaml (the plan's own facts) and one file per action in actions/.
 * Returns every problem found, never just the first. A data folder without plan/ is valid and empty.
 */
export function validatePlan(root: string, dataDir: string, references: PlanReferences = {}): PlanValidationResult {
  const problems: Problem[] = [];
  const planDir = path.join(dataDir, planFiles.folder);
  const { themes, readable: themesFileValid } = checkThemes(root, planDir, problems);
  const actions = checkActionFiles(root, planDir, problems);
  const overview = checkOverview(root, planDir, references, problems);
  if (actions.length && !fs.existsSync(path.join(planDir, planFiles.themes))) {
    problems.push({ file: path.relative(root, path.join(planDir, planFiles.themes)), field: '(file)', message: 'is missing', fix: 'add the list of themes the actions belong to, each with id and name' });
  }
  checkAcrossFiles(root, planDir, themes, actions, references, themesFileValid, problems);
  actions.sort((a, b) => compareActionIds(a.data.id, b.data.id));
  return { themes, actions, overview, problems };
}

/** The plan's own facts (plan.yaml under `dataDir`/plan) on their own, for the site to render: undefined, with no problem, when the file is missing. */
export function readPlanOverview(root: string, dataDir: string): { overview?: PlanOverview; problems: Problem[] } {
  const problems: Problem[] = [];
  const overview = checkOverview(root, path.join(dataDir, planFiles.folder), {}, problems);
  return { overview, problems };
}

/** One line for a valid plan: "4 themes, 52 actions and parts, 44 updates". */
export function describePlan(result: Pick<PlanValidationResult, 'themes' | 'actions'>): string {
  const parts = result.actions.filter((a) => a.data.parent).length;
  const updates = result.actions.reduce((sum, a) => sum + a.data.updates.length, 0);
  return `${result.themes.length} plan themes, ${result.actions.length - parts} actions and ${parts} parts, ${updates} updates`;
}

/** The plan check on its own, for scripts: validates DATA_DIR/plan (default data/plan). */
export function checkPlan(root: string = process.cwd(), references: PlanReferences = {}): PlanValidationResult & { ok: boolean; report: string } {
  const { dataDir } = contentPaths(root);
  const result = validatePlan(root, dataDir, references);
  const ok = result.problems.length === 0;
  return { ...result, ok, report: ok ? `Plan is valid: ${describePlan(result)}.` : formatReport(result.problems) };
}
