// Pure functions over Police and Crime Plan actions: order, latest update, status counts and words.
// src/plan.ts applies them to the loaded collections; tests use them on plain data.
import type { PlanTheme } from '../../schemas/common.ts';
import { planStatuses, type PlanAction, type PlanDirection, type PlanStatus, type PlanUpdate } from '../../schemas/plan.ts';
import { planThemes } from './themes.ts';

/** What each status means, in words, from the delivery plan's own key. Colour is never the only signal: pages always show the label. */
export const statusInfo: Record<PlanStatus, { label: string; meaning: string }> = {
  red: { label: 'Red', meaning: 'An action or a decision is needed to get the work back on track.' },
  amber: { label: 'Amber', meaning: 'Various factors have delayed achievement within the time frame. (The 2018 delivery plan calls this yellow.)' },
  green: { label: 'Green', meaning: 'On target.' },
  'not-started': { label: 'Not started', meaning: 'Work has not started. (The 2018 delivery plan shows this as white.)' },
  'not-stated': {
    label: 'Not stated',
    meaning: 'The source does not give a status, or its colour did not survive in the copy of the document held here. The site never guesses a status.',
  },
};

/** Direction of travel in words, with the arrow the delivery plan's key uses. */
export const directionInfo: Record<PlanDirection, { label: string; arrow: string; meaning: string }> = {
  'no-change': { label: 'No change', arrow: '↔', meaning: 'No change since the last report.' },
  improved: { label: 'Improved', arrow: '↑', meaning: 'Improved since the last report.' },
  deteriorated: { label: 'Deteriorated', arrow: '↓', meaning: 'Deteriorated since the last report.' },
};

const themeOrder = new Map<string, number>(planThemes.map((theme, index) => [theme.id, index]));
const letterOrder = 'VOCT';

/** Numeric parts of an action number: "C10.2" → [2, 10, 2] (theme position, action, part; 0 for no part). */
function actionKey(id: string): [number, number, number] {
  const match = /^([VOCT])(\d+)(?:\.(\d+))?$/.exec(id);
  if (!match) return [99, 0, 0];
  return [letterOrder.indexOf(match[1]!), Number(match[2]), Number(match[3] ?? 0)];
}

/** Order of the plan: theme, then action number, then part, so C2 comes before C10 and O2 before O2.1. */
export function compareActionIds(a: string, b: string): number {
  const [x, y] = [actionKey(a), actionKey(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.localeCompare(b, 'en');
}

/** Themes in the plan's order: victims, offenders, communities, transformation. */
export function compareThemes(a: PlanTheme, b: PlanTheme): number {
  return (themeOrder.get(a) ?? 99) - (themeOrder.get(b) ?? 99);
}

/** Updates newest first. */
export function updatesNewestFirst(updates: readonly PlanUpdate[]): PlanUpdate[] {
  return [...updates].sort((a, b) => b.date.localeCompare(a.date));
}

/** The most recent update, or undefined when there is none. */
export function latestUpdate(updates: readonly PlanUpdate[]): PlanUpdate | undefined {
  return updatesNewestFirst(updates)[0];
}

/** An action that carries its own status: one with updates, or one with no parts. An action reported in parts is counted through its parts. */
export function isReportingLine(action: Pick<PlanAction, 'id' | 'updates'>, hasParts: boolean): boolean {
  return action.updates.length > 0 || !hasParts;
}

/** Count per status, every status present (zero when none), in the key's order. */
export type StatusCounts = Record<PlanStatus, number>;

/** Status counts of the latest update of each reporting line (an action without parts, or a part); a line with no update counts as not stated. */
export function countStatuses(lines: readonly Pick<PlanAction, 'updates'>[]): StatusCounts {
  const counts = Object.fromEntries(planStatuses.map((status) => [status, 0])) as StatusCounts;
  for (const line of lines) counts[latestUpdate(line.updates)?.status ?? 'not-stated'] += 1;
  return counts;
}

/** The sum of all counts. */
export function totalOf(counts: StatusCounts): number {
  return planStatuses.reduce((sum, status) => sum + counts[status], 0);
}
