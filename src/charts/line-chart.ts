// Line chart: one or two series over ordered periods, a marker on every published figure, value
// labels, and an optional labelled reference line. A missing figure breaks the line and its place
// says "No figure published": nothing is interpolated.
import { scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import {
  chartWidth,
  emptyGeometry,
  fontSize,
  lineHeight,
  plainNumbers,
  round,
  textWidth,
  tickFontSize,
  valueScale,
  wrapText,
  type ChartGeometry,
  type NumberFormat,
  type Shape,
} from './layout.ts';

/** A position on the category axis: a period, usually. */
export interface Category {
  /** Unique key, for example the period as written in the data ("2014"). */
  key: string;
  /** The label under the axis; each entry is a line. */
  lines: string[];
  /** How the tooltip and the description name it, for example "March 2018". */
  name: string;
}

/** A series of values, one for each category; null where no figure was published. */
export interface SeriesValues {
  id: string;
  label: string;
  values: (number | null)[];
}

export interface LineChartData {
  categories: Category[];
  series: SeriesValues[];
}

export interface LineChartOptions {
  format?: NumberFormat;
  /** A horizontal dashed line at a value, for example a target, named in the key. */
  reference?: { value: number; label: string };
  /** Title of the value axis, for example "Casualties". */
  axisTitle?: string;
  height?: number;
}

const shapes: Shape[] = ['circle', 'square', 'diamond', 'triangle'];

/** Geometry of a line chart. */
export function lineChart(data: LineChartData, options: LineChartOptions = {}): ChartGeometry {
  const { categories, series } = data;
  const format = options.format ?? plainNumbers;
  const height = options.height ?? 260;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const all = options.reference ? [...values, options.reference.value] : values;

  // Ticks depend only on the values, so the left margin (the widest tick label) comes first, then
  // the spacing of the points, then the wrapped category labels, and last the height of the plot.
  const { ticks: provisional, decimals: provisionalDecimals } = valueScale(all, [1, 0]);
  const left = Math.ceil(Math.max(...provisional.map((t) => textWidth(format.tick(t, provisionalDecimals), tickFontSize)))) + 8;
  const right = chartWidth - 4;
  const x = scalePoint<string>().domain(categories.map((c) => c.key)).range([left, right]).padding(0.5);
  const xOf = (i: number) => round(x(categories[i]!.key) ?? left);
  const labels = categories.map((c) => c.lines.flatMap((l) => wrapText(l, x.step())));
  const labelLines = Math.max(1, ...labels.map((l) => l.length));
  const top = (options.axisTitle ? lineHeight : 0) + fontSize + 10;
  const bottom = height - labelLines * lineHeight - 8;
  const { scale: y, ticks, decimals } = valueScale(all, [bottom, top]);
  const tickLabels = ticks.map((t) => format.tick(t, decimals));

  const g = emptyGeometry('line', chartWidth, height);
  if (options.axisTitle) g.labels.push({ x: 0, y: fontSize, lines: [options.axisTitle], anchor: 'start', kind: 'axis', size: tickFontSize });
  ticks.forEach((t, i) => {
    const ty = round(y(t));
    if (t === 0) g.axes.push({ x1: left, y1: ty, x2: right, y2: ty });
    else g.grid.push({ x1: left, y1: ty, x2: right, y2: ty });
    g.labels.push({ x: left - 6, y: round(ty + tickFontSize * 0.35), lines: [tickLabels[i]!], anchor: 'end', kind: 'tick', size: tickFontSize });
  });
  categories.forEach((_, i) => {
    g.labels.push({ x: xOf(i), y: round(bottom + 8 + fontSize), lines: labels[i]!, anchor: 'middle', kind: 'category', size: fontSize, emphasis: i === categories.length - 1 });
  });

  if (options.reference) {
    const ry = round(y(options.reference.value));
    g.references.push({ x1: left, y1: ry, x2: right, y2: ry });
    // Labelled in the key: a label inside the plot could run across the line.
    g.legend.push({ label: options.reference.label, tone: 'muted', pattern: 0, reference: true });
  }

  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => xOf(i))
    .y((v) => y(v ?? 0))
    .digits(1);

  series.forEach((s, si) => {
    const tone = si + 1;
    const shape = shapes[si % shapes.length]!;
    g.paths.push({ key: s.id, d: path(s.values) ?? '', tone, dashed: si > 0 });
    if (series.length > 1) g.legend.splice(si, 0, { label: s.label, tone, pattern: 0, shape, dashed: si > 0 });
    s.values.forEach((v, i) => {
      if (v === null) return;
      const px = xOf(i);
      const py = round(y(v));
      const name = categories[i]!.name;
      const last = i === s.values.length - 1;
      g.points.push({ key: `${s.id}-${categories[i]!.key}`, x: px, y: py, r: last ? 6 : 4.5, tone, shape, emphasis: last, tip: `${series.length > 1 ? `${s.label}, ` : ''}${name}: ${format.value(v)}`, tipX: px, tipY: py });
      // With two series, the higher value is labelled above its point and the lower below, so labels do not collide.
      const others = series.filter((o, oi) => oi !== si && o.values[i] !== null && o.values[i] !== undefined).map((o) => o.values[i]!);
      const below = others.some((o) => o > v || (o === v && si > 0));
      if (series.length > 2 && !last) return;
      g.labels.push({ x: px, y: below ? round(py + fontSize + 8) : round(py - 10), lines: [format.value(v)], anchor: 'middle', kind: 'value', size: fontSize, emphasis: last });
    });
  });
  // A period with no figure in any series: a dashed marker down its column and the words, so a gap is never read as a fall.
  categories.forEach((c, i) => {
    if (!series.every((s) => s.values[i] === null)) return;
    const gx = xOf(i);
    g.gaps.push({ key: `gap-${c.key}`, x: gx, y: top, width: 0, height: round(bottom - top), tip: `${c.name}: no figure published`, tipX: gx, tipY: round((top + bottom) / 2) });
    g.labels.push({ x: gx, y: round((top + bottom) / 2), lines: ['No figure', 'published'], anchor: 'middle', kind: 'gap', size: tickFontSize });
  });
  return g;
}
