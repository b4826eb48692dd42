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
  // A long run (24 months) has no room for every label: every stride-th category is labelled, counting
  // back from the latest, which is always labelled; each label may use the width of stride points.
  // The stride grows until no two labels overlap, the one set against the right edge included.
  const inside = (px: number, lines: readonly string[]): { x: number; anchor: 'middle' | 'end' } => {
    const half = Math.max(...lines.map((l) => textWidth(l, fontSize))) / 2;
    return px + half > chartWidth - 1 ? { x: chartWidth - 1, anchor: 'end' } : { x: px, anchor: 'middle' };
  };
  const labelsAt = (stride: number) =>
    categories.map((c, i) => ((categories.length - 1 - i) % stride === 0 ? c.lines.flatMap((l) => wrapText(l, stride === 1 ? x.step() : x.step() * stride - 8)) : []));
  const extent = (i: number, lines: readonly string[]) => {
    const width = Math.max(...lines.map((l) => textWidth(l, fontSize)));
    const at = inside(xOf(i), lines);
    return at.anchor === 'end' ? [at.x - width, at.x] : [at.x - width / 2, at.x + width / 2];
  };
  const overlaps = (labels: readonly string[][]) => {
    const spans = labels.flatMap((lines, i) => (lines.length ? [extent(i, lines)] : []));
    return spans.some((span, k) => k > 0 && span[0]! < spans[k - 1]![1]! + 2);
  };
  let stride = 1;
  let labels = labelsAt(stride);
  // Short runs keep every label, wrapped to its own column, as they always fit (textWidth over-estimates).
  if (categories.length > 12) while (stride < categories.length && overlaps(labels)) labels = labelsAt(++stride);
  const dense = stride > 1;
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
    if (labels[i]!.length) g.labels.push({ ...inside(xOf(i), labels[i]!), y: round(bottom + 8 + fontSize), lines: labels[i]!, kind: 'category', size: fontSize, emphasis: i === categories.length - 1 });
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

  // In a long run only the latest, highest, lowest and first figures are labelled, and a label that
  // would overlap one already placed is left out: the table under the chart gives every figure.
  const placed: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const fits = (px: number, py: number, text: string) => {
    const half = textWidth(text, fontSize) / 2 + 2;
    const box = { x1: px - half, x2: px + half, y1: py - fontSize, y2: py + 2 };
    if (placed.some((b) => box.x1 < b.x2 && b.x1 < box.x2 && box.y1 < b.y2 && b.y1 < box.y2)) return false;
    placed.push(box);
    return true;
  };
  const keyIndexes = (values: readonly (number | null)[]) => {
    const known = values.flatMap((v, i) => (v === null ? [] : [{ v, i }]));
    if (!known.length) return [];
    const highest = known.reduce((a, b) => (b.v > a.v ? b : a));
    const lowest = known.reduce((a, b) => (b.v < a.v ? b : a));
    return [...new Set([known.at(-1)!.i, highest.i, lowest.i, known[0]!.i])];
  };

  // With two series, the higher value is labelled above its point and the lower below, so labels do not collide.
  const labelY = (si: number, i: number, v: number) => {
    const py = round(y(v));
    const below = series.some((o, oi) => oi !== si && o.values[i] !== null && o.values[i] !== undefined && (o.values[i]! > v || (o.values[i] === v && si > 0)));
    return below ? round(py + fontSize + 8) : round(py - 10);
  };

  series.forEach((s, si) => {
    const tone = si + 1;
    // Placed in order of priority (latest first), so the latest figure always keeps its label.
    const chosen = dense ? keyIndexes(s.values).filter((i) => fits(xOf(i), labelY(si, i, s.values[i]!), format.value(s.values[i]!))) : undefined;
    const shape = shapes[si % shapes.length]!;
    g.paths.push({ key: s.id, d: path(s.values) ?? '', tone, dashed: si > 0 });
    if (series.length > 1) g.legend.splice(si, 0, { label: s.label, tone, pattern: 0, shape, dashed: si > 0 });
    s.values.forEach((v, i) => {
      if (v === null) return;
      const px = xOf(i);
      const py = round(y(v));
      const name = categories[i]!.name;
      const last = i === s.values.length - 1;
      g.points.push({ key: `${s.id}-${categories[i]!.key}`, x: px, y: py, r: last ? 6 : dense ? 3 : 4.5, tone, shape, emphasis: last, tip: `${series.length > 1 ? `${s.label}, ` : ''}${name}: ${format.value(v)}`, tipX: px, tipY: py });
      if (series.length > 2 && !last) return;
      const ly = labelY(si, i, v);
      if (chosen && !chosen.includes(i)) return;
      g.labels.push({ ...inside(px, [format.value(v)]), y: ly, lines: [format.value(v)], kind: 'value', size: fontSize, emphasis: last });
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
