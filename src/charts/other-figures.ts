// The table of "other published figures": figures for the measure from other documents that
// disagree with the dataset's own (alternatives), and observations no chart shows, each with its
// source and the source's words. Nothing a source published is dropped.
import type { Indicator, Observation } from '../schemas/indicator.ts';
import { decimalsFor, formatSignedNumber } from '../lib/text/format.ts';
import { labelPeriod } from '../lib/statistics/periods.ts';
import type { Cell, FigureModel } from './figure-model.ts';
import { figureCell, listOf, periodCell, sourcesOf, titled, unitHeading } from './figure-text.ts';
import { sortByPeriod } from './period-index.ts';

/** The table of other figures, or undefined when there are none. */
export function otherFiguresFigure(indicator: Indicator, observations: Observation[]): FigureModel | undefined {
  if (!observations.length && !indicator.alternatives.length) return undefined;
  const { unit } = indicator;
  const sourceTitle = (key: string) => indicator.sources[key]?.title ?? key;
  const rows: { header: Cell; cells: Cell[]; order: string }[] = [];
  for (const o of observations) {
    rows.push({ header: periodCell(o.period), cells: [figureCell(o.value, unit), { text: sourceTitle(o.source) }, { text: o.note ?? '' }], order: o.period });
  }
  for (const a of indicator.alternatives) {
    const stated = a.statedAs ? `Stated as “${a.statedAs}”. ` : '';
    if (a.value !== undefined) {
      rows.push({ header: periodCell(a.period), cells: [figureCell(a.value, unit), { text: sourceTitle(a.source) }, { text: `${stated}${a.note}` }], order: a.period });
    } else {
      const change =
        unit.kind === 'percent' ? `${formatSignedNumber(a.change!, 1)} percentage points` : `${formatSignedNumber(a.change!, decimalsFor(unit, a.change!))}${unit.kind === 'count' ? '' : ` ${unitHeading(unit).toLowerCase()}`}`;
      rows.push({
        header: { text: `${labelPeriod(a.period)} compared with ${labelPeriod(a.comparedWith!)}` },
        cells: [{ text: `${change} (a change)`, numeric: true }, { text: sourceTitle(a.source) }, { text: `${stated}${a.note}` }],
        order: a.period,
      });
    }
  }
  const sourceKeys = [...observations.map((o) => o.source), ...indicator.alternatives.map((a) => a.source)];
  const description = [`${rows.length === 1 ? 'One figure' : `${rows.length} figures`} from ${listOf(sourcesOf(indicator, sourceKeys).map((s) => s.title))}.`];
  return {
    key: 'other',
    title: titled(indicator.title, 'other published figures'),
    subtitle: 'Figures for this measure that are not in the charts above: from other documents, or for other periods. Each is shown as its source gives it.',
    description,
    tables: [
      {
        caption: titled(indicator.title, 'other published figures'),
        columns: [{ text: 'Period' }, { text: unitHeading(unit), numeric: true }, { text: 'Source' }, { text: 'Note' }],
        rows: sortByPeriod(rows, (r) => r.order).map(({ header, cells }) => ({ header, cells })),
      },
    ],
    notes: [],
    sources: sourcesOf(indicator, sourceKeys),
    lastUpdated: indicator.lastUpdated,
  };
}
