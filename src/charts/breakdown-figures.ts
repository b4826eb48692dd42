// Figures of a dataset's breakdowns: one stacked 100% bar chart per dimension (age, ethnicity,
// nationality), a bar per period, with the period totals and any printed subtotals in the table.
import type { Breakdown, Indicator, Observation } from '../schemas/indicator.ts';
import { formatPercent } from '../lib/text/format.ts';
import { labelPeriod, periodKey } from '../lib/statistics/periods.ts';
import { countOf, duringPeriod, subjectOf } from '../lib/text/sentences.ts';
import type { Cell, FigureModel } from './figure-model.ts';
import { capitalise, figureCell, listOf, periodCell, sourcesOf } from './figure-text.ts';
import type { Category } from './line-chart.ts';
import { allByPeriod } from './period-index.ts';
import { atBothWidths } from './layout.ts';
import { paletteSize, stackedBarChart } from './stacked-bar-chart.ts';

const dimensionNames: Record<string, string> = { age: 'age group', ethnicity: 'ethnic group', nationality: 'nationality group' };

/** The stacked-bar figure of one dimension; marks the observations it shows as period totals in `shown`. */
export function breakdownFigure(indicator: Indicator, breakdowns: Breakdown[], shown: Set<Observation>): FigureModel {
  const { unit } = indicator;
  const dimension = breakdowns[0]!.dimension;
  // In the order the source prints them.
  const ordered = breakdowns;
  // Categories in the order printed, across every period.
  const categories: { label: string; subtotal: boolean }[] = [];
  const seen = new Set<string>();
  for (const b of ordered) {
    for (const c of b.categories) {
      if (seen.has(c.category)) continue;
      seen.add(c.category);
      categories.push({ label: c.category, subtotal: c.subtotal });
    }
  }
  // Each breakdown's share of each category (the first, when a category is printed twice), looked up, not searched for.
  const shares = new Map<Breakdown, Map<string, number>>();
  for (const b of ordered) {
    const byLabel = new Map<string, number>();
    for (const c of b.categories) if (!byLabel.has(c.category)) byLabel.set(c.category, c.percent);
    shares.set(b, byLabel);
  }
  const shareOf = (b: Breakdown, label: string) => shares.get(b)!.get(label) ?? null;
  // The period totals are the dataset's observations for those periods; they are shown here, not charted again.
  const byPeriod = allByPeriod(indicator.observations.filter((o) => o.series === undefined));
  for (const b of ordered) {
    const total = byPeriod.get(periodKey(b.period))?.find((o) => o.value === b.total);
    if (total) shown.add(total);
  }
  const barName = (b: Breakdown) => `${labelPeriod(b.period)}${b.total !== undefined ? ` (${countOf(b.total, unit.of)})` : ''}`;
  const bars: Category[] = ordered.map((b) => ({ key: b.period, lines: [barName(b)], name: labelPeriod(b.period) }));
  const name = dimensionNames[dimension] ?? `${dimension.replace(/-/g, ' ')} group`;
  const subject = subjectOf(indicator);

  const description = ordered.map((b) => {
    const parts = b.categories.filter((c) => !c.subtotal);
    const largest = parts.reduce((best, c) => (c.percent > best.percent ? c : best), parts[0]!);
    const of = b.total !== undefined ? ` of ${countOf(b.total, unit.of)}` : '';
    return `${capitalise(duringPeriod(b.period))}, the largest ${name} was ${largest.category}, with ${formatPercent(largest.percent)}${of}.`;
  });
  const notes = ordered.flatMap((b) => (b.note ? [`${labelPeriod(b.period)}: ${b.note}`] : []));
  if (categories.some((c) => c.subtotal)) notes.push('Rows marked “subtotal” are totals the source prints for a group of other rows. They are not drawn in the chart, so nothing is counted twice.');
  const sums = ordered.map((b) => b.categories.filter((c) => !c.subtotal).reduce((total, c) => total + c.percent, 0));
  if (sums.some((s) => Math.abs(s - 100) > 1e-9)) notes.push('The percentages are rounded, so they may not add up to exactly 100%.');

  return {
    key: `breakdown-${dimension}`,
    title: `${subject} by ${dimension.replace(/-/g, ' ')}`,
    subtitle: `Percentage of ${unit.of} in each ${name}, ${listOf(ordered.map((b) => duringPeriod(b.period)))}.`,
    ...atBothWidths((width) => stackedBarChart({ bars, parts: categories.map((c) => ({ label: c.label, subtotal: c.subtotal, values: ordered.map((b) => shareOf(b, c.label)) })) }, { width })),
    chartLabel: `${categories.filter((c) => !c.subtotal).length > paletteSize ? 'Bar chart' : 'Stacked bar chart'}: ${subject.toLowerCase()} by ${dimension.replace(/-/g, ' ')}, ${listOf(ordered.map((b) => labelPeriod(b.period)))}`,
    description,
    tables: [
      {
        caption: `${subject} by ${dimension.replace(/-/g, ' ')}: percentage in each ${name}`,
        columns: [{ text: capitalise(name) }, ...ordered.map((b) => ({ ...periodCell(b.period), numeric: true }))],
        rows: [
          ...categories.map((c) => ({
            header: { text: c.subtotal ? `${c.label} (subtotal)` : c.label },
            cells: ordered.map((b): Cell => {
              const v = shareOf(b, c.label);
              return v === null ? { text: 'Not published', missing: true, numeric: true } : { text: formatPercent(v), numeric: true };
            }),
          })),
          ...(ordered.some((b) => b.total !== undefined)
            ? [{ header: { text: `Total: number of ${unit.of}` }, cells: ordered.map((b) => figureCell(b.total, unit, 'Not published')) }]
            : []),
        ],
      },
    ],
    notes,
    sources: sourcesOf(indicator, ordered.map((b) => b.source)),
    lastUpdated: indicator.lastUpdated,
  };
}
