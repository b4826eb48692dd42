// References to draft papers in a production build. Content may name a draft (an agenda lists a paper before it
// is published), but a draft's id, title and link must reach no page, register, download, feed or search index.
// src/content.ts and src/plan.ts pass every entry through these functions when they load it, so nothing built
// from the entries can carry a draft: each reference says "a paper not yet published" instead.
import type { SourceRef } from '../../schemas/common.ts';
import type { Decision } from '../../schemas/decision.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Paper } from '../../schemas/paper.ts';
import type { PlanAction, PlanThemeData } from '../../schemas/plan.ts';

/**
 * What the public site shows, and what a paper field holds, in place of a draft paper. Never a slug (it has
 * spaces), so it cannot be mistaken for a paper's id; pages test for it with isPaperNotYetPublished.
 */
export const paperNotYetPublished = 'a paper not yet published';

/** Whether a paper field holds the words put in place of a draft. */
export const isPaperNotYetPublished = (paper: string | undefined): boolean => paper === paperNotYetPublished;

/** Whether a paper id is a draft left out of this build. */
export type IsDraft = (paperId: string) => boolean;

/** A paper id, or the words in its place when it is a draft. */
export function publicPaperId<T extends string | undefined>(paper: T, isDraft: IsDraft): T | typeof paperNotYetPublished {
  return paper !== undefined && isDraft(paper) ? paperNotYetPublished : paper;
}

/**
 * A source, or, when it is a draft paper, only the words in its place: its title, location and address describe
 * the draft, so none of them is kept.
 */
export function publicSource<S extends SourceRef>(source: S, isDraft: IsDraft): S {
  return source.paper !== undefined && isDraft(source.paper) ? ({ title: paperNotYetPublished } as S) : source;
}

/** A meeting: an agenda item with a draft paper loses its title too (npm run new copies the paper's title into it). */
export function publicMeeting(data: Meeting, isDraft: IsDraft): Meeting {
  return {
    ...data,
    agenda: data.agenda.map((item) => (item.paper !== undefined && isDraft(item.paper) ? { ...item, title: paperNotYetPublished, paper: paperNotYetPublished } : item)),
    sources: data.sources.map((source) => publicSource(source, isDraft)),
  };
}

/** A paper: its own source may be a draft paper. */
export function publicPaper(data: Paper, isDraft: IsDraft): Paper {
  return { ...data, source: publicSource(data.source, isDraft) };
}

export function publicDecision(data: Decision, isDraft: IsDraft): Decision {
  return { ...data, paper: publicPaperId(data.paper, isDraft), source: publicSource(data.source, isDraft) };
}

/** An inspection: several drafts in its papers become one entry, as they cannot be told apart. */
export function publicInspection(data: Inspection, isDraft: IsDraft): Inspection {
  return {
    ...data,
    papers: [...new Set(data.papers.map((paper) => publicPaperId(paper, isDraft)))],
    findings: data.findings.map((finding) => ({ ...finding, paper: publicPaperId(finding.paper, isDraft), source: publicSource(finding.source, isDraft) })),
    source: publicSource(data.source, isDraft),
  };
}

/** A dataset: its sources are what its charts, tables, CSV and JSON cite. */
export function publicIndicator(data: Indicator, isDraft: IsDraft): Indicator {
  return { ...data, sources: Object.fromEntries(Object.entries(data.sources).map(([key, source]) => [key, publicSource(source, isDraft)])) };
}

export function publicPlanAction(data: PlanAction, isDraft: IsDraft): PlanAction {
  return {
    ...data,
    source: publicSource(data.source, isDraft),
    updates: data.updates.map((update) => ({ ...update, source: publicSource(update.source, isDraft) })),
  };
}

export function publicPlanTheme(data: PlanThemeData, isDraft: IsDraft): PlanThemeData {
  return data.aimSource ? { ...data, aimSource: publicSource(data.aimSource, isDraft) } : data;
}
