// Line chart: one or two series over ordered periods, a marker on every published figure, value
// labels, and an optional labelled reference line. A missing figure breaks the line and its place
// says "No figure published": nothing is interpolated.
import { scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import {
  chartWidth as defaultWidth,
  emptyGeometry,
  fontSize,
  labelBox,
  lineHeight,
  placeLabel,
  plainNumbers,
  round,
  scaleGroups,
  segmentBox,
  stackCharts,
  textWidth,
  tickFontSize,
  valueScale,
  wrapText,
  type Box,
  type ChartGeometry,
  type Label,
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
  /** Palette position, so a series keeps its colour across the panels of small multiples. */
  tone?: number;
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
  /** Width of the viewBox: chartWidth for phones, wideChartWidth for wider screens. */
  width?: number;
  /** Palette position of the first series. */
  firstTone?: number;
  /** A heading over the plot, for a panel of small multiples: the series it shows. */
  panelTitle?: string;
  /** Where the plot starts and ends (viewBox x), so the panels of small multiples line up; worked out from the text when not given. */
  plot?: { left: number; right: number };
}

const shapes: Shape[] = ['circle', 'square', 'diamond', 'triangle'];

/** Geometry of a line chart. */
export function lineChart(data: LineChartData, options: LineChartOptions = {}): ChartGeometry {
  const { categories, series } = data;
  const format = options.format ?? plainNumbers;
  const chartWidth = options.width ?? defaultWidth;
  // A wide chart is a little taller, so its lines are not flattened.
  const height = options.height ?? (chartWidth > defaultWidth ? 300 : 260);
  const firstTone = options.firstTone ?? 1;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const all = options.reference ? [...values, options.reference.value] : values;

  // Ticks depend only on the values, so the left margin (the widest tick label) comes first, then
  // the spacing of the points, then the wrapped category labels, and last the height of the plot.
  const { ticks: provisional, decimals: provisionalDecimals } = valueScale(all, [1, 0]);
  const left = options.plot?.left ?? Math.ceil(Math.max(...provisional.map((t) => textWidth(format.tick(t, provisionalDecimals), tickFontSize)))) + 8;
  // Several series are named at the ends of their lines, in a margin of up to 30% of the width, when the names fit there.
  const names = series.length > 1 ? series.map((s) => shortName(s.label)) : [];
  const endRoom = Math.min(chartWidth * 0.3, Math.max(0, ...names.map((n) => textWidth(n))) + 14);
  // ...and when the period labels still fit under their points beside that margin (a word is never broken).
  const longestWord = Math.max(0, ...categories.flatMap((c) => c.lines.flatMap((l) => l.split(/\s+/).map((w) => textWidth(w, fontSize)))));
  const endLabels =
    names.length > 0 && names.every((n) => wrapText(n, endRoom - 10).length <= 3) && (categories.length > 12 || longestWord + 4 <= (chartWidth - endRoom - left) / Math.max(1, categories.length));
  const right = options.plot?.right ?? chartWidth - (endLabels ? endRoom : 4);
  const x = scalePoint<string>().domain(categories.map((c) => c.key)).range([left, right]).padding(0.5);
  const xOf = (i: number) => round(x(categories[i]!.key) ?? left);
  // Category labels stay over the plot, clear of the end labels.
  const labelRight = right + 2;
  // A long run (24 months) has no room for every label: every stride-th category is labelled, counting
  // back from the latest, which is always labelled; each label may use the width of stride points.
  // The stride grows until no two labels overlap, the one set against the right edge included.
  const inside = (px: number, lines: readonly string[]): { x: number; anchor: 'middle' | 'end' } => {
    const half = Math.max(...lines.map((l) => textWidth(l, fontSize))) / 2;
    return px + half > labelRight ? { x: labelRight, anchor: 'end' } : { x: px, anchor: 'middle' };
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
  // A short run keeps every label when they fit (wrapped to their columns); otherwise it too labels every other one.
  while (stride < categories.length && overlaps(labels)) labels = labelsAt(++stride);
  // Only a long run is labelled sparsely, with smaller markers; a short one keeps a label on every figure.
  const dense = categories.length > 12 && stride > 1;
  const labelLines = Math.max(1, ...labels.map((l) => l.length));
  const titleLines = options.panelTitle ? wrapText(options.panelTitle, chartWidth) : [];
  const titleHeight = titleLines.length * lineHeight;
  const top = titleHeight + (options.axisTitle ? lineHeight : 0) + 10;
  const bottom = height - labelLines * lineHeight - 8;
  // Headroom above the highest figure for its label, so it never sits on the top gridline.
  const { scale: y, ticks, decimals } = valueScale(all, [bottom, top], 4, fontSize + 14, format.ceiling);
  const tickLabels = ticks.map((t) => format.tick(t, decimals));

  const g = emptyGeometry('line', chartWidth, height);
  // Everything a value label must keep clear of: text, the axis, the top gridline, the reference line and the markers.
  const obstacles: Box[] = [];
  const add = (l: Label) => {
    g.labels.push(l);
    obstacles.push(labelBox(l));
  };
  if (titleLines.length) add({ x: 0, y: fontSize, lines: titleLines, anchor: 'start', kind: 'title', size: fontSize });
  if (options.axisTitle) add({ x: 0, y: titleHeight + fontSize, lines: [options.axisTitle], anchor: 'start', kind: 'axis', size: tickFontSize });
  const topY = round(y(ticks.at(-1) ?? 0));
  ticks.forEach((t, i) => {
    const ty = round(y(t));
    if (t === 0) g.axes.push({ x1: left, y1: ty, x2: right, y2: ty });
    else g.grid.push({ x1: left, y1: ty, x2: right, y2: ty });
    add({ x: left - 6, y: round(ty + tickFontSize * 0.35), lines: [tickLabels[i]!], anchor: 'end', kind: 'tick', size: tickFontSize });
  });
  obstacles.push(segmentBox({ x1: left, y1: topY, x2: right, y2: topY }), ...g.axes.map((a) => segmentBox(a)));
  categories.forEach((_, i) => {
    if (labels[i]!.length) add({ ...inside(xOf(i), labels[i]!), y: round(bottom + 8 + fontSize), lines: labels[i]!, kind: 'category', size: fontSize, emphasis: i === categories.length - 1 });
  });

  if (options.reference) {
    const ry = round(y(options.reference.value));
    g.references.push({ x1: left, y1: ry, x2: right, y2: ry });
    obstacles.push(segmentBox(g.references[0]!, 3));
    // Labelled in the key: a label inside the plot could run across the line.
    g.legend.push({ label: options.reference.label, tone: 'muted', pattern: 0, reference: true });
  }

  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => xOf(i))
    .y((v) => y(v ?? 0))
    .digits(1);

  const keyIndexes = (values: readonly (number | null)[]) => {
    const known = values.flatMap((v, i) => (v === null ? [] : [{ v, i }]));
    if (!known.length) return [];
    const highest = known.reduce((a, b) => (b.v > a.v ? b : a));
    const lowest = known.reduce((a, b) => (b.v < a.v ? b : a));
    return [...new Set([known.at(-1)!.i, highest.i, lowest.i, known[0]!.i])];
  };
  // With two series, the higher value is labelled above its point and the lower below, so labels do not collide.
  const below = (si: number, i: number, v: number) => series.some((o, oi) => oi !== si && o.values[i] !== null && o.values[i] !== undefined && (o.values[i]! > v || (o.values[i] === v && si > 0)));
  const toneOf = (si: number) => series[si]!.tone ?? firstTone + si;

  // Markers first, so that labels can keep clear of them.
  series.forEach((s, si) => {
    const tone = toneOf(si);
    const shape = shapes[(tone - 1) % shapes.length]!;
    g.paths.push({ key: s.id, d: path(s.values) ?? '', tone, dashed: si > 0 });
    s.values.forEach((v, i) => {
      if (v === null) return;
      const px = xOf(i);
      const py = round(y(v));
      const last = i === s.values.length - 1;
      const r = last ? 6 : dense ? 3 : 4.5;
      g.points.push({ key: `${s.id}-${categories[i]!.key}`, x: px, y: py, r, tone, shape, emphasis: last, tip: `${series.length > 1 ? `${s.label}, ` : ''}${categories[i]!.name}: ${format.value(v)}`, tipX: px, tipY: py });
      obstacles.push({ x1: px - r - 1, y1: py - r - 1, x2: px + r + 1, y2: py + r + 1 });
    });
  });

  // Several series: each is named at the end of its line when the names fit beside the plot, instead of in a key.
  if (series.length > 1) {
    const ends = series.map((s, si) => {
      const lastIndex = s.values.findLastIndex((v) => v !== null);
      return { si, lines: wrapText(shortName(s.label), endRoom - 10), y: lastIndex < 0 ? bottom : round(y(s.values[lastIndex]!)), x: lastIndex < 0 ? right : xOf(lastIndex) };
    });
    if (endLabels && ends.every((e) => e.lines.length <= 3)) {
      // Top to bottom, each pushed down clear of the one above, then the block pulled up if it runs off the chart.
      const sorted = [...ends].sort((a, b) => a.y - b.y);
      let floor = -Infinity;
      const placed = sorted.map((e) => {
        const blockTop = Math.max(e.y - lineHeight / 2, floor);
        floor = blockTop + e.lines.length * lineHeight + 4;
        return { ...e, blockTop };
      });
      const overflow = Math.max(0, floor - 4 - bottom);
      for (const e of placed) {
        add({ x: round(right + 10), y: round(e.blockTop - overflow + fontSize * 0.85), lines: e.lines, anchor: 'start', kind: 'series', size: fontSize });
      }
    } else {
      series.forEach((s, si) => g.legend.splice(si, 0, { label: s.label, tone: toneOf(si), pattern: 0, shape: shapes[(toneOf(si) - 1) % shapes.length]!, dashed: si > 0 }));
    }
  }

  // Value labels: above or below each point, or clear of the reference line, wherever none overlaps another label,
  // a marker, the axis or the reference line. In a long run only the latest, highest, lowest and first figures are
  // labelled: the table under the chart gives every figure.
  const within: Box = { x1: 0, y1: topY + 1, x2: endLabels ? right + 8 : chartWidth, y2: bottom - 1 };
  series.forEach((s, si) => {
    if (series.length > 2) {
      const lastIndex = s.values.length - 1;
      if (s.values[lastIndex] === null || s.values[lastIndex] === undefined) return;
    }
    const order = dense ? keyIndexes(s.values) : [...keyIndexes(s.values), ...s.values.map((_, i) => i)];
    // Placed in order of priority (latest first, so it always keeps its label), listed left to right.
    const placed: { i: number; label: Label }[] = [];
    for (const i of new Set(order)) {
      const v = s.values[i];
      if (v === null || v === undefined) continue;
      const last = i === s.values.length - 1;
      if (series.length > 2 && !last) continue;
      const px = xOf(i);
      const py = round(y(v));
      const r = last ? 6 : dense ? 3 : 4.5;
      const text = format.value(v);
      const at = (baseline: number): Label => ({ ...inside(px, [text]), y: round(baseline), lines: [text], kind: 'value', size: fontSize, emphasis: last });
      const above = at(py - r - 6);
      const under = at(py + r + 3 + fontSize * 0.8);
      const candidates = below(si, i, v) ? [under, above] : [above, under];
      if (options.reference) {
        const ry = round(y(options.reference.value));
        candidates.push(at(ry - 5 - fontSize * 0.25), at(ry + 5 + fontSize * 0.8));
      }
      const chosen = placeLabel(candidates, obstacles, within);
      if (chosen) placed.push({ i, label: chosen });
    }
    g.labels.push(...placed.sort((a, b) => a.i - b.i).map((p) => p.label));
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

/** How an end label names a series: its label without a gloss after a colon or in brackets ("Serious injury collisions"). */
export const shortName = (label: string): string => label.split(/:|\s\(/)[0]!.trim();

/**
 * A line chart of several series, as small multiples when they differ in size: series whose highest figures
 * are within a factor of three share a panel and an axis; each other group gets a panel of its own, one under
 * another, each titled with what it shows. Every series keeps its colour and marker across the panels.
 */
export function lineChartPanels(data: LineChartData, options: LineChartOptions = {}): ChartGeometry {
  const highest = (s: SeriesValues) => Math.max(0, ...s.values.filter((v): v is number => v !== null));
  const toned = data.series.map((s, si) => ({ ...s, tone: s.tone ?? (options.firstTone ?? 1) + si }));
  const groups = data.series.length > 1 ? scaleGroups(toned, highest) : [toned];
  if (groups.length === 1) return lineChart({ ...data, series: toned }, options);
  // Panels keep the series' order: the group of the first series first.
  const ordered = groups.map((group) => [...group].sort((a, b) => toned.indexOf(a) - toned.indexOf(b))).sort((a, b) => toned.indexOf(a[0]!) - toned.indexOf(b[0]!));
  const draw = (plot?: { left: number; right: number }) =>
    ordered.map((group) =>
      lineChart(
        { categories: data.categories, series: group },
        { ...options, plot, height: (options.height ?? ((options.width ?? defaultWidth) > defaultWidth ? 300 : 260)) - 30 + (group.length === 1 ? lineHeight * wrapText(group[0]!.label, options.width ?? defaultWidth).length : 0), panelTitle: group.length === 1 ? group[0]!.label : undefined },
      ),
    );
  // Drawn twice: the second time every panel's plot spans the same width (the widest tick labels, the widest end labels), so the periods line up.
  const first = draw();
  const extent = (g: ChartGeometry) => g.axes[0] ?? g.grid[0];
  const plot = { left: Math.max(...first.map((g) => extent(g)?.x1 ?? 0)), right: Math.min(...first.map((g) => extent(g)?.x2 ?? g.width)) };
  return stackCharts('line', draw(plot), 24);
}
