// The answer to "how are things going?" for the whole dashboard: how many indicators are better, worse
// or show no clear change, on one basis (each indicator's latest 12 months against what its rating
// compares them with), and which changed most. Written from the figures, so it holds for any month.
import type { Indicator } from '../../schemas/indicator.ts';
import type { Assessment } from './judgement.ts';
import { reportingFigures, rollingChangeOf, siteRatingRule, type ReportedChange, type ReportingFigures } from './reporting.ts';
import { indicatorTile, ratedPeriod, type IndicatorTile } from './indicator-tile.ts';
import { monthLabel } from './periods.ts';
import { formatNumber } from '../text/format.ts';
import { groupBy } from '../model/group.ts';
import { planThemes } from '../model/themes.ts';
import type { PlanTheme } from '../../schemas/common.ts';
import { atAgainst } from '../text/sentences.ts';

/** The order ratings are counted and shown in. */
export const assessmentOrder = ['better', 'worse', 'no-clear-change', 'higher', 'lower'] as const satisfies readonly Assessment[];

/** One dashboard indicator as the overview and the compact table see it. */
export interface OverviewRow<T> {
  entry: T;
  tile: IndicatorTile;
  figures: ReportingFigures | undefined;
  change: ReportedChange | undefined;
}

export interface DashboardOverview<T> {
  rows: OverviewRow<T>[];
  /** How many indicators have each rating, in assessmentOrder; ratings no indicator has are left out. */
  counts: { assessment: Assessment; count: number }[];
  /** Indicators with no rating for their latest month. */
  unrated: number;
  /** The reporting months, latest first, with how many indicators report to each. */
  months: { month: string; count: number }[];
  /** How many ratings are the source's and how many the site's own. */
  ratedBy: { source: number; site: number };
  /** The biggest changes rated better and worse, largest first, at most `most` of each. */
  biggest: { better: OverviewRow<T>[]; worse: OverviewRow<T>[] };
}

/** How big a change is, for ranking: its size as a share of the figure compared with, whatever the unit. */
export const relativeSize = (change: ReportedChange | undefined): number => Math.abs(change?.percent ?? 0);

/**
 * A percentage that moved less than the site's own threshold for a clear change (2 percentage points): however large
 * as a share (0.6% to 0.9% is +50%), it is not among the changes that matter most to a reader.
 */
const smallPercentage = (row: OverviewRow<{ data: Indicator }>): boolean =>
  row.entry.data.unit.kind === 'percent' && Math.abs(row.change?.absolute ?? 0) < siteRatingRule.percentagePoints;

// Every dashboard page shows the filters of the whole dashboard: its overview is made once per list of entries.
const overviews = new WeakMap<readonly unknown[], DashboardOverview<unknown>>();

/** The overview of a dashboard's indicators (entries with their data), in the order given. */
export function dashboardOverview<T extends { data: Indicator }>(entries: readonly T[], most = 3): DashboardOverview<T> {
  const made = most === 3 ? overviews.get(entries) : undefined;
  if (made) return made as DashboardOverview<T>;
  const overview = makeOverview(entries, most);
  if (most === 3) overviews.set(entries, overview);
  return overview;
}

/** The plan themes that have dashboard indicators, in the plan's order, with how many each has. */
export function themeCounts(entries: readonly { data: Pick<Indicator, 'theme'> }[]): { id: PlanTheme; name: string; count: number }[] {
  const byTheme = groupBy(entries, (e) => e.data.theme);
  return planThemes.filter((t) => byTheme.has(t.id)).map((t) => ({ ...t, count: byTheme.get(t.id)!.length }));
}

function makeOverview<T extends { data: Indicator }>(entries: readonly T[], most: number): DashboardOverview<T> {
  const rows = entries.map((entry) => {
    const figures = entry.data.summaries.length ? reportingFigures(entry.data) : undefined;
    return { entry, tile: indicatorTile(entry.data), figures, change: figures && rollingChangeOf(figures) };
  });
  const counts = assessmentOrder
    .map((assessment) => ({ assessment, count: rows.filter((r) => r.figures?.rating?.assessment === assessment).length }))
    .filter((c) => c.count > 0);
  const months = new Map<string, number>();
  for (const row of rows) if (row.figures) months.set(row.figures.month, (months.get(row.figures.month) ?? 0) + 1);
  const ranked = (assessment: Assessment) =>
    rows
      .filter((r) => r.figures?.rating?.assessment === assessment && relativeSize(r.change) > 0 && !smallPercentage(r))
      .sort((a, b) => relativeSize(b.change) - relativeSize(a.change))
      .slice(0, most);
  return {
    rows,
    counts,
    unrated: rows.filter((r) => !r.figures?.rating).length,
    months: [...months].map(([month, count]) => ({ month, count })).sort((a, b) => b.month.localeCompare(a.month)),
    ratedBy: {
      source: rows.filter((r) => r.figures?.rating?.basis === 'source').length,
      site: rows.filter((r) => r.figures?.rating?.basis === 'site').length,
    },
    biggest: { better: ranked('better'), worse: ranked('worse') },
  };
}

/**
 * One change, in words: its subject, then "36.5% higher than the baseline, at 2,118 crimes against 1,552", and the
 * period when it is not the overview's latest month ("in the 12 months to December 2017").
 */
export function changeOfRow(indicator: Pick<Indicator, 'subject' | 'title' | 'unit'>, row: Pick<OverviewRow<unknown>, 'tile' | 'figures' | 'change'>, latestMonth?: string): { subject: string; rest: string } | undefined {
  const { figures, change, tile } = row;
  if (!figures || !change || !tile.comparison?.size) return undefined;
  const period = figures.month === latestMonth ? '' : indicator.unit.pointInTime ? ` in ${ratedPeriod(indicator, figures.month)}` : ` in the ${ratedPeriod(indicator, figures.month)}`;
  // The title, as in the table below it, so that one measure has one name on the page.
  return { subject: indicator.title, rest: `${tile.comparison.size} than ${tile.comparison.against}${period}, ${atAgainst(indicator.unit, change)}.` };
}

/** The latest reporting months in words: "the 12 months to March 2018"; empty with none. */
export function overviewPeriod(months: readonly { month: string; count: number }[]): string {
  return months[0] ? `the 12 months to ${monthLabel(months[0].month)}` : '';
}

/** Which indicators stop before the latest month, in a sentence: "3 indicators run to earlier months: December 2017 (2) and June 2017 (1)." */
export function earlierMonthsSentence(months: readonly { month: string; count: number }[]): string | undefined {
  const [, ...earlier] = months;
  if (earlier.length === 0) return undefined;
  const total = earlier.reduce((sum, m) => sum + m.count, 0);
  const listed = earlier.map((m) => `${monthLabel(m.month)} (${formatNumber(m.count)})`);
  const names = listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
  return `${total === 1 ? 'One indicator runs to an earlier month' : `${formatNumber(total)} indicators run to earlier months`}: ${names}.`;
}

/** How each rating is named in the counts, filters and headings. */
export const ratingNames: Record<Assessment, { label: string; heading: string }> = {
  better: { label: 'better', heading: 'Rated better' },
  worse: { label: 'worse', heading: 'Rated worse' },
  'no-clear-change': { label: 'no clear change', heading: 'No clear change' },
  higher: { label: 'higher', heading: 'Higher (neither good nor bad)' },
  lower: { label: 'lower', heading: 'Lower (neither good nor bad)' },
};
