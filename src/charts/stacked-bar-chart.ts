// Stacked 100% bars: how a total divides into categories, one bar per period (arrests by age in
// March 2018 and in the 12 months to March 2018). A subtotal the source prints for a group of
// categories ("Europe (incl UK)") is already made of other segments, so it is never stacked: it
// stays in the table. Segments wide enough carry their name and share; the rest are named in the
// key and the table, and by the tooltip. More categories than the palette has colours cannot be told
// apart in a stack (and nothing is hatched), so they are drawn as bars instead: a row per category,
// a bar per period.
import { sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatPercent } from '../lib/text/format.ts';
import { groupedBarChart } from './grouped-bar-chart.ts';
import { centredFirstLine, chartWidth as defaultWidth, emptyGeometry, fontSize, lineHeight, round, textWidth, tickFontSize, wrapText, type ChartGeometry } from './layout.ts';
import type { Category } from './line-chart.ts';

export interface StackedPart {
  label: string;
  /** Share of each bar's total, 0-100, one per bar; null where none was published. */
  values: (number | null)[];
  /** A printed total of other parts: listed in the table, never stacked. */
  subtotal?: boolean;
}

export interface StackedBarData {
  bars: Category[];
  parts: StackedPart[];
}

export interface StackedBarOptions {
  /** How a share is written; defaults to one decimal place, "35.8%". */
  formatShare?: (value: number) => string;
  /** Width of the viewBox: chartWidth for phones, wideChartWidth for wider screens. */
  width?: number;
}

/** The number of palette colours; a stack of more parts is drawn as bars instead. */
export const paletteSize = 8;
const barHeight = lineHeight * 2 + 8;
const rowGap = 18;

/** Geometry of a stacked 100% bar chart. */
export function stackedBarChart(data: StackedBarData, options: StackedBarOptions = {}): ChartGeometry {
  const share = options.formatShare ?? ((v: number) => formatPercent(v));
  const parts = data.parts.filter((p) => !p.subtotal);
  const chartWidth = options.width ?? defaultWidth;
  if (parts.length > paletteSize) {
    return groupedBarChart(
      {
        groups: parts.map((p, i) => ({ key: `part-${i}`, lines: [p.label], name: p.label })),
        series: data.bars.map((bar, bi) => ({ id: bar.key, label: bar.lines.join(' '), values: parts.map((p) => p.values[bi] ?? null) })),
      },
      { format: { value: share, tick: (v) => `${v}%`, ceiling: 100 }, width: chartWidth },
    );
  }
  // Published shares are rounded, so a bar may add up to a little over 100; the axis then runs a little past 100 rather than cutting the last segment.
  const totals = data.bars.map((_, bi) => sum(parts, (p) => p.values[bi] ?? 0));
  const left = 1;
  const right = chartWidth - 12;
  const x = scaleLinear().domain([0, Math.max(100, ...totals)]).range([left, right]);

  const g = emptyGeometry('stacked-bar', chartWidth, 0);
  g.readingOrder = 'y';
  g.legend = parts.map((p, i) => ({ label: p.label, tone: i + 1, pattern: 0 }));
  let y = 0;
  data.bars.forEach((bar, bi) => {
    const lines = bar.lines.flatMap((l) => wrapText(l, chartWidth));
    g.labels.push({ x: 0, y: round(y + fontSize), lines, anchor: 'start', kind: 'category', size: fontSize });
    const barY = round(y + lines.length * lineHeight + 6);
    let at = 0;
    parts.forEach((part, i) => {
      const v = part.values[bi];
      if (v === null || v === undefined || v <= 0) return;
      const x0 = round(x(at));
      const x1 = round(x(at + v));
      at += v;
      const tone = i + 1;
      const width = round(x1 - x0);
      g.rects.push({ key: `${bar.key}-${i}`, x: x0, y: barY, width, height: barHeight, tone, pattern: 0, tip: `${bar.name}, ${part.label}: ${share(v)}`, tipX: round((x0 + x1) / 2), tipY: barY });
      const inside = [part.label, share(v)].filter((text) => textWidth(text) + 8 <= width);
      // Name and share when both fit, the share alone when only it does; never a name without its share.
      const label = inside.length === 2 ? inside : inside.includes(share(v)) ? [share(v)] : [];
      if (label.length) g.labels.push({ x: round((x0 + x1) / 2), y: centredFirstLine(barY + barHeight / 2, label.length), lines: label, anchor: 'middle', kind: 'inside', size: fontSize, on: tone });
    });
    y = barY + barHeight + rowGap;
  });
  // A percentage axis under the last bar: a line with tick marks, no gridlines through the bar labels.
  const axisY = round(y - rowGap + 6);
  g.axes.push({ x1: left, y1: axisY, x2: round(x(100)), y2: axisY });
  for (const t of [0, 25, 50, 75, 100]) {
    const tx = round(x(t));
    g.axes.push({ x1: tx, y1: axisY, x2: tx, y2: axisY + 5 });
    g.labels.push({ x: tx, y: round(axisY + 5 + tickFontSize + 2), lines: [`${t}%`], anchor: t === 0 ? 'start' : t === 100 ? 'end' : 'middle', kind: 'tick', size: tickFontSize });
  }
  g.height = Math.ceil(axisY + 5 + tickFontSize + 8);
  return g;
}
