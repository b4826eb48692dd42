// Bar chart: one value per category. Vertical columns for a few periods (labels fit under them);
// horizontal bars for named categories, each label on its own line above its bar so long names
// wrap instead of shrinking. A missing figure is a dashed outline saying "No figure published".
import { scaleBand } from 'd3-scale';
import {
  chartWidth as defaultWidth,
  emptyGeometry,
  fontSize,
  labelBox,
  lineHeight,
  placeLabel,
  segmentBox,
  type Box,
  type Label,
  plainNumbers,
  round,
  textWidth,
  tickFontSize,
  valueScale,
  wrapText,
  type ChartGeometry,
  type ChartKind,
  type NumberFormat,
  type Tone,
} from './layout.ts';
import type { Category } from './line-chart.ts';

export interface BarChartData {
  categories: Category[];
  /** One value per category; null where no figure was published. */
  values: (number | null)[];
}

export interface BarChartOptions {
  format?: NumberFormat;
  orientation?: 'vertical' | 'horizontal';
  /** Indices of bars to emphasise (the latest figure): they take the first palette colour and bold labels; the rest are neutral. */
  highlight?: number[];
  /** A horizontal line at a value (vertical bars only), named in the key. */
  reference?: { value: number; label: string };
  /** Title of the value axis (vertical bars), for example "Minutes". */
  axisTitle?: string;
  height?: number;
  /** Recorded as the geometry's kind; the same-month chart is a bar chart with its own name. */
  kind?: ChartKind;
  /** Width of the viewBox: chartWidth for phones, wideChartWidth for wider screens. */
  width?: number;
}

/** Geometry of a bar chart. */
export function barChart(data: BarChartData, options: BarChartOptions = {}): ChartGeometry {
  return (options.orientation ?? 'vertical') === 'vertical' ? columns(data, options) : bars(data, options);
}

function toneOf(i: number, highlight: number[] | undefined): { tone: Tone; emphasis: boolean } {
  if (!highlight) return { tone: 1, emphasis: false };
  return highlight.includes(i) ? { tone: 1, emphasis: true } : { tone: 'muted', emphasis: false };
}

function columns(data: BarChartData, options: BarChartOptions): ChartGeometry {
  const format = options.format ?? plainNumbers;
  const chartWidth = options.width ?? defaultWidth;
  // A wide chart is a little taller, so its lines are not flattened.
  const height = options.height ?? (chartWidth > defaultWidth ? 300 : 260);
  const { categories, values } = data;
  const present = values.filter((v): v is number => v !== null);
  const all = options.reference ? [...present, options.reference.value] : present;

  // Ticks depend only on the values, so the left margin (the widest tick label) comes first, then
  // the column width, then the wrapped category labels, and last the height left for the columns.
  const { ticks: provisional, decimals: provisionalDecimals } = valueScale(all, [1, 0]);
  const left = Math.ceil(Math.max(...provisional.map((t) => textWidth(format.tick(t, provisionalDecimals), tickFontSize)))) + 8;
  const right = chartWidth - 4;
  const x = scaleBand<string>().domain(categories.map((c) => c.key)).range([left, right]).paddingInner(0.3).paddingOuter(0.15);
  const band = round(x.bandwidth());
  const step = round(x.step());
  const labels = categories.map((c) => c.lines.flatMap((l) => wrapText(l, step)));
  const labelLines = Math.max(1, ...labels.map((l) => l.length));
  const top = (options.axisTitle ? lineHeight : 0) + 10;
  const bottom = height - labelLines * lineHeight - 8;
  // Headroom above the highest figure for its label, so it never sits on the top gridline.
  const { scale: y, ticks, decimals } = valueScale(all, [bottom, top], 4, fontSize + 14, format.ceiling);
  const tickLabels = ticks.map((t) => format.tick(t, decimals));

  const g = emptyGeometry(options.kind ?? 'bar', chartWidth, height);
  const obstacles: Box[] = [];
  const add = (l: Label) => {
    g.labels.push(l);
    obstacles.push(labelBox(l));
  };
  if (options.axisTitle) add({ x: 0, y: fontSize, lines: [options.axisTitle], anchor: 'start', kind: 'axis', size: tickFontSize });
  ticks.forEach((t, i) => {
    const ty = round(y(t));
    if (t !== 0) g.grid.push({ x1: left, y1: ty, x2: right, y2: ty });
    add({ x: left - 6, y: round(ty + tickFontSize * 0.35), lines: [tickLabels[i]!], anchor: 'end', kind: 'tick', size: tickFontSize });
  });
  const zero = round(y(0));
  const topY = round(y(ticks.at(-1) ?? 0));
  g.axes.push({ x1: left, y1: zero, x2: right, y2: zero });
  obstacles.push(segmentBox(g.axes[0]!), segmentBox({ x1: left, y1: topY, x2: right, y2: topY }));
  const ry = options.reference ? round(y(options.reference.value)) : undefined;
  if (options.reference && ry !== undefined) {
    g.references.push({ x1: left, y1: ry, x2: right, y2: ry });
    obstacles.push(segmentBox(g.references[0]!, 3));
    // Labelled in the key: a label inside the plot would run across the columns.
    g.legend.push({ label: options.reference.label, tone: 'muted', pattern: 0, reference: true });
  }

  const within: Box = { x1: 0, y1: topY + 1, x2: chartWidth, y2: height };
  categories.forEach((c, i) => {
    const bx = round(x(c.key) ?? left);
    const centre = round(bx + band / 2);
    const v = values[i] ?? null;
    const { tone, emphasis } = toneOf(i, options.highlight);
    add({ x: centre, y: round(bottom + 8 + fontSize), lines: labels[i]!, anchor: 'middle', kind: 'category', size: fontSize, emphasis });
    if (v === null) {
      // A shaded band the full height of the plot: a box of some height would read as a value.
      g.gaps.push({ key: `gap-${c.key}`, x: bx, y: top, width: band, height: round(bottom - top), tip: `${c.name}: no figure published`, tipX: centre, tipY: top });
      g.labels.push({ x: centre, y: round((top + bottom) / 2 - lineHeight / 2 + tickFontSize * 0.35), lines: ['No figure', 'published'], anchor: 'middle', kind: 'gap', size: tickFontSize });
      return;
    }
    const vy = round(y(v));
    const barTop = Math.min(vy, zero);
    g.rects.push({ key: c.key, x: bx, y: barTop, width: band, height: round(Math.abs(zero - vy)), tone, pattern: 0, emphasis, tip: `${c.name}: ${format.value(v)}`, tipX: centre, tipY: barTop });
  });
  // Value labels over their columns; one that would touch the reference line or the top gridline goes
  // inside the top of its column instead, or, when the column is too short for it, above the line.
  categories.forEach((c, i) => {
    const v = values[i] ?? null;
    if (v === null) return;
    const { emphasis, tone } = toneOf(i, options.highlight);
    const centre = round((x(c.key) ?? left) + band / 2);
    const vy = round(y(v));
    const text = format.value(v);
    const at = (baseline: number, inBar = false): Label => ({ x: centre, y: round(baseline), lines: [text], anchor: 'middle', kind: inBar ? 'inside' : 'value', size: fontSize, emphasis, ...(inBar ? { on: tone } : {}) });
    const candidates =
      v >= 0
        ? [at(vy - 8), at(vy + 6 + fontSize * 0.8, true), ...(ry !== undefined && ry < vy ? [at(ry - 5 - fontSize * 0.25)] : []), ...(ry !== undefined && ry > vy ? [at(ry + 5 + fontSize * 0.8, true)] : [])]
        : [at(vy + fontSize + 4)];
    const fits = (l: Label) => l.kind !== 'inside' || labelBox(l).y2 <= zero - 2;
    g.labels.push(placeLabel(candidates.filter(fits), obstacles, within) ?? candidates[0]!);
  });
  return g;
}

