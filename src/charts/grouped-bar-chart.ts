// Grouped bars: several series side by side for each group (for example fatal, serious and severe
// collisions in each financial year). Drawn horizontally, a group to a block: the group's name on
// its own line, then one bar per series with its value at the end. That keeps every label readable
// on a phone, where fifteen columns would leave no room for their values. Series differ by colour,
// always in the same order, and the key names them; nothing is hatched. Groups that measure things of
// very different size (22 child KSI casualties beside 2,281 slight casualties) can each have a scale
// of their own, marked by a short axis under the group, so no bar is flattened beside a far longer one.
import {
  chartWidth as defaultWidth,
  emptyGeometry,
  tickFontSize,
  fontSize,
  lineHeight,
  plainNumbers,
  round,
  textWidth,
  valueScale,
  wrapText,
  type ChartGeometry,
  type NumberFormat,
} from './layout.ts';
import type { Category, SeriesValues } from './line-chart.ts';

export interface GroupedBarData {
  groups: Category[];
  /** Each series has one value per group, null where none was published. */
  series: SeriesValues[];
}

export interface GroupedBarOptions {
  format?: NumberFormat;
  /** Palette position of the first series, so a dataset's second chart can carry on its colours instead of reusing them. */
  firstTone?: number;
  /** Width of the viewBox: chartWidth for phones, wideChartWidth for wider screens. */
  width?: number;
  /** 'each-group': every group is drawn on its own scale, with its own short axis. Default 'shared'. */
  scales?: 'shared' | 'each-group';
}

const barHeight = 22;
const barGap = 4;
const groupGap = 16;

/** Geometry of a grouped bar chart. */
export function groupedBarChart(data: GroupedBarData, options: GroupedBarOptions = {}): ChartGeometry {
  const format = options.format ?? plainNumbers;
  const chartWidth = options.width ?? defaultWidth;
  const { groups, series } = data;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const valueLabels = series.flatMap((s) => s.values.map((v) => (v === null ? 'No figure published' : format.value(v))));
  const left = 1;
  const right = chartWidth - Math.ceil(Math.max(...valueLabels.map((l) => textWidth(l)))) - 8;
  const shared = valueScale(values, [left, right]);
  const own = options.scales === 'each-group';

  const g = emptyGeometry('grouped-bar', chartWidth, 0);
  g.readingOrder = 'y';
  const first = options.firstTone ?? 1;
  g.legend = series.map((s, si) => ({ label: s.label, tone: first + si, pattern: 0 }));
  let y = 0;
  groups.forEach((group, gi) => {
    const lines = group.lines.flatMap((l) => wrapText(l, chartWidth));
    g.labels.push({ x: 0, y: round(y + fontSize), lines, anchor: 'start', kind: 'category', size: fontSize });
    y += lines.length * lineHeight + 6;
    const groupValues = series.flatMap((s) => (s.values[gi] === null || s.values[gi] === undefined ? [] : [s.values[gi]!]));
    const { scale: x, ticks, decimals } = own ? valueScale(groupValues, [left, right], 2) : shared;
    series.forEach((s, si) => {
      const v = s.values[gi] ?? null;
      const barY = round(y);
      const middle = round(barY + barHeight / 2 + fontSize * 0.35);
      const name = `${s.label}, ${group.name}`;
      if (v === null) {
        g.gaps.push({ key: `gap-${group.key}-${s.id}`, x: left, y: barY, width: round(right - left), height: barHeight, tip: `${name}: no figure published`, tipX: round((left + right) / 2), tipY: barY });
        g.labels.push({ x: left + 8, y: middle, lines: ['No figure published'], anchor: 'start', kind: 'gap', size: fontSize });
      } else {
        const x0 = round(x(Math.min(0, v)));
        const x1 = round(x(Math.max(0, v)));
        g.rects.push({ key: `${group.key}-${s.id}`, x: x0, y: barY, width: round(x1 - x0), height: barHeight, tone: first + si, pattern: 0, tip: `${name}: ${format.value(v)}`, tipX: x1, tipY: barY });
        g.labels.push({ x: round(x1 + 6), y: middle, lines: [format.value(v)], anchor: 'start', kind: 'value', size: fontSize });
      }
      y += barHeight + barGap;
    });
    if (own) {
      // The group's own scale: an axis line with its ticks, so a reader sees that the scales differ.
      const axisY = round(y);
      g.axes.push({ x1: left, y1: axisY, x2: round(x(ticks.at(-1) ?? 0)), y2: axisY });
      ticks.forEach((t, ti) => {
        const tx = round(x(t));
        g.axes.push({ x1: tx, y1: axisY, x2: tx, y2: axisY + 4 });
        g.labels.push({ x: tx, y: round(axisY + 4 + tickFontSize), lines: [format.tick(t, decimals)], anchor: ti === 0 ? 'start' : 'middle', kind: 'tick', size: tickFontSize });
      });
      y += 4 + tickFontSize + 6;
    }
    y += groupGap - barGap;
  });
  g.height = Math.ceil(y - groupGap + 4);
  return g;
}
