// Loads every collection once, drops what must not be published, sorts and cross-links it.
// Pages import these ready lists; none calls getCollection or filters by hand.
import fs from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareAgendaItems } from './lib/model/agenda.ts';
import { byDateDescending, yearOf } from './lib/text/dates.ts';
import { groupBy, theNames } from './lib/model/group.ts';
import { indicatorChartIds } from './lib/validation/indicator-references.ts';
import { isPaperNotYetPublished, publicDecision, publicIndicator, publicInspection, publicMeeting, publicPaper, type IsDraft } from './lib/model/draft-references.ts';
import type { PlanTheme } from './schemas/common.ts';

export type BoardEntry = CollectionEntry<'boards'>;
export type MeetingEntry = CollectionEntry<'meetings'>;
export type PaperEntry = CollectionEntry<'papers'>;
export type DecisionEntry = CollectionEntry<'decisions'>;
export type InspectionEntry = CollectionEntry<'inspections'>;
export type IndicatorEntry = CollectionEntry<'indicators'>;
export type SpendMonthEntry = CollectionEntry<'spend'>;

/** Drafts appear in `npm run dev` (with a banner) and never in a production build. */
export const showDrafts = import.meta.env.DEV;

const newestFirst = byDateDescending<{ id: string; data: { date: string } }>((e) => e.data.date, (e) => e.id);

const allPapers = await getCollection('papers');
// Content may name a draft (an agenda lists a paper before it is published); in a production build every such
// reference is replaced as the entries load, so no page, register or download can carry the draft's id or title.
const draftIds = new Set(showDrafts ? [] : allPapers.filter((paper) => paper.data.status !== 'final').map((paper) => paper.id));
const isDraft: IsDraft = (id) => draftIds.has(id);

/** Entries with each reference to a draft paper replaced by "a paper not yet published" (src/lib/model/draft-references.ts). */
export function withoutDrafts<E extends { data: unknown }>(entries: E[], publicData: (data: E['data'], isDraft: IsDraft) => E['data']): E[] {
  // Without drafts nothing changes, not even the entries' identity.
  return draftIds.size === 0 ? entries : entries.map((entry) => ({ ...entry, data: publicData(entry.data, isDraft) }));
}

export const boards: BoardEntry[] = (await getCollection('boards')).sort(
  (a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'en'),
);
/** The boards in running text, for pages that cover them all: "the Business Coordination Board and the Police and Crime Panel". */
export const boardsInWords: string = theNames(boards.map((board) => board.data.name), "the Commissioner's boards and panels");
export const meetings: MeetingEntry[] = withoutDrafts(await getCollection('meetings'), publicMeeting).sort(newestFirst);
export const papers: PaperEntry[] = withoutDrafts(allPapers.filter((paper) => showDrafts || paper.data.status === 'final'), publicPaper).sort(
  (a, b) => b.data.date.localeCompare(a.data.date) || compareAgendaItems(a.data.agendaItem, b.data.agendaItem) || a.id.localeCompare(b.id, 'en'),
);
export const decisions: DecisionEntry[] = withoutDrafts(await getCollection('decisions'), publicDecision).sort(newestFirst);
export const inspections: InspectionEntry[] = withoutDrafts(await getCollection('inspections'), publicInspection).sort(
  byDateDescending((e) => e.data.published, (e) => e.id),
);

/** Indicator datasets: the dashboard's in its printed order, then the rest by title. */
export const indicators: IndicatorEntry[] = withoutDrafts(await getCollection('indicators'), publicIndicator).sort(
  (a, b) => (a.data.dashboardPosition ?? 1000) - (b.data.dashboardPosition ?? 1000) || a.data.title.localeCompare(b.data.title, 'en'),
);
/** The performance dashboard's indicators (those with a dashboardPosition), in its printed order. */
export const dashboardIndicators: IndicatorEntry[] = indicators.filter((i) => i.data.dashboardPosition !== undefined);
const indicatorById = new Map(indicators.map((i) => [i.id, i]));
/** An indicator dataset, or undefined when no dataset has that id. */
export const indicatorOf = (id: string): IndicatorEntry | undefined => indicatorById.get(id);

const boardById = new Map(boards.map((b) => [b.id, b]));
const meetingById = new Map(meetings.map((m) => [m.id, m]));
const paperById = new Map(papers.map((p) => [p.id, p]));

