// What every chart's geometry is made of, and the measurements they share. Pure TypeScript: the
// chart functions return these plain shapes and ChartSvg.astro draws them, so the maths is
// testable without a DOM and the markup lives in one place.
import { precisionFixed } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../lib/text/format.ts';

/**
 * Width of a chart's narrow viewBox, drawn on phones. The SVG scales to its box; text is sized for
 * this width. Each chart is also drawn at `wideChartWidth` with the same text sizes, for wider
 * screens, so that a chart can fill the text column without its text growing past the page's own.
 */
export const chartWidth = 400;
/** Width of a chart's wide viewBox, drawn 1:1 at its widest (45rem), and no smaller than about 600 px. */
export const wideChartWidth = 720;
/**
 * Text size in viewBox units. A 400-unit chart drawn 288 px wide (a 320 px phone less the page
 * margins) shows 18-unit text at 13 px; charts.css caps the chart at 30rem, where it is about 22 px,
 * close to the page's own body text.
 */
export const fontSize = 18;
/** Tick labels are secondary: a little smaller (11.5 px on a phone). */
export const tickFontSize = 16;
/** Line height of multi-line labels, in viewBox units. */
export const lineHeight = Math.round(fontSize * 1.25);

/** A colour of the palette (1 to 8, see charts.css), or the neutral tone for context marks. */
export type Tone = number | 'muted';

/** A straight line. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What a label is for: it sets its class, so CSS can style ticks, values and notes differently. */
/** 'title' heads a panel of small multiples; 'series' names a line at its end. */
export type LabelKind = 'tick' | 'category' | 'value' | 'gap' | 'axis' | 'inside' | 'title' | 'series';

/** A text label, one or more lines, anchored at (x, y) (the baseline of its first line). */
export interface Label {
  x: number;
  y: number;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  kind: LabelKind;
  size: number;
  /** Bold, for the latest figure. */
  emphasis?: boolean;
  /** For text drawn on a filled bar: the fill it sits on, so CSS can pick a readable text colour. */
  on?: Tone;
}

/** Something the tooltip can point at: its text and where the tip is anchored (viewBox units). */
export interface Tip {
  tip: string;
  tipX: number;
  tipY: number;
}

/** A bar or a segment of a stacked bar. */
export interface RectMark extends Tip {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  tone: Tone;
  /** Always 0 (solid): charts are not hatched; series differ by colour, order and direct labels. Kept for the key's shape. */
  pattern: number;
  emphasis?: boolean;
}

