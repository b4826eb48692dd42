// What every chart's geometry is made of, and the measurements they share. Pure TypeScript: the
// chart functions return these plain shapes and ChartSvg.astro draws them, so the maths is
// testable without a DOM and the markup lives in one place.
import { precisionFixed } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../lib/text/format.ts';

/** Width of every chart's viewBox. The SVG scales to its box; text is sized for this width. */
export const chartWidth = 400;
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
export type LabelKind = 'tick' | 'category' | 'value' | 'gap' | 'axis' | 'inside';

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
  /** 0 = solid; 1 and up = a hatching drawn over the colour, so series differ without colour. */
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
}

/** Plain UK numbers: "4,988" and whole-number ticks. */
export const plainNumbers: NumberFormat = {
  value: (value) => formatNumber(value, Number.isInteger(value) ? 0 : 1),
  tick: (value, decimals) => formatNumber(value, decimals),
};

/** A value axis: a nice linear scale from zero (or the lowest value, when below zero) to the highest value, and its ticks. */
export function valueScale(values: readonly number[], range: [number, number], tickCount = 4) {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  // An all-zero series still needs a scale with some height.
  const scale = scaleLinear().domain([min, max === min ? min + 1 : max]).range(range).nice(tickCount);
  const ticks = scale.ticks(tickCount);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  return { scale, ticks, decimals: precisionFixed(step) };
}

/** Where labels of several lines start, so that the block is centred on y (for text inside bars). */
export function centredFirstLine(y: number, lineCount: number, size = fontSize): number {
  return round(y - ((lineCount - 1) * lineHeight) / 2 + size * 0.35);
}