function required<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  // The content check has already proved every reference; this guards against a stale cache.
  if (!found) throw new Error(`Unknown ${what} "${id}". Run npm run check for details.`);
  return found;
}

export const boardOf = (id: string): BoardEntry => required(boardById, id, 'board');
export const meetingOf = (id: string): MeetingEntry => required(meetingById, id, 'meeting');
/** A paper, or undefined when it is a draft left out of this build. */
export const paperOf = (id: string): PaperEntry | undefined => paperById.get(id);
/**
 * The paper an agenda item, decision, inspection or finding names, or undefined for a draft left out of this
 * build: the page then shows paperNotYetPublished. An id that matches no paper at all stops the build.
 */
export function referencedPaper(id: string): PaperEntry | undefined {
  return isPaperNotYetPublished(id) ? undefined : required(paperById, id, 'paper');
}

export const papersByMeeting = groupBy(
  [...papers].sort((a, b) => compareAgendaItems(a.data.agendaItem, b.data.agendaItem)),
  (p) => p.data.meeting,
);
export const meetingsByBoard = groupBy(meetings, (m) => m.data.board);
export const papersByBoard = groupBy(papers, (p) => p.data.board);
export const papersByYear = groupBy(papers, (p) => yearOf(p.data.date));
export const decisionsByMeeting = groupBy(decisions, (d) => d.data.meeting ?? '');
export const decisionsByPaper = groupBy(decisions, (d) => d.data.paper ?? '');
export const papersByTheme = new Map<PlanTheme, PaperEntry[]>();
for (const paper of papers) {
  // push, not a copy of the list per paper: copying made this quadratic in the number of papers.
  for (const theme of paper.data.themes) {
    const list = papersByTheme.get(theme);
    if (list) list.push(paper);
    else papersByTheme.set(theme, [paper]);
  }
}

/** Papers that publish or chart each dataset: its sources' papers, and papers embedding its chart. */
export const papersByIndicator = new Map<string, PaperEntry[]>();
// One pass over the papers for all indicators (not one per indicator), in the papers' order: source papers, then charts.
const indicatorsBySourcePaper = new Map<string, string[]>();
for (const indicator of indicators) {
  papersByIndicator.set(indicator.id, []);
  for (const paperId of new Set(Object.values(indicator.data.sources).flatMap((source) => (source.paper ? [source.paper] : [])))) {
    indicatorsBySourcePaper.set(paperId, [...(indicatorsBySourcePaper.get(paperId) ?? []), indicator.id]);
  }
}
/** The charts a paper shows, from its file (the content layer keeps only the fields: see content.config.ts). */
function chartsOf(paper: PaperEntry): { id: string }[] {
  const body = paper.filePath ? fs.readFileSync(path.resolve(paper.filePath), 'utf8') : '';
  return indicatorChartIds({ file: paper.id, id: paper.id, data: undefined, body, lineOf: () => undefined });
}
const listedWithIndicator = new Set<string>();
for (const paper of papers) {
  for (const id of indicatorsBySourcePaper.get(paper.id) ?? []) {
    papersByIndicator.get(id)!.push(paper);
    listedWithIndicator.add(`${id} ${paper.id}`);
  }
}
for (const paper of papers) {
  for (const chart of chartsOf(paper)) {
    const list = papersByIndicator.get(chart.id);
    const key = `${chart.id} ${paper.id}`;
    if (list && !listedWithIndicator.has(key)) {
      list.push(paper);
      listedWithIndicator.add(key);
    }
  }
}

/** Meetings whose minutes another meeting approved, keyed by the approving meeting. */
export const minutesApprovedAt = groupBy(
  meetings.filter((m) => m.data.minutes?.approvedAt),
  (m) => m.data.minutes?.approvedAt ?? '',
);

/** Meetings still to come (status scheduled), soonest first. Status, not the build date, decides, so builds are reproducible. */
export const upcomingMeetings: MeetingEntry[] = meetings.filter((m) => m.data.status === 'scheduled').reverse();
/** Meetings held or cancelled, newest first. */
export const pastMeetings: MeetingEntry[] = meetings.filter((m) => m.data.status !== 'scheduled');

/** Months of spending over £500 (data/spend/), newest first; none when the office publishes none here. */
export const spendMonths: SpendMonthEntry[] = (await getCollection('spend')).sort((a, b) => b.data.month.localeCompare(a.data.month));
