// Chart geometry, without rendering: what a reader would notice if it were wrong. Bars in
// proportion to their figures, one mark per published figure and none invented, gaps that say so,
// subtotals never stacked, text big enough for a phone and inside the picture.
import { describe, expect, it } from 'vitest';
import { groupedBarChart } from '../../../src/charts/grouped-bar-chart.ts';
import { chartWidth, textWidth, valueScale, wrapText, type ChartGeometry, type Label } from '../../../src/charts/layout.ts';
import { lineChart } from '../../../src/charts/line-chart.ts';
import { sparkline } from '../../../src/charts/sparkline.ts';
import { stackedBarChart } from '../../../src/charts/stacked-bar-chart.ts';
import { arrestsByAge, collisionTotals, collisionYears, collisions, fixtureCharts, investigationDays, ksiByYear, periodCategories, roadsPolicing2014 } from './fixtures.ts';

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
    if (g.kind !== 'sparkline') expect(g.width).toBe(chartWidth);
    for (const l of g.labels) expect(l.size * scale).toBeGreaterThanOrEqual(11.5);
  });
  it('gives every mark a tooltip', () => {
    if (g.kind === 'sparkline') return;
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
  it('draws every series in every group, each series in its own colour and hatching', () => {
    expect(g.rects).toHaveLength(15);
    for (const [si, s] of collisions.entries()) {
      const bars = g.rects.filter((r) => r.key.endsWith(s.id));
      expect(bars.map((r) => r.tone)).toEqual(Array(5).fill(si + 1));
      expect(bars.map((r) => r.pattern)).toEqual(Array(5).fill(si));
    }
    expect(g.legend.map((l) => [l.label, l.tone, l.pattern])).toEqual(collisions.map((s, i) => [s.label, i + 1, i]));
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
  it('repeats colours with a hatching after the eighth category', () => {
    const many = stackedBarChart({ bars: [{ key: 'a', lines: ['A'], name: 'A' }], parts: Array.from({ length: 10 }, (_, i) => ({ label: `P${i}`, values: [10] })) });
    expect(many.legend.map((l) => [l.tone, l.pattern])).toEqual([[1, 0], [2, 0], [3, 0], [4, 0], [5, 0], [6, 0], [7, 0], [8, 0], [1, 1], [2, 1]]);
  });
});

describe('sparkline', () => {
  it('has a point per figure, the latest emphasised, and no text', () => {
    const g = fixtureCharts['sparkline-recorded-crime']!();
    expect(g.points).toHaveLength(4);
    expect(g.points.map((p) => p.emphasis)).toEqual([false, false, false, true]);
    expect(g.labels).toHaveLength(0);
  });
  it('breaks at a missing figure', () => {
    const g = sparkline({ values: [null, null, 43.8, 28.4] });
    expect(g.points).toHaveLength(2);
    expect(g.paths[0]!.d.match(/M/g)).toHaveLength(1);
  });
  it('does not blow up a small difference', () => {
    const g = sparkline({ values: [95.6, 96.6] }, { height: 40 });
    expect(Math.abs(g.points[0]!.y - g.points[1]!.y)).toBeLessThan(10);
  });
});
