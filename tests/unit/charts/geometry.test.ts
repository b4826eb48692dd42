// Chart geometry, without rendering: what a reader would notice if it were wrong. Bars in
// proportion to their figures, one mark per published figure and none invented, gaps that say so,
// subtotals never stacked, text big enough for a phone and inside the picture.
import { describe, expect, it } from 'vitest';
import { groupedBarChart } from '../../../src/charts/grouped-bar-chart.ts';
import { boxesOverlap, chartWidth, labelBox, segmentBox, textWidth, valueScale, wideChartWidth, wrapText, type ChartGeometry, type Label } from '../../../src/charts/layout.ts';
import { lineChart } from '../../../src/charts/line-chart.ts';
import { stackedBarChart } from '../../../src/charts/stacked-bar-chart.ts';
import { arrestsByAge, collisionCharts, collisionTotals, collisionYears, collisions, fixtureCharts, investigationDays, ksiByYear, periodCategories, roadsPolicing2014 } from './fixtures.ts';

const labelTexts = (g: ChartGeometry, kind: Label['kind']) => g.labels.filter((l) => l.kind === kind).map((l) => l.lines.join(' '));

describe('text helpers', () => {
  it.each([
    ['Motorists reported for road-related offences', 200, ['Motorists reported', 'for road-related', 'offences']],
    ['2014', 40, ['2014']],
    ['Antidisestablishmentarianism', 50, ['Antidisestablishmentarianism']],
    ['', 100, ['']],
  ])('wrapText(%j, %d)', (text, width, lines) => expect(wrapText(text, width)).toEqual(lines));

  it.each([
    [[434, 413, 381], 0, 500],
    [[95.6, 91.2], 0, 100],
    [[0, 0], 0, 1],
    [[-5, 10], -5, 10],
  ])('the value axis for %j runs from %d to %d (zero included, nice ends)', (values, low, high) => {
    const { scale } = valueScale(values, [100, 0]);
    expect(scale.domain()).toEqual([low, high]);
  });
});

describe.each(Object.entries(fixtureCharts))('%s', (_, make) => {
  const g = make();
  it('draws inside its viewBox, text included', () => {
    for (const r of [...g.rects, ...g.gaps]) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(g.width + 0.05);
      expect(r.y).toBeGreaterThanOrEqual(0);
      expect(r.y + r.height).toBeLessThanOrEqual(g.height + 0.05);
    }
    for (const l of g.labels) {
      const width = Math.max(...l.lines.map((line) => textWidth(line, l.size)));
      const left = l.anchor === 'start' ? l.x : l.anchor === 'middle' ? l.x - width / 2 : l.x - width;
      expect(left, l.lines.join(' ')).toBeGreaterThanOrEqual(-2);
      expect(left + width, l.lines.join(' ')).toBeLessThanOrEqual(g.width + 2);
      expect(l.y - l.size, l.lines.join(' ')).toBeGreaterThanOrEqual(-1);
      expect(l.y + (l.lines.length - 1) * 22, l.lines.join(' ')).toBeLessThanOrEqual(g.height + 1);
    }
  });
  it('sets text at least 11.5 px high when the chart is 288 px wide (a 320 px phone)', () => {
    const scale = 288 / g.width;
    expect(g.width).toBe(chartWidth);
    for (const l of g.labels) expect(l.size * scale).toBeGreaterThanOrEqual(11.5);
  });
  it('gives every mark a tooltip', () => {
    for (const m of [...g.rects, ...g.points, ...g.gaps]) expect(m.tip).toMatch(/: /);
  });
});