/** A place where a figure would be but none was published: drawn as a dashed outline. */
export interface GapMark extends Tip {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A series line. */
export interface PathMark {
  key: string;
  d: string;
  tone: Tone;
  /** Second and later series are dashed, so lines differ without colour. */
  dashed: boolean;
}

/** Marker shapes, so points of different series differ without colour. */
export type Shape = 'circle' | 'square' | 'diamond' | 'triangle';

/** A data point on a line. */
export interface PointMark extends Tip {
  key: string;
  x: number;
  y: number;
  r: number;
  tone: Tone;
  shape: Shape;
  emphasis?: boolean;
}

/** An entry of the chart's key, drawn in HTML next to the chart (HTML text stays readable on a phone). */
export interface LegendItem {
  label: string;
  tone: Tone;
  pattern: number;
  shape?: Shape;
  dashed?: boolean;
  /** The chart's reference line, drawn as a dashed line in the key. */
  reference?: boolean;
}

/** The kinds of chart. */
export type ChartKind = 'line' | 'bar' | 'grouped-bar' | 'stacked-bar' | 'same-month' | 'sparkline';

/** Everything needed to draw a chart. Coordinates are viewBox units, rounded to 0.1. */
export interface ChartGeometry {
  kind: ChartKind;
  width: number;
  height: number;
  /** Light gridlines behind the marks. */
  grid: Segment[];
  /** Axis lines and the zero baseline, drawn in the text colour. */
  axes: Segment[];
  /** A dashed reference line (a target or standard), labelled in `labels`. */
  references: Segment[];
  rects: RectMark[];
  gaps: GapMark[];
  paths: PathMark[];
  points: PointMark[];
  labels: Label[];
  legend: LegendItem[];
  /** How the marks are read in order, for arrow keys: left to right ("x") or top to bottom ("y"). */
  readingOrder: 'x' | 'y';
}

/** An empty geometry of a kind and size, for chart functions to fill in. */
export function emptyGeometry(kind: ChartKind, width: number, height: number): ChartGeometry {
  return { kind, width, height, grid: [], axes: [], references: [], rects: [], gaps: [], paths: [], points: [], labels: [], legend: [], readingOrder: 'x' };
}

/** Round to one decimal place, so the SVG is small and the same input gives the same bytes. */
export const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * An estimate of how wide a text is, in viewBox units. Charts are drawn on the server, where no
 * font can be measured; 0.6 em a character is a little wider than system sans-serif fonts set
 * digits and lower-case letters, so labels that "fit" by this estimate really fit.
 */
export function textWidth(text: string, size = fontSize): number {
  return text.length * size * 0.6;
}

/** Break a text into lines no wider than `width` (by the estimate above), at spaces. A single long word keeps its own line. */
export function wrapText(text: string, width: number, size = fontSize): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** How a chart writes its numbers: value labels, and tick labels with a given number of decimals. */
export interface NumberFormat {
  /** A value label, for example "4,988" or "95.6%". */
  value: (value: number) => string;
  /** A tick label, for example "2,000" or "25%". */
  tick: (value: number, decimals: number) => string;
  /** A value no figure can pass (100 for a percentage): the axis has no ticks beyond it. */
  ceiling?: number;
}

/** Plain UK numbers: "4,988" and whole-number ticks. */
export const plainNumbers: NumberFormat = {
  value: (value) => formatNumber(value, Number.isInteger(value) ? 0 : 1),
  tick: (value, decimals) => formatNumber(value, decimals),
};

/**
 * A value axis: a nice linear scale from zero (or the lowest value, when below zero) to the highest value, and its ticks.
 * `headroom` (in range units) is room kept between the highest value and the end of the axis, for the label above it:
 * the axis is extended until the top gridline is at least that far beyond the highest value. `ceiling` stops ticks
 * beyond a value no figure can pass (100 for a percentage), and the axis never runs past it: it never shows "120%".
 */
export function valueScale(values: readonly number[], range: [number, number], tickCount = 4, headroom = 0, ceiling?: number) {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  // An all-zero series still needs a scale with some height.
  const top = max === min ? min + 1 : max;
  const span = Math.abs(range[1] - range[0]);
  // The top of the domain that leaves `headroom` of the range above the highest value: (d1 - top) / (d1 - min) >= headroom / span.
  const share = Math.min(0.5, headroom / span);
  // Never past the ceiling: a label that has no room above a figure near 100% goes inside its bar or below its point.
  const d1 = Math.min(share > 0 ? (top - share * min) / (1 - share) : top, ceiling !== undefined && max <= ceiling ? ceiling : Infinity);
  const scale = scaleLinear().domain([min, d1]).range(range).nice(tickCount);
  let ticks = scale.ticks(tickCount);
  if (ceiling !== undefined && max <= ceiling) ticks = ticks.filter((t) => t <= ceiling);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  return { scale, ticks, decimals: precisionFixed(step) };
}

/** A box in viewBox units: left, top, right, bottom. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The box a label's text takes, by the width estimate above: from the top of its capitals (0.8 em above the
 * baseline) to its descenders (0.25 em below the last baseline).
 */
export function labelBox(l: Pick<Label, 'x' | 'y' | 'lines' | 'anchor' | 'size'>): Box {
  const width = Math.max(...l.lines.map((line) => textWidth(line, l.size)));
  const x1 = l.anchor === 'start' ? l.x : l.anchor === 'middle' ? l.x - width / 2 : l.x - width;
  return { x1, y1: l.y - l.size * 0.8, x2: x1 + width, y2: l.y + (l.lines.length - 1) * lineHeight + l.size * 0.25 };
}

/** The box of a line, `pad` wider on every side (a horizontal line is a box `pad` high). */
export function segmentBox(s: Segment, pad = 1): Box {
  return { x1: Math.min(s.x1, s.x2) - pad, y1: Math.min(s.y1, s.y2) - pad, x2: Math.max(s.x1, s.x2) + pad, y2: Math.max(s.y1, s.y2) + pad };
}

/** Whether two boxes overlap (touching is not overlapping). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * The first of the candidate positions for a label whose box overlaps none of the obstacles and stays inside
 * `within`; its box joins the obstacles, so later labels keep clear of it. Undefined when none is free.
 */
export function placeLabel<L extends Label>(candidates: readonly L[], obstacles: Box[], within?: Box): L | undefined {
  for (const candidate of candidates) {
    const box = labelBox(candidate);
    const inside = !within || (box.x1 >= within.x1 && box.x2 <= within.x2 && box.y1 >= within.y1 && box.y2 <= within.y2);
    if (inside && !obstacles.some((o) => boxesOverlap(box, o))) {
      obstacles.push({ x1: box.x1 - 2, y1: box.y1 - 1, x2: box.x2 + 2, y2: box.y2 + 1 });
      return candidate;
    }
  }
  return undefined;
}

/**
 * Several charts of one width stacked into one, top to bottom (small multiples: one panel per scale). Each
 * panel is moved down by the height of those above it and `gap`; their legends are joined.
 */
export function stackCharts(kind: ChartKind, panels: readonly ChartGeometry[], gap: number): ChartGeometry {
  const g = emptyGeometry(kind, panels[0]?.width ?? chartWidth, 0);
  let dy = 0;
  for (const p of panels) {
    const y = (n: number) => round(n + dy);
    const seg = (s: Segment) => ({ x1: s.x1, y1: y(s.y1), x2: s.x2, y2: y(s.y2) });
    g.grid.push(...p.grid.map(seg));
    g.axes.push(...p.axes.map(seg));
    g.references.push(...p.references.map(seg));
    g.rects.push(...p.rects.map((r) => ({ ...r, y: y(r.y), tipY: y(r.tipY) })));
    g.gaps.push(...p.gaps.map((r) => ({ ...r, y: y(r.y), tipY: y(r.tipY) })));
    // Paths from d3-shape's line are absolute M and L commands: "M10,20L30,40".
    g.paths.push(...p.paths.map((path) => ({ ...path, d: path.d.replace(/(-?[\d.]+),(-?[\d.]+)/g, (_, px: string, py: string) => `${px},${y(Number(py))}`) })));
    g.points.push(...p.points.map((pt) => ({ ...pt, y: y(pt.y), tipY: y(pt.tipY) })));
    g.labels.push(...p.labels.map((l) => ({ ...l, y: y(l.y) })));
    for (const item of p.legend) if (!g.legend.some((l) => l.label === item.label)) g.legend.push(item);
    dy += p.height + gap;
  }
  g.height = Math.ceil(dy - gap);
  return g;
}

/**
 * Series that can share a value axis: grouped so that, within a group, the smallest series' highest figure
 * is at least a third of the largest's. Measures of very different size (22 child KSI casualties and 2,281
 * slight casualties) get axes of their own, so the small one is not flattened against zero. Largest first.
 */
export function scaleGroups<T>(items: readonly T[], highest: (item: T) => number, ratio = 3): T[][] {
  const sorted = [...items].sort((a, b) => Math.abs(highest(b)) - Math.abs(highest(a)));
  const groups: T[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    if (group && Math.abs(highest(item)) * ratio >= Math.abs(highest(group[0]!))) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** Where labels of several lines start, so that the block is centred on y (for text inside bars). */
export function centredFirstLine(y: number, lineCount: number, size = fontSize): number {
  return round(y - ((lineCount - 1) * lineHeight) / 2 + size * 0.35);
}

/** A chart drawn at both widths: `chart` for phones, `wideChart` for wider screens (see chartWidth). */
export function atBothWidths(draw: (width: number) => ChartGeometry): { chart: ChartGeometry; wideChart: ChartGeometry } {
  return { chart: draw(chartWidth), wideChart: draw(wideChartWidth) };
}
