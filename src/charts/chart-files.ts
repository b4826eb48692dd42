// The files each chart offers: the chart itself as SVG and the figures it draws as CSV, written at build
// time from the same figure models the pages draw (src/pages/data/charts/[id]/). No PNG: making one
// needs a browser or a native image library, and the SVG opens in any browser and most office software.
import { csvField } from '../lib/exports/csv.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { chartSvg } from './chart-svg.ts';
import type { FigureModel, TableModel } from './figure-model.ts';
import { indicatorFigures } from './indicator-figures.ts';

/** Site paths of a chart's files. */
export const chartFiles = {
  svg: (datasetId: string, figureKey: string) => `/data/charts/${datasetId}/${figureKey}.svg`,
  csv: (datasetId: string, figureKey: string) => `/data/charts/${datasetId}/${figureKey}.csv`,
} as const;

/** Every figure with a chart, of every dataset: one pair of files each. */
export function chartFigures(datasets: readonly { id: string; data: Indicator }[]): { datasetId: string; dataset: Indicator; figure: FigureModel }[] {
  return datasets.flatMap((d) => indicatorFigures(d.data).flatMap((figure) => (figure.chart ? [{ datasetId: d.id, dataset: d.data, figure }] : [])));
}

/** The chart as a file of its own: the wide drawing, colours and fonts inline, its description and sources inside. */
export function chartSvgFile(datasetId: string, figure: FigureModel): string {
  const chart = figure.wideChart ?? figure.chart;
  if (!chart) throw new Error(`${datasetId}: figure ${figure.key} has no chart`);
  return chartSvg(chart, {
    id: `${datasetId}-${figure.key}`,
    label: figure.chartLabel ?? figure.title,
    standalone: { description: [figure.title, figure.subtitle, ...figure.description], source: figure.sources.map((s) => s.title).join('; ') },
  });
}

// A figure as the table writes it: "4,988", "95.6%", "-3.2", or a word for a missing one.
const figure = /^-?\d{1,3}(,\d{3})*(\.\d+)?%?$|^-?\d+(\.\d+)?%?$/;

/**
 * The figures of a chart's table as CSV: the table's own columns and rows, numbers without their thousands
 * separators or "%" (a column of percentages says so in its heading), an empty cell where none was published.
 */
export function tableCsv(table: TableModel): string {
  const percent = table.columns.map((_, ci) => ci > 0 && table.rows.some((r) => r.cells[ci - 1]?.text.endsWith('%')));
  const header = table.columns.map((c, ci) => (percent[ci] && !/percent/i.test(c.text) ? `${c.text} (%)` : c.text));
  const cell = (text: string, numeric: boolean | undefined) => (numeric && figure.test(text) ? text.replace(/[,%]/g, '') : numeric && /^(No figure published|Not published)$/.test(text) ? '' : text);
  const rows = table.rows.map((r) => [r.header.text, ...r.cells.map((c) => cell(c.text, c.numeric))]);
  return `${[header, ...rows].map((row) => row.map((v) => csvField(v)).join(',')).join('\r\n')}\r\n`;
}
