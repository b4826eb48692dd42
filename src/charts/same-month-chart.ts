// The dashboard's comparison of one month with the same month in earlier years (March 2018 against
// March 2017, 2016 and 2015). Columns, not a line: the figures are a year apart, and a line would
// suggest the months in between followed it. The latest month is emphasised; a column the source
// left blank says "No figure published".
import { monthLabel } from '../lib/statistics/periods.ts';
import { barChart } from './bar-chart.ts';
import type { ChartGeometry, NumberFormat } from './layout.ts';

export interface SameMonthData {
  /** The months, oldest first, each written YYYY-MM, with the figure or null when none was published. */
  points: { period: string; value: number | null }[];
}

export interface SameMonthOptions {
  format?: NumberFormat;
  axisTitle?: string;
  /** A horizontal dashed line at a value, for example a 12-month rate, named in the key. */
  reference?: { value: number; label: string };
  height?: number;
  /** Width of the viewBox: chartWidth for phones, wideChartWidth for wider screens. */
  width?: number;
}

/** Geometry of a same-month comparison: one column per year, the latest emphasised. */
export function sameMonthChart(data: SameMonthData, options: SameMonthOptions = {}): ChartGeometry {
  const categories = data.points.map((p) => {
    const name = monthLabel(p.period);
    const [month, year] = name.split(' ') as [string, string];
    return { key: p.period, lines: [month, year], name };
  });
  return barChart(
    { categories, values: data.points.map((p) => p.value) },
    { ...options, orientation: 'vertical', highlight: [data.points.length - 1], kind: 'same-month' },
  );
}
