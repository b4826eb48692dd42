// What one chart figure shows, as plain data: ChartFigure.astro renders it, indicator-figures.ts
// builds it from a dataset, and tests read it without rendering anything.
import type { ChartGeometry } from './layout.ts';

/** One table cell. */
export interface Cell {
  text: string;
  /** Numbers are right-aligned. */
  numeric?: boolean;
  /** "No figure published" and other placeholders, styled as secondary text. */
  missing?: boolean;
  /** Kept on one line, for a short period such as "2012-13" that would otherwise break at its hyphen. */
  nowrap?: boolean;
}

/** A data table: a caption, column headings, and rows whose first cell is the row's heading. */
export interface TableModel {
  caption: string;
  /** Column headings, the first over the row headings. */
  columns: Cell[];
  rows: { header: Cell; cells: Cell[] }[];
}

/** A document a figure's numbers come from. */
export interface FigureSource {
  title: string;
  location?: string | undefined;
}

/** One figure: a chart (or none, for a table of summary figures) with everything around it. */
export interface FigureModel {
  /** Unique among the dataset's figures, for element ids: "same-month", "summary", "breakdown-age". */
  key: string;
  /** The headline. */
  title: string;
  /** What is measured, where and when. */
  subtitle: string;
  /** The chart, when the figure has one, drawn for a phone (chartWidth wide). */
  chart?: ChartGeometry | undefined;
  /** The same chart drawn for wider screens (wideChartWidth wide); the page shows one or the other. */
  wideChart?: ChartGeometry | undefined;
  /** The chart's accessible name. */
  chartLabel?: string | undefined;
  /** Sentences written from the data, shown under the chart and used as its accessible description. */
  description: string[];
  tables: TableModel[];
  /** Things a reader needs to know about these figures, in a sentence each. */
  notes: string[];
  sources: FigureSource[];
  /** Date the figures were published, YYYY-MM-DD. */
  lastUpdated: string;
}
