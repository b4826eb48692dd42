// The dashboard tiles' sparkline (src/charts/sparkline.ts): a scale from zero, labelled ends, dots on stems
// when the points do not follow one another.
import { describe, expect, it } from 'vitest';
import { sparkline, sparklineFontSize, type SparklineData } from '../../../src/charts/sparkline.ts';
import { textWidth, type ChartGeometry } from '../../../src/charts/layout.ts';
import { recordedCrimeMarch } from './fixtures.ts';

const data = (values: (number | null)[], joined = false): SparklineData => ({
  values,
  periods: values.map((_, i) => `Mar ${2015 + i}`),
  formatted: values.map((v) => (v === null ? null : v.toLocaleString('en-GB'))),
  joined,
});

/** The horizontal extent of a label, from its anchor and its widest line. */
function extent(g: ChartGeometry, i: number): [number, number] {
  const l = g.labels[i]!;
  const width = Math.max(...l.lines.map((line) => textWidth(line, l.size)));
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
  return [left, left + width];
}

describe('sparkline', () => {
  it('has a point per figure, the latest emphasised, and labels the first and last with value and period', () => {
    const g = sparkline(data(recordedCrimeMarch.map((p) => p.value)));
    expect(g.points).toHaveLength(4);
    expect(g.points.map((p) => p.emphasis)).toEqual([false, false, false, true]);
    expect(g.labels.map((l) => l.lines)).toEqual([
      ['4,078', 'Mar 2015'],
      ['4,988', 'Mar 2018'],
    ]);
    expect(g.labels[1]!.emphasis).toBe(true);
  });

  it('measures from zero, so a small difference looks small and heights are proportional', () => {
    const g = sparkline(data([95.6, 96.6]));
    const zero = g.axes[0]!.y1;
    const [a, b] = g.points.map((p) => zero - p.y) as [number, number];
    expect(a / b).toBeCloseTo(95.6 / 96.6, 2);
    const half = sparkline(data([50, 100]));
    const zero2 = half.axes[0]!.y1;
    expect((zero2 - half.points[0]!.y) / (zero2 - half.points[1]!.y)).toBeCloseTo(0.5, 2);
  });

  it('joins points only when they follow one another; otherwise each stands on a stem from zero', () => {
    const dots = sparkline(data([1, 2, 3]));
    expect(dots.paths).toHaveLength(0);
    expect(dots.grid).toHaveLength(3);
    const joined = sparkline(data([1, 2, null, 4], true));
    expect(joined.paths[0]!.d.match(/M/g)).toHaveLength(2);
    expect(joined.grid).toHaveLength(0);
  });

  it('keeps its labels inside the chart, below the zero line, and apart from each other', () => {
    for (const values of [[4078, 3968, 5737, 4988], [null, null, 43.8, 28.4], [1_000_000, 2_000_000], [0.1, 0.2, 0.3]]) {
      const g = sparkline(data(values));
      const zero = g.axes[0]!.y1;
      for (const [i, l] of g.labels.entries()) {
        const [left, right] = extent(g, i);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(g.width);
        expect(l.y - l.size).toBeGreaterThan(zero);
      }
      if (g.labels.length === 2) expect(extent(g, 0)[1]).toBeLessThan(extent(g, 1)[0]);
    }
  });

  it('labels only the latest when the two ends would meet', () => {
    const g = sparkline({ ...data([1, 2]), formatted: ['1,234,567,890 casualties', '1,234,567,891 casualties'] });
    expect(g.labels).toHaveLength(1);
    expect(g.labels[0]!.lines[0]).toBe('1,234,567,891 casualties');
    expect(g.labels[0]!.size).toBe(sparklineFontSize);
  });
});
