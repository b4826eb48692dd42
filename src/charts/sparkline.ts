// Sparkline: a small line with no axes or text for a dashboard tile, beside the figures it sums up.
// Every published figure is a dot and the latest is larger; a missing figure breaks the line.
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { emptyGeometry, round, type ChartGeometry } from './layout.ts';

export interface SparklineData {
  /** The figures in order, oldest first; null where none was published. */
  values: (number | null)[];
  /** How each figure is named in the tooltip, for example "March 2018: 4,988". */
  tips?: string[];
}

export interface SparklineOptions {
  width?: number;
  height?: number;
}

/**
 * Geometry of a sparkline. Its scale spans the figures, as sparklines do, but never less than a
 * tenth of the largest, so that 95.6% against 96.6% does not look like a collapse.
 */
export function sparkline(data: SparklineData, options: SparklineOptions = {}): ChartGeometry {
  const width = options.width ?? 120;
  const height = options.height ?? 40;
  const pad = 6;
  const present = data.values.filter((v): v is number => v !== null);
  const low = Math.min(...present);
  const high = Math.max(...present);
  const span = Math.max(high - low, Math.abs(high) / 10, 1e-9);
  const middle = (low + high) / 2;
  const y = scaleLinear().domain([middle - span / 2, middle + span / 2]).range([height - pad, pad]);
  const x = scalePoint<number>().domain(data.values.map((_, i) => i)).range([pad, width - pad]).padding(data.values.length > 1 ? 0 : 0.5);
  const g = emptyGeometry('sparkline', width, height);
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(i) ?? pad)
    .y((v) => y(v ?? 0))
    .digits(1);
  g.paths.push({ key: 'values', d: path(data.values) ?? '', tone: 1, dashed: false });
  const last = data.values.length - 1;
  data.values.forEach((v, i) => {
    if (v === null) return;
    const px = round(x(i) ?? pad);
    const py = round(y(v));
    g.points.push({ key: String(i), x: px, y: py, r: i === last ? 4 : 2.5, tone: 1, shape: 'circle', emphasis: i === last, tip: data.tips?.[i] ?? '', tipX: px, tipY: py });
  });
  return g;
}
