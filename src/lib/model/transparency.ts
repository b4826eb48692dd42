// The transparency index: for each requirement of the Specified Information Order, the date it was last
// published on this site (computed from the content, never typed) and whether it is up to date.
// Everything here is pure except readTransparencyRequirements, which reads the data file.
import fs from 'node:fs';
import path from 'node:path';
import type { Decision } from '../../schemas/decision.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Paper } from '../../schemas/paper.ts';
import { transparencyFileSchema, type PublicationRule, type Requirement, type TransparencyFile } from '../../schemas/transparency.ts';
import type { Problem } from '../validation/problems.ts';
import { schemaProblems } from '../validation/schema-problems.ts';
import { readSourceFile } from '../sources/source-file.ts';

export const transparencyFileName = 'transparency-requirements.yaml';

/** The three statuses, in words: the page never relies on colour alone. */
export const transparencyStatuses = ['published', 'not yet published here', 'overdue'] as const;
export type TransparencyStatus = (typeof transparencyStatuses)[number];

/** The content the index looks at. Astro entries and checked files both have this shape. */
export interface TransparencyContent {
  meetings: readonly { id: string; data: Meeting }[];
  papers: readonly { id: string; data: Paper }[];
  decisions: readonly { id: string; data: Decision }[];
  inspections: readonly { id: string; data: Inspection }[];
  /** Months of spending over £500; none when the office publishes none here. */
  spend?: readonly { id: string; data: { month: string; published: string } }[];
}

export interface TransparencyRow {
  requirement: Requirement;
  /** YYYY-MM-DD, or undefined when nothing on this site meets the requirement. */
  lastPublished?: string;
  /** Id of the item the date comes from, when there is one. */
  from?: { kind: 'meeting' | 'paper' | 'decision' | 'inspection' | 'spend'; id: string };
  /** The date by which it must be published again, when the frequency sets a period. */
  dueBy?: string;
  status: TransparencyStatus;
}

/**
 * The "as at" date of the index: SOURCE_DATE_EPOCH (seconds since 1970, set for reproducible builds)
 * when it is set, otherwise the day of the build. A UTC calendar date, YYYY-MM-DD.
 */
export function asAtDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return now.toISOString().slice(0, 10);
}

/** The date a number of calendar months after another; the day is kept, or moved back to the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

type Latest = { date: string; from?: NonNullable<TransparencyRow['from']> } | undefined;

function newest<T extends { id: string }>(items: readonly T[], dateOf: (item: T) => string, kind: NonNullable<TransparencyRow['from']>['kind']): Latest {
  let best: Latest;
  for (const item of items) {
    const date = dateOf(item);
    // Ties go to the alphabetically first id, so the result never depends on file order.
    if (!best || date > best.date || (date === best.date && item.id < (best.from?.id ?? ''))) best = { date, from: { kind, id: item.id } };
  }
  return best;
}

/** The newest item a rule looks for, or undefined. `all-of` rules are worked out from other rows, in transparencyIndex. */
export function latestFor(rule: PublicationRule, content: TransparencyContent): Latest {
  switch (rule.kind) {
    case 'none':
    case 'all-of':
      return undefined;
    case 'latest-meeting': {
      const meetings = content.meetings.filter((m) => m.data.status !== 'cancelled' && (rule.with === 'agenda' ? m.data.agenda.length > 0 : rule.with === 'minutes' ? m.data.minutes !== undefined : true));
      return newest(meetings, (m) => m.data.date, 'meeting');
    }
    case 'latest-paper': {
      const papers = content.papers.filter((p) => p.data.status === 'final' && (!rule.board || p.data.board === rule.board));
      return newest(papers, (p) => p.data.date, 'paper');
    }
    case 'latest-decision':
      return newest(content.decisions, (d) => d.data.date, 'decision');
    case 'latest-spend':
      return newest(content.spend ?? [], (m) => m.data.published, 'spend');
    case 'latest-inspection': {
      const inspections = content.inspections.filter((i) => !rule.programme || i.data.programme === rule.programme);
      return newest(inspections, (i) => i.data.published, 'inspection');
    }
  }
}