describe('line chart', () => {
  it('labels a long monthly run sparsely: the latest month always, no two labels overlapping, every figure still a point', () => {
    const g = fixtureCharts['line-24-made-up-months']!();
    expect(g.points).toHaveLength(24);
    const boxes = (kind: Label['kind']) =>
      g.labels
        .filter((l) => l.kind === kind)
        .map((l) => {
          const width = Math.max(...l.lines.map((line) => textWidth(line, l.size)));
          const left = l.anchor === 'middle' ? l.x - width / 2 : l.anchor === 'end' ? l.x - width : l.x;
          return { text: l.lines.join(' '), left, right: left + width, top: l.y - l.size, bottom: l.y + (l.lines.length - 1) * l.size };
        });
    for (const kind of ['category', 'value'] as const) {
      const list = boxes(kind);
      for (const [i, a] of list.entries()) for (const b of list.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${a.text} / ${b.text}`).toBe(true);
    }
    const categories = boxes('category').map((b) => b.text);
    expect(categories.at(-1)).toBe('June 2018');
    expect(categories.length).toBeLessThan(8);
    // The latest, highest and lowest figures keep their labels.
    expect(boxes('value').map((b) => b.text)).toEqual(expect.arrayContaining(['4,901', '5,737', '4,489']));
  });

  const g = fixtureCharts['line-ksi-2010-2014']!();
  it('has one point per figure, in order, the higher the figure the higher the point', () => {
    expect(g.points.map((p) => p.key)).toEqual(['ksi-2010', 'ksi-2011', 'ksi-2012', 'ksi-2013', 'ksi-2014']);
    const xs = g.points.map((p) => p.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (let i = 1; i < ksiByYear.length; i++) expect(Math.sign(g.points[i - 1]!.y - g.points[i]!.y)).toBe(Math.sign(ksiByYear[i]!.value - ksiByYear[i - 1]!.value));
  });
  it('labels every point with its figure and emphasises the latest', () => {
    expect(labelTexts(g, 'value')).toEqual(['434', '413', '381', '393', '392']);
    expect(g.points.filter((p) => p.emphasis).map((p) => p.key)).toEqual(['ksi-2014']);
  });
  it('starts its value axis at zero', () => expect(labelTexts(g, 'tick')[0]).toBe('0'));

  it('breaks the line at a missing figure and says so, inventing no point', () => {
    const values = [434, 413, null, 393, 392];
    const gap = lineChart({ categories: periodCategories(ksiByYear), series: [{ id: 'ksi', label: 'KSI', values }] });
    expect(gap.points).toHaveLength(4);
    expect(gap.paths[0]!.d.match(/M/g)).toHaveLength(2);
    expect(gap.gaps.map((x) => x.tip)).toEqual(['2012: no figure published']);
    expect(labelTexts(gap, 'gap')).toEqual(['No figure published']);
  });

  it('draws a second series dashed, with another marker, and a key', () => {
    const two = fixtureCharts['line-two-series-collision-totals']!();
    expect(two.paths.map((p) => p.dashed)).toEqual([false, true]);
    expect(new Set(two.points.map((p) => p.shape))).toEqual(new Set(['circle', 'square']));
    expect(two.legend.map((l) => l.label)).toEqual(['KSI collisions', 'Killed + severe collisions']);
  });

  it('draws a reference line at its value, named in the key', () => {
    const ref = lineChart({ categories: periodCategories(ksiByYear), series: [{ id: 'ksi', label: 'KSI', values: ksiByYear.map((p) => p.value) }] }, { reference: { value: 400, label: 'A line at 400' } });
    expect(ref.references).toHaveLength(1);
    const y = ref.references[0]!.y1;
    const at = (v: number) => ref.points.find((p) => p.tip.endsWith(`: ${v}`))!.y;
    expect(y).toBeGreaterThan(at(413));
    expect(y).toBeLessThan(at(393));
    expect(ref.legend).toEqual([{ label: 'A line at 400', tone: 'muted', pattern: 0, reference: true }]);
  });
});

describe('bar chart', () => {
  it.each([
    ['vertical', fixtureCharts['bar-investigation-days']!(), investigationDays.map((p) => p.value), 'height'],
    ['horizontal', fixtureCharts['bar-horizontal-roads-policing-2014']!(), roadsPolicing2014.map((r) => r.value), 'width'],
  ] as const)('%s bars are in proportion to their figures', (_, g, values, side) => {
    expect(g.rects).toHaveLength(values.length);
    const ratios = g.rects.map((r, i) => r[side] / values[i]!);
    for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0]!, 1);
  });
  it('highlights only the bars asked for; the rest are neutral', () => {
    const g = fixtureCharts['bar-investigation-days']!();
    expect(g.rects.map((r) => r.tone)).toEqual(['muted', 1]);
    expect(labelTexts(g, 'value')).toEqual(['66', '84']);
    expect(labelTexts(g, 'category')).toEqual(['12 months to March 2017', '12 months to March 2018']);
  });
  it('wraps long category names of horizontal bars instead of shrinking them', () => {
    const g = fixtureCharts['bar-horizontal-roads-policing-2014']!();
    expect(g.labels.find((l) => l.kind === 'category' && l.lines[0]!.startsWith('Motorists'))!.lines.length).toBeGreaterThan(1);
  });
});

describe('same-month comparison', () => {
  it('has a column for each of the four months and emphasises the latest', () => {
    const g = fixtureCharts['same-month-recorded-crime']!();
    expect(g.kind).toBe('same-month');
    expect(g.rects.map((r) => r.key)).toEqual(['2015-03', '2016-03', '2017-03', '2018-03']);
    expect(g.rects.map((r) => r.emphasis)).toEqual([false, false, false, true]);
    expect(labelTexts(g, 'category')).toEqual(['March 2015', 'March 2016', 'March 2017', 'March 2018']);
    expect(labelTexts(g, 'value')).toEqual(['4,078', '3,968', '5,737', '4,988']);
  });
  it('leaves a gap saying "No figure published" where the source printed none, and draws only the published figures', () => {
    const g = fixtureCharts['same-month-cracked-trials-gaps']!();
    expect(g.rects.map((r) => r.key)).toEqual(['2017-03', '2018-03']);
    expect(g.gaps.map((x) => x.tip)).toEqual(['March 2015: no figure published', 'March 2016: no figure published']);
    expect(labelTexts(g, 'gap')).toEqual(['No figure published', 'No figure published']);
  });
  it('draws the 12-month figure as a dashed line between the monthly ones', () => {
    const g = fixtureCharts['same-month-999-with-reference']!();
    const y = g.references[0]!.y1;
    const top = (key: string) => g.rects.find((r) => r.key === key)!.y;
    expect(y).toBeGreaterThan(top('2018-03'));
    expect(y).toBeLessThan(top('2017-03'));
  });
});

describe('grouped bars', () => {
  const g = fixtureCharts['grouped-collisions']!();
  it('draws every series in every group, each series in its own colour, none hatched', () => {
    expect(g.rects).toHaveLength(15);
    for (const [si, s] of collisions.entries()) {
      const bars = g.rects.filter((r) => r.key.endsWith(s.id));
      expect(bars.map((r) => r.tone)).toEqual(Array(5).fill(si + 1));
      expect(bars.map((r) => r.pattern)).toEqual(Array(5).fill(0));
    }
    expect(g.legend.map((l) => [l.label, l.tone, l.pattern])).toEqual(collisions.map((s, i) => [s.label, i + 1, 0]));
  });
  it('labels every bar with its figure', () => expect(labelTexts(g, 'value')).toEqual(collisionYears.flatMap((_, gi) => collisions.map((s) => String(s.values[gi])))));
  it('can carry on the colours of an earlier chart', () => {
    const totals = groupedBarChart({ groups: collisionYears, series: collisionTotals }, { firstTone: 4 });
    expect(totals.legend.map((l) => l.tone)).toEqual([4, 5]);
  });
});

describe('stacked 100% bars', () => {
  const g = fixtureCharts['stacked-arrests-by-age']!();
  it('never stacks a subtotal, so nothing is counted twice', () => {
    expect(g.legend.map((l) => l.label)).not.toContain('Juveniles (14 and under + 15-17)');
    expect(g.rects.filter((r) => r.tip.includes('Juveniles'))).toHaveLength(0);
    expect(g.rects).toHaveLength(16);
  });
  it('fills each bar with its shares, in the printed order, end to end', () => {
    for (const bar of arrestsByAge.bars) {
      const segments = g.rects.filter((r) => r.key.startsWith(`${bar.key}-`));
      for (let i = 1; i < segments.length; i++) expect(segments[i]!.x).toBeCloseTo(segments[i - 1]!.x + segments[i - 1]!.width, 0);
      const total = segments.reduce((sum, r) => sum + r.width, 0);
      expect(total / (chartWidth - 13)).toBeCloseTo(1, 2);
    }
  });
  it('names wide segments inside them and leaves narrow ones to the key and the table', () => {
    const inside = labelTexts(g, 'inside');
    expect(inside).toContain('26-35 35.8%');
    expect(inside.some((t) => t.startsWith('14 and under'))).toBe(false);
  });
  it('draws more categories than there are colours as bars, a row per category, never hatched', () => {
    const many = stackedBarChart({ bars: [{ key: 'a', lines: ['A'], name: 'A' }], parts: Array.from({ length: 10 }, (_, i) => ({ label: `P${i}`, values: [10] })) });
    expect(many.kind).toBe('grouped-bar');
    expect(many.rects).toHaveLength(10);
    expect(many.rects.every((r) => r.pattern === 0 && r.tone === 1)).toBe(true);
    expect(labelTexts(many, 'category')).toEqual(Array.from({ length: 10 }, (_, i) => `P${i}`));
  });
});


// What a reader sees as a collision: two texts on top of each other, or a text struck through by the dashed
// reference line, an axis or the top gridline. Text boxes come from the same estimate the charts use
// (labelBox), which errs wide, so a pass here is a pass on screen.
const textKinds = new Set<Label['kind']>(['value', 'inside', 'series', 'gap', 'category', 'tick', 'axis', 'title']);
function clashes(g: ChartGeometry): string[] {
  const problems: string[] = [];
  const texts = g.labels.filter((l) => textKinds.has(l.kind)).map((l) => ({ l, box: labelBox(l), name: `${l.kind} "${l.lines.join(' ')}"` }));
  for (const [i, a] of texts.entries()) for (const b of texts.slice(i + 1)) if (boxesOverlap(a.box, b.box)) problems.push(`${a.name} overlaps ${b.name}`);
  const values = texts.filter((t) => t.l.kind === 'value' || t.l.kind === 'inside' || t.l.kind === 'series');
  for (const t of values) {
    for (const r of g.references) if (boxesOverlap(t.box, segmentBox(r, 1))) problems.push(`${t.name} crosses the reference line`);
    for (const a of g.axes) if (boxesOverlap(t.box, segmentBox(a, 0.5))) problems.push(`${t.name} crosses an axis`);
  }
  return problems;
}
/** The top gridline of a vertical value axis: the highest gridline, when the chart has any. */
const topGridline = (g: ChartGeometry) => (g.grid.length ? Math.min(...g.grid.map((s) => s.y1)) : undefined);

describe.each([
  ...Object.entries(fixtureCharts).map(([name, make]) => [name, () => make()] as const),
  ...Object.entries(collisionCharts).flatMap(([name, make]) => [[`${name}, ${chartWidth} wide`, () => make(chartWidth)] as const, [`${name}, ${wideChartWidth} wide`, () => make(wideChartWidth)] as const]),
])('no collisions: %s', (_, make) => {
  const g = make();
  it('no two labels overlap, and no figure is struck through by the reference line or an axis', () => expect(clashes(g)).toEqual([]));
  it('leaves headroom: every figure is labelled below the top gridline, clear of it', () => {
    const top = topGridline(g);
    if (top === undefined) return;
    for (const l of g.labels.filter((x) => x.kind === 'value' || x.kind === 'inside')) expect(labelBox(l).y1, l.lines.join(' ')).toBeGreaterThan(top + 1);
  });
  it('draws inside its viewBox', () => {
    for (const l of g.labels) {
      const box = labelBox(l);
      expect(box.x1, l.lines.join(' ')).toBeGreaterThanOrEqual(-2);
      expect(box.x2, l.lines.join(' ')).toBeLessThanOrEqual(g.width + 2);
      expect(box.y1, l.lines.join(' ')).toBeGreaterThanOrEqual(-1);
      expect(box.y2, l.lines.join(' ')).toBeLessThanOrEqual(g.height + 2);
    }
  });
  it('hatches nothing', () => expect([...g.rects, ...g.legend].every((m) => m.pattern === 0)).toBe(true));
});

describe('the collision check itself', () => {
  // Each must be able to fail: a label moved onto the reference line, onto another label, and above the top gridline.
  const g = collisionCharts['columns just under the reference line (999 calls)']!(chartWidth);
  const value = g.labels.find((l) => l.kind === 'value' || l.kind === 'inside')!;
  it('finds a label on the reference line', () => {
    const moved = { ...g, labels: [...g.labels, { ...value, y: g.references[0]!.y1 + 5 }] };
    expect(clashes(moved).some((p) => p.includes('reference line'))).toBe(true);
  });
  it('finds two labels on top of each other', () => expect(clashes({ ...g, labels: [...g.labels, { ...value, x: value.x + 3 }] })).not.toEqual([]));
  it('finds a label on the top gridline', () => {
    const top = topGridline(g)!;
    expect(labelBox({ ...value, y: top + 4 }).y1).toBeLessThan(top + 1);
  });
});

describe('each measure on a scale of its own', () => {
  it('gives child KSI casualties (22, 36) bars as long as slight casualties (2,281, 2,230), each with its own axis', async () => {
    const { roadSafetyPartnership } = await import('./fixtures.ts');
    const own = groupedBarChart(roadSafetyPartnership, { scales: 'each-group' });
    const width = (key: string) => Math.max(...own.rects.filter((r) => r.key.startsWith(`${key}-`)).map((r) => r.width));
    expect(width('child-ksi') / width('slight')).toBeGreaterThan(0.6);
    const shared = groupedBarChart(roadSafetyPartnership);
    const sharedWidth = (key: string) => Math.max(...shared.rects.filter((r) => r.key.startsWith(`${key}-`)).map((r) => r.width));
    expect(sharedWidth('child-ksi') / sharedWidth('slight')).toBeLessThan(0.05);
    // Three axes, one under each measure.
    expect(own.axes.filter((a) => a.y1 === a.y2)).toHaveLength(3);
  });
  it('draws lines of very different size as small multiples, a panel per scale, each series keeping its colour', () => {
    const g = collisionCharts['lines of very different size (small multiples)']!(chartWidth);
    expect(labelTexts(g, 'title')).toEqual([expect.stringContaining('Serious injury collisions')]);
    expect(g.paths.map((p) => [p.key, p.tone])).toEqual([['fatal', 1], ['severe-mais3', 3], ['serious-stats19', 2]]);
    // Fatal and severe collisions share the first panel; serious collisions have the second.
    expect(g.axes.filter((a) => a.y1 === a.y2)).toHaveLength(2);
  });
});