const barHeight = 26;
const rowGap = 14;

function bars(data: BarChartData, options: BarChartOptions): ChartGeometry {
  const format = options.format ?? plainNumbers;
  const chartWidth = options.width ?? defaultWidth;
  const { categories, values } = data;
  const present = values.filter((v): v is number => v !== null);
  const valueLabels = values.map((v) => (v === null ? 'No figure published' : format.value(v)));
  const left = 1;
  // Room on the right for the longest value label beside its bar.
  const right = chartWidth - Math.ceil(Math.max(...valueLabels.map((l) => textWidth(l)))) - 8;
  const { scale: x } = valueScale(present, [left, right]);

  const g = emptyGeometry(options.kind ?? 'bar', chartWidth, 0);
  g.readingOrder = 'y';
  let y = 0;
  categories.forEach((c, i) => {
    const lines = c.lines.flatMap((l) => wrapText(l, chartWidth));
    const { tone, emphasis } = toneOf(i, options.highlight);
    g.labels.push({ x: 0, y: round(y + fontSize), lines, anchor: 'start', kind: 'category', size: fontSize, emphasis });
    const barY = round(y + lines.length * lineHeight + 6);
    const v = values[i] ?? null;
    const middle = round(barY + barHeight / 2);
    if (v === null) {
      g.gaps.push({ key: `gap-${c.key}`, x: left, y: barY, width: round(right - left), height: barHeight, tip: `${c.name}: no figure published`, tipX: round((left + right) / 2), tipY: barY });
      g.labels.push({ x: left + 8, y: round(middle + tickFontSize * 0.35), lines: ['No figure published'], anchor: 'start', kind: 'gap', size: tickFontSize });
    } else {
      const x0 = round(x(Math.min(0, v)));
      const x1 = round(x(Math.max(0, v)));
      g.rects.push({ key: c.key, x: x0, y: barY, width: round(x1 - x0), height: barHeight, tone, pattern: 0, emphasis, tip: `${c.name}: ${format.value(v)}`, tipX: x1, tipY: barY });
      g.labels.push({ x: round(x1 + 6), y: round(middle + fontSize * 0.35), lines: [valueLabels[i]!], anchor: 'start', kind: 'value', size: fontSize, emphasis });
    }
    y = barY + barHeight + rowGap;
  });
  // No axis line: it would run through the category labels, which share the bars' left edge.
  g.height = Math.ceil(y - rowGap + 6);
  return g;
}
