// Loads the Police and Crime Plan once: themes, actions and their parts, sorted and cross-linked.
// Plan pages import these ready lists; none calls getCollection or filters by hand.
import { getCollection, type CollectionEntry } from 'astro:content';
import { papersByTheme, withoutDrafts, type PaperEntry } from './content.ts';
import { publicPlanAction, publicPlanTheme } from './lib/model/draft-references.ts';
import { groupBy } from './lib/model/group.ts';
import { compareActionIds, compareThemes, countStatuses, isReportingLine, latestUpdate, updatesNewestFirst, type StatusCounts } from './lib/model/plan.ts';
import type { PlanTheme } from './schemas/common.ts';
import type { PlanOverview, PlanUpdate } from './schemas/plan.ts';
import { contentPaths } from './lib/sources/content-paths.ts';
import { formatProblem } from './lib/validation/problems.ts';
import { readPlanOverview } from './lib/validation/validate-plan.ts';

export type PlanThemeEntry = CollectionEntry<'planThemes'>;
export type PlanActionEntry = CollectionEntry<'planActions'>;

function loadOverview(): PlanOverview {
  const { root, dataDir } = contentPaths();
  const { overview, problems } = readPlanOverview(root, dataDir);
  // The check has refused a bad file before Astro renders; a problem here means it did not run.
  if (problems.length) throw new Error(`The plan file cannot be used:\n${problems.map(formatProblem).join('\n')}`);
  return overview ?? { about: [], editorNotes: [] };
}

/** The plan's own facts (data/plan/plan.yaml): its start date, the delivery plan followed, what to say about it. Empty when the file is absent. */
export const planOverview: PlanOverview = loadOverview();

/** The themes in the plan's order. */
export const planThemeEntries: PlanThemeEntry[] = withoutDrafts(await getCollection('planThemes'), publicPlanTheme).sort((a, b) => compareThemes(a.data.id, b.data.id));

/** Every action and part in the plan's order: V1, V1.1, V2 … T10. */
export const planActions: PlanActionEntry[] = withoutDrafts(await getCollection('planActions'), publicPlanAction).sort((a, b) => compareActionIds(a.data.id, b.data.id));

const actionByNumber = new Map(planActions.map((a) => [a.data.id, a]));

/** Parts of each action, keyed by the action's number (O2 → O2.1, O2.2, O2.3). */
export const partsByParent: Map<string, PlanActionEntry[]> = groupBy(
  planActions.filter((a) => a.data.parent),
  (a) => a.data.parent ?? '',
);

/** The priority actions (not their parts) of each theme, in order. */
export const actionsByTheme: Map<PlanTheme, PlanActionEntry[]> = groupBy(
  planActions.filter((a) => !a.data.parent),
  (a) => a.data.theme,
);

/** An action or part by its printed number ("O2.1"). The plan check has proved every parent exists. */
export function actionOf(number: string): PlanActionEntry | undefined {
  return actionByNumber.get(number);
}

/** The parts of an action, or an empty list. */
export function partsOf(action: PlanActionEntry): PlanActionEntry[] {
  return partsByParent.get(action.data.id) ?? [];
}

/** The action a part belongs to, or undefined for an action. */
export function parentOf(action: PlanActionEntry): PlanActionEntry | undefined {
  return action.data.parent ? actionByNumber.get(action.data.parent) : undefined;
}

/** The latest update of an action or part, or undefined (an action reported in parts has none of its own). */
export function latestUpdateOf(action: PlanActionEntry): PlanUpdate | undefined {
  return latestUpdate(action.data.updates);
}

/** The updates of an action or part, newest first. */
export function historyOf(action: PlanActionEntry): PlanUpdate[] {
  return updatesNewestFirst(action.data.updates);
}

/** A lead as shown: the action's own, else (for a part) its action's, marked as inherited; undefined when neither gives one. */
export function leadOf(action: PlanActionEntry, which: 'opccLead' | 'deliveryLead'): { value: string; from?: string } | undefined {
  if (action.data[which]) return { value: action.data[which] };
  const parent = parentOf(action);
  return parent?.data[which] ? { value: parent.data[which], from: parent.data.id } : undefined;
}

/** Every action or part that carries its own status: actions without parts, and parts. */
export const reportingLines: PlanActionEntry[] = planActions.filter((a) => isReportingLine(a.data, partsOf(a).length > 0));

/** Count per status of the latest update of each reporting line in a theme. */
export function statusCountsOf(theme: PlanTheme): StatusCounts {
  return countStatuses(reportingLines.filter((a) => a.data.theme === theme).map((a) => a.data));
}

/** The date of the newest update in a theme, or undefined. */
export function latestDateOf(theme: PlanTheme): string | undefined {
  return reportingLines
    .filter((a) => a.data.theme === theme)
    .map((a) => latestUpdate(a.data.updates)?.date)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
}

/** Papers about an action's theme, newest first. */
export function papersFor(action: PlanActionEntry): PaperEntry[] {
  return papersByTheme.get(action.data.theme) ?? [];
}
