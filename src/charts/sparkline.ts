// Sparkline: a small chart for a dashboard tile, with its first and last figures labelled by value and
// period. Its scale always starts at zero, so every sparkline means the same thing (height is the size
// of the figure) and a small change looks small. Points are joined only when they follow one another
// (month after month, year after year); "March of each year" points stay as dots on stems.
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { emptyGeometry, lineHeight, round, textWidth, type ChartGeometry } from './layout.ts';

export interface SparklineData {
  /** The figures in order, oldest first; null where none was published. */
  values: (number | null)[];
  /** A short name for each point's period, for the end labels ("Mar 2015"). */
  periods: string[];
  /** Each figure as text ("19.5%"). */
  formatted: (string | null)[];
  /** How each figure is named in the tooltip, for example "March 2018: 4,988". */
  tips?: string[];
  /** Join the points with a line: only for periods that follow one another. */
  joined: boolean;
}

export interface SparklineOptions {
  width?: number;
  height?: number;
}

/** Text size of the end labels, in viewBox units: about 14 px in a tile. */
export const sparklineFontSize = 15;

/** Geometry of a sparkline: a zero line, the points (the latest larger), and the first and last figures labelled below. */
export function sparkline(data: SparklineData, options: SparklineOptions = {}): ChartGeometry {
  const width = options.width ?? 280;
  const height = options.height ?? 110;
  const pad = 6;
  const size = sparklineFontSize;
  // Two lines of labels below the zero line: the value, then its period (ChartSvg spaces lines by lineHeight).
  const plotBottom = height - (size + 4) - lineHeight - 5;
  const present = data.values.filter((v): v is number => v !== null);
  const high = Math.max(0, ...present);
  const low = Math.min(0, ...present);
  const y = scaleLinear().domain([low, high === low ? low + 1 : high]).range([plotBottom, pad]);
  const indices = data.values.map((_, i) => i);
  const first = data.values.findIndex((v) => v !== null);
  const last = data.values.length - 1 - [...data.values].reverse().findIndex((v) => v !== null);
  // The end labels hang from the first and last points, so the points sit far enough in for them to fit.
  const firstWidth = Math.max(textWidth(data.formatted[first] ?? '', size), textWidth(data.periods[first] ?? '', size));
  const lastWidth = Math.max(textWidth(data.formatted[last] ?? '', size), textWidth(data.periods[last] ?? '', size));
  const x = scalePoint<number>().domain(indices).range([pad + 4, width - pad - 4]).padding(data.values.length > 1 ? 0 : 0.5);
  const g = emptyGeometry('sparkline', width, height);
  g.axes.push({ x1: 0, y1: round(y(0)), x2: width, y2: round(y(0)) });
  if (data.joined) {
    const path = line<number | null>()
      .defined((v) => v !== null)
      .x((_, i) => x(i) ?? pad)
      .y((v) => y(v ?? 0))
      .digits(1);
    g.paths.push({ key: 'values', d: path(data.values) ?? '', tone: 1, dashed: false });
  }
  data.values.forEach((v, i) => {
    if (v === null) return;
    const px = round(x(i) ?? pad);
    const py = round(y(v));
    // Unjoined points stand on stems from zero, so each reads as a figure on its own, measured from zero.
    if (!data.joined) g.grid.push({ x1: px, y1: round(y(0)), x2: px, y2: py });
    g.points.push({ key: String(i), x: px, y: py, r: i === last ? 5 : 3.5, tone: 1, shape: 'circle', emphasis: i === last, tip: data.tips?.[i] ?? '', tipX: px, tipY: py });
  });
  const labelTop = plotBottom + size + 4;
  const endLabel = (i: number, anchor: 'start' | 'end', emphasis: boolean) => {
    const at = x(i) ?? pad;
    // Hung from the point, but kept inside the chart.
    const lx = anchor === 'start' ? Math.max(0, at - 4) : Math.min(width, at + 4);
    g.labels.push({ x: round(lx), y: labelTop, lines: [data.formatted[i] ?? '', data.periods[i] ?? ''], anchor, kind: 'value', size, emphasis });
  };
  if (first !== -1) {
    const apart = (x(last) ?? 0) - (x(first) ?? 0);
    // One label when the two would meet (a single point, or two points close together).
    if (first === last || apart < firstWidth + lastWidth - 8 + 12) endLabel(last, 'end', true);
    else {
      endLabel(first, 'start', false);
      endLabel(last, 'end', true);
    }
  }
  return g;
}