/** Published, not yet published here, or overdue (older than the frequency allows on the as-at date). */
export function statusOf(lastPublished: string | undefined, overdueAfterMonths: number | undefined, asAt: string): { status: TransparencyStatus; dueBy?: string } {
  if (!lastPublished) return { status: 'not yet published here' };
  if (overdueAfterMonths === undefined) return { status: 'published' };
  const dueBy = addMonths(lastPublished, overdueAfterMonths);
  return { status: asAt > dueBy ? 'overdue' : 'published', dueBy };
}

/** One row per requirement, in the file's order, with its computed date and status. */
export function transparencyIndex(requirements: readonly Requirement[], content: TransparencyContent, asAt: string): TransparencyRow[] {
  const rows = new Map<string, TransparencyRow>();
  const compute = (requirement: Requirement, visiting: Set<string>): TransparencyRow => {
    const done = rows.get(requirement.id);
    if (done) return done;
    let latest: Latest;
    let status: { status: TransparencyStatus; dueBy?: string };
    if (requirement.rule.kind === 'all-of') {
      // A rule such as "prominent place" is met only when every requirement it covers is published and up to date.
      const parts = requirement.rule.requirements.map((id) => {
        const other = requirements.find((r) => r.id === id);
        if (!other || visiting.has(id)) throw new Error(`Requirement "${requirement.id}" refers to "${id}", which is not a requirement or refers back to it.`);
        return compute(other, new Set([...visiting, id]));
      });
      const dates = parts.map((part) => part.lastPublished);
      const oldest = dates.every((date): date is string => date !== undefined) ? [...dates].sort()[0] : undefined;
      latest = oldest ? { date: oldest } : undefined;
      status = parts.some((part) => part.status === 'not yet published here')
        ? { status: 'not yet published here' }
        : parts.some((part) => part.status === 'overdue')
          ? { status: 'overdue' }
          : statusOf(oldest, requirement.frequency.overdueAfterMonths, asAt);
    } else {
      latest = latestFor(requirement.rule, content);
      status = statusOf(latest?.date, requirement.frequency.overdueAfterMonths, asAt);
    }
    const row: TransparencyRow = { requirement, status: status.status };
    if (latest) row.lastPublished = latest.date;
    if (latest?.from) row.from = latest.from;
    if (status.dueBy) row.dueBy = status.dueBy;
    rows.set(requirement.id, row);
    return row;
  };
  return requirements.map((requirement) => compute(requirement, new Set([requirement.id])));
}

/** How many rows have each status, in the order of transparencyStatuses. */
export function countByStatus(rows: readonly TransparencyRow[]): Record<TransparencyStatus, number> {
  const counts = Object.fromEntries(transparencyStatuses.map((status) => [status, 0])) as Record<TransparencyStatus, number>;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** Read and check data/transparency-requirements.yaml. A missing file gives no index and no problem. */
export function readTransparencyRequirements(root: string, dataDir: string): { file?: TransparencyFile; problems: Problem[] } {
  const absolute = path.join(dataDir, transparencyFileName);
  if (!fs.existsSync(absolute)) return { problems: [] };
  const file = path.relative(root, absolute);
  const parsed = readSourceFile(root, absolute, file, 'transparency-requirements');
  if (!parsed.source || parsed.problems.length) return { problems: parsed.problems };
  const { source } = parsed;
  const result = transparencyFileSchema.safeParse(source.data ?? {});
  if (!result.success) return { problems: schemaProblems(source, result.error, 'transparency index', Object.keys(transparencyFileSchema.shape)) };
  const problems: Problem[] = [];
  const ids = new Set<string>();
  result.data.requirements.forEach((requirement, index) => {
    if (ids.has(requirement.id)) {
      problems.push({ file, line: source.lineOf(['requirements', index, 'id']), field: `requirements[${index}].id`, message: `repeats the id "${requirement.id}"`, fix: 'give each requirement its own id' });
    }
    ids.add(requirement.id);
  });
  result.data.requirements.forEach((requirement, index) => {
    if (requirement.rule.kind !== 'all-of') return;
    requirement.rule.requirements.forEach((id, at) => {
      if (id === requirement.id || !ids.has(id)) {
        problems.push({
          file,
          line: source.lineOf(['requirements', index, 'rule', 'requirements', at]),
          field: `requirements[${index}].rule.requirements[${at}]`,
          message: id === requirement.id ? 'is this requirement itself' : `"${id}" is not the id of a requirement in this file`,
          fix: 'list the ids of other requirements in this file',
        });
      }
    });
  });
  return problems.length ? { problems } : { file: result.data, problems };
}
