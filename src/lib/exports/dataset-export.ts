// Open-data downloads of an indicator dataset: a tidy CSV (one row per figure) and JSON.
import type { Indicator } from '../../schemas/indicator.ts';
import { csvField } from './csv.ts';
import { labelPeriod } from '../statistics/periods.ts';
import { reportingFigures, siteRatingRuleText, type ReportedFigure } from '../statistics/reporting.ts';

/** Columns of every dataset CSV, in order. */
export const csvColumns = [
  'dataset',
  'record',
  'period',
  'period_label',
  'series',
  'dimension',
  'category',
  'value',
  'judgement',
  'unit',
  'counting',
  'is_subtotal',
  'source',
  'note',
] as const;

/** What the columns of every dataset CSV hold, in words: said on the open data page and in the README of the zip of every dataset. */
export const csvColumnsDescription =
  'Each CSV has one row per figure, with the columns dataset, record (observation, summary, computed by the site, figure from another source or breakdown), period, period_label, series, dimension, category, value (always a number, or empty), judgement (the source\'s own rating, such as higher or comparable, where a figure is a word), unit, counting, is_subtotal, source and note. Percentages are written as plain numbers (82.5 means 82.5%). Text that a spreadsheet would read as a formula (starting with =, +, - or @) starts with an apostrophe, so that it opens as text.';

type Row = Partial<Record<(typeof csvColumns)[number], string | number | boolean | undefined>>;

/** Every figure of a dataset as rows: observations, each published summary, what the site computed for the latest month, figures from other sources, breakdowns. */
export function datasetRows(id: string, indicator: Indicator): Row[] {
  const sourceTitle = (key: string) => indicator.sources[key]?.title ?? key;
  const seriesUnit = (series?: string) => indicator.series.find((s) => s.id === series)?.unit ?? indicator.unit;
  const rows: Row[] = [];
  for (const o of indicator.observations) {
    const unit = seriesUnit(o.series);
    rows.push({ record: 'observation', period: o.period, period_label: labelPeriod(o.period), series: o.series, value: o.value, unit: unit.kind, counting: unit.of, source: sourceTitle(o.source), note: o.note });
  }
  // Every summary as the source published it, each under its own reporting month.
  for (const s of indicator.summaries) {
    const figures: [string, number | string | undefined][] = [
      ['financial year to date', s.fytd],
      ['financial year to date, a year earlier', s.fytdPreviousYear],
      ['rolling 12 months', s.rolling12Months],
      ['baseline', s.baseline],
      ['current month against the 1-year average', s.vsOneYearAverage],
      ['current month against the 3-year average', s.vsThreeYearAverage],
      ['rolling 12 months against the baseline', s.performanceVsBaseline],
      ['most similar forces', s.mostSimilarForces],
    ];
    for (const [category, value] of figures) {
      if (value === undefined) continue;
      const numeric = typeof value === 'number';
      // Numbers and words in separate columns, so the value column loads as numbers in any tool.
      const figure = numeric ? { value, unit: indicator.unit.kind, counting: indicator.unit.of } : { judgement: value };
      // The caption the source prints with the summary (the date its data runs to) goes with each of its figures.
      rows.push({ record: 'summary', period: s.period, period_label: `reporting month ${labelPeriod(s.period)}`, category, ...figure, source: sourceTitle(s.source), note: s.caption });
    }
  }
  // What the site worked out for the latest reporting month, where the source published nothing: labelled as the site's.
  const reporting = indicator.summaries.length ? reportingFigures(indicator) : undefined;
  if (reporting) {
    const computed: [string, ReportedFigure | undefined][] = [
      ['financial year to date', reporting.fytd],
      ['financial year to date, a year earlier', reporting.fytdPreviousYear],
      [indicator.unit.pointInTime ? 'at the end of the month' : 'rolling 12 months', reporting.rolling12Months],
      [indicator.unit.pointInTime ? 'a year earlier' : 'previous 12 months', reporting.baseline],
    ];
    for (const [category, figure] of computed) {
      if (figure?.basis !== 'computed') continue;
      rows.push({ record: 'computed by the site', period: figure.period, period_label: labelPeriod(figure.period), category, value: figure.value, unit: indicator.unit.kind, counting: indicator.unit.of, note: 'The sum of the monthly figures in this file, worked out by the site; no source published it.' });
    }
    if (reporting.rating?.basis === 'site') {
      rows.push({ record: 'computed by the site', period: reporting.month, period_label: `reporting month ${labelPeriod(reporting.month)}`, category: indicator.unit.pointInTime ? 'month against a year earlier' : 'rolling 12 months against the previous 12 months', judgement: reporting.rating.judgement, note: siteRatingRuleText(indicator.unit) });
    }
  }
  for (const a of indicator.alternatives) {
    rows.push({
      record: 'figure from another source',
      period: a.period,
      period_label: labelPeriod(a.period),
      category: a.comparedWith ? `change since ${labelPeriod(a.comparedWith)}` : undefined,
      value: a.value ?? a.change,
      unit: indicator.unit.kind,
      counting: indicator.unit.of,
      source: sourceTitle(a.source),
      note: [a.statedAs && `Stated as: ${a.statedAs}`, a.note].filter(Boolean).join(' '),
    });
  }
  for (const b of indicator.breakdowns) {
    for (const c of b.categories) {
      rows.push({ record: 'breakdown', period: b.period, period_label: labelPeriod(b.period), dimension: b.dimension, category: c.category, value: c.percent, unit: 'percent', counting: b.total === undefined ? 'total not published' : `share of ${b.total}`, is_subtotal: c.subtotal, source: sourceTitle(b.source), note: b.note });
    }
  }
  return rows.map((row) => ({ dataset: id, ...row }));
}

/** The CSV file: a header row, then one row per figure, CRLF line ends as RFC 4180 asks. */
export function datasetCsv(id: string, indicator: Indicator): string {
  const lines = [csvColumns.join(','), ...datasetRows(id, indicator).map((row) => csvColumns.map((column) => csvField(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Licence under which every dataset is published. */
export const licence = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

/** The dataset as published, with its id and licence; working notes on extraction (provenance, editors' notes) are left out. */
export function datasetRecord(id: string, indicator: Indicator) {
  const { provenance: _provenance, editorNotes: _editorNotes, ...published } = indicator;
  const sources = Object.fromEntries(Object.entries(published.sources).map(([key, { provenance: _p, ...source }]) => [key, source]));
  return { id, licence, ...published, sources };
}

/** The JSON file: the dataset record, indented. */
export function datasetJson(id: string, indicator: Indicator): string {
  return `${JSON.stringify(datasetRecord(id, indicator), null, 2)}\n`;
}
