// Figures of a dataset's series over periods: a line for one series over a run of periods, bars
// for a few figures or for several series in one period, lines for several series over a run of
// periods (small multiples when they differ in size, and any series that are sums of others charted
// apart), and bars by series, each measure on its own scale where sizes differ, for periods of
// different kinds.
import type { Indicator, Observation, Series, Unit } from '../schemas/indicator.ts';
import { addMonths, formatMonth, labelPeriod, monthLabel, monthsOf, parsePeriod, periodKey, periodYearsEarlier, shortPeriodLabel } from '../lib/statistics/periods.ts';
import { duringPeriod, quantity, subjectOf, trendSentence } from '../lib/text/sentences.ts';
import { barChart } from './bar-chart.ts';
import type { FigureModel } from './figure-model.ts';
import { axisTitle, capitalise, captionFor, figureCell, listOf, numberFormat, periodCell, sourcesOf, titled, unitHeading } from './figure-text.ts';
import { groupedBarChart } from './grouped-bar-chart.ts';
import { lineChart, lineChartPanels, type Category, type SeriesValues } from './line-chart.ts';
import { atBothWidths, scaleGroups } from './layout.ts';
import { formatNumber } from '../lib/text/format.ts';
import { inWords } from '../lib/model/group.ts';
import { firstByPeriod, firstBySeriesAndPeriod, sortByPeriod } from './period-index.ts';

/** The first series with each id (a figure's `series` may be undefined, which no series has). */
function firstById(series: readonly Series[]): Map<string | undefined, Series> {
  const found = new Map<string | undefined, Series>();
  for (const s of series) if (!found.has(s.id)) found.set(s.id, s);
  return found;
}

/**
 * The periods from the first to the last, with any missing ones filled in, when they are all of one
 * kind and a step apart (years, or months); undefined otherwise. Filling makes a gap visible.
 */
export function periodSequence(periods: readonly string[]): string[] | undefined {
  if (!periods.length) return undefined;
  // The periods of each key as last written, in the place the key first comes.
  const written = new Map(periods.map((p) => [periodKey(p), p]));
  const sorted = sortByPeriod([...written.values()], (p) => p);
  const kinds = new Set(sorted.map((p) => parsePeriod(p).kind));
  if (kinds.size > 1) return undefined;
  const endMonths = new Set(sorted.map((p) => monthsOf(p).end.month));
  const kind = parsePeriod(sorted[0]!).kind;
  // Monthly steps only for months of different months of the year; everything else steps a year.
  const next = kind === 'month' && endMonths.size > 1 ? (p: string) => formatMonth(addMonths(p, 1)) : endMonths.size === 1 ? (p: string) => periodYearsEarlier(p, -1) : undefined;
  if (!next) return undefined;
  const filled = [sorted[0]!];
  const last = periodKey(sorted[sorted.length - 1]!);
  while (periodKey(filled[filled.length - 1]!) !== last) {
    if (filled.length > 60) return undefined;
    const step = next(filled[filled.length - 1]!);
    filled.push(written.get(periodKey(step)) ?? step);
  }
  return filled;
}

/** "Figures for each year from 2010 to 2014.", "Figures for March in each year from 2015 to 2018." or "Figures for 2016 and the 12 months to October 2017." */
function whenSentence(periods: readonly string[]): string {
  const sequence = periodSequence(periods);
  if (sequence && sequence.length > 2) {
    const first = parsePeriod(sequence[0]!);
    const last = parsePeriod(sequence[sequence.length - 1]!);
    if (first.kind === 'month' && last.kind === 'month') {
      if (first.month === last.month && sequence.length <= last.year - first.year + 1) return `Figures for ${monthLabel(sequence[0]!).split(' ')[0]} in each year from ${first.year} to ${last.year}.`;
      return `Figures for each month from ${labelPeriod(first)} to ${labelPeriod(last)}.`;
    }
    const each = { 'calendar-year': 'year', 'financial-year': 'financial year', 'rolling-12-months': '12-month period', 'financial-year-to-date': 'financial year to date', month: 'month' }[first.kind];
    return `Figures for each ${each} from ${shortPeriodLabel(first)} to ${shortPeriodLabel(last)}.`;
  }
  return `Figures for ${listOf([...new Set(periods.map((p) => labelPeriod(p)))].map((label) => (label.startsWith('12 months') ? `the ${label}` : label)))}.`;
}

/** How a sentence names a series: "The number of fatal collisions", from the label "Fatal collisions" (words after a colon are the label's gloss). */
function seriesSubject(label: string, unit: Unit): string {
  const short = lowerFirst(label.split(':')[0]!.trim());
  return unit.kind === 'count' ? `The number of ${short}` : capitalise(short);
}

/** Lower-case the first letter unless the word is an abbreviation ("KSI"). */
const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text);

// The bars' own labels are short ("2016-17"); the sentence above the chart says they are financial years.
const categoryOf = (period: string): Category => ({ key: period, lines: [shortPeriodLabel(period)], name: labelPeriod(period) });

/** The figures of the observations not shown elsewhere, by the shape of the data (see indicator-figures.ts). */
export function seriesFigures(indicator: Indicator, observations: Observation[]): FigureModel[] {
  const sources = (obs: Observation[]) => sourcesOf(indicator, obs.map((o) => o.source));
  const base = { notes: [] as string[], lastUpdated: indicator.lastUpdated };
  if (!indicator.series.length) return [singleSeriesFigure(indicator, observations)];

  const { unit } = indicator;
  // Series and figures are looked up in maps built once, so a chart of S series over P periods takes S × P lookups, not S × P searches of every figure.
  const seriesById = firstById(indicator.series);
  const unitOf = (id: string): Unit => seriesById.get(id)?.unit ?? unit;
  const observed = new Set(observations.map((o) => o.series));
  const series = indicator.series.filter((s) => observed.has(s.id));
  const periods = sortByPeriod([...new Map(observations.map((o) => [periodKey(o.period), o.period])).values()], (p) => p);
  const valueOf: (seriesId: string, period: string) => Observation | undefined = firstBySeriesAndPeriod(observations);
  const noted = observations.filter((o) => o.note);

  // One period: a bar for each series.
  if (periods.length === 1) {
    const period = periods[0]!;
    // A source that gives no period: its figures are filed under the month of the document, which is no period of theirs.
    const periodName = indicator.periodNotStated ? 'period not stated' : labelPeriod(period);
    const units = new Set(series.map((s) => `${unitOf(s.id).kind} ${unitOf(s.id).of}`));
    const format = numberFormat(unitOf(series[0]!.id));
    const values = series.map((s) => valueOf(s.id, period)?.value ?? null);
    return [
      {
        ...base,
        key: 'series',
        title: indicator.title,
        subtitle: indicator.periodNotStated ? `The source does not say which period the figures cover; it is dated ${monthLabel(monthsOf(period).end)}.` : whenSentence([period]),
        ...atBothWidths((width) => barChart({ categories: series.map((s) => ({ key: s.id, lines: [s.label], name: s.label })), values }, { orientation: 'horizontal', format, width })),
        chartLabel: `Bar chart: ${indicator.title}, ${periodName}`,
        description: onePeriodSentences(indicator.periodNotStated ? undefined : period, series.map((s, i) => ({ label: s.label, value: values[i] ?? null, unit: unitOf(s.id) }))),
        tables: [
          {
            caption: captionFor(indicator.title, periodName),
            columns: [{ text: 'Measure' }, { text: units.size === 1 ? `${unitHeading(unitOf(series[0]!.id))}, ${periodName}` : capitalise(periodName), numeric: true }, ...(noted.length ? [{ text: 'Note' }] : [])],
            rows: series.map((s) => ({
              header: { text: s.label },
              cells: [figureCell(valueOf(s.id, period)?.value, unitOf(s.id)), ...(noted.length ? [{ text: valueOf(s.id, period)?.note ?? '' }] : [])],
            })),
          },
        ],
        sources: sources(observations),
      },
    ];
  }

  const sameKind = new Set(periods.map((p) => parsePeriod(p).kind)).size === 1;
  const shownSeries = firstById(series);
  // Periods of different kinds (a year and 12 months to October) are not a sequence: group by series, a bar per period.
  if (!sameKind) {
    const groups = series.map((s) => ({ key: s.id, lines: [s.label], name: s.label }));
    const bySeries: SeriesValues[] = periods.map((p) => ({ id: periodKey(p), label: labelPeriod(p), values: series.map((s) => valueOf(s.id, p)?.value ?? null) }));
    // Measures of very different size (child KSI beside slight casualties) each get a scale of their own.
    const highest = (s: Series) => Math.max(0, ...periods.map((p) => valueOf(s.id, p)?.value ?? 0));
    const ownScales = scaleGroups(series, highest).length > 1;
    return [
      {
        ...base,
        notes: [
          ...(ownScales ? ['Each measure is drawn on its own scale, marked under its bars, because they differ greatly in size: compare the bars within a measure, not across measures.'] : []),
          ...noted.map((o) => `${shownSeries.get(o.series)?.label}, ${labelPeriod(o.period)}: ${o.note}`),
        ],
        key: 'series',
        title: indicator.title,
        subtitle: `${whenSentence(periods)}`,
        ...atBothWidths((width) => groupedBarChart({ groups, series: bySeries }, { format: numberFormat(unit), width, scales: ownScales ? 'each-group' : 'shared' })),
        chartLabel: `Bar chart: ${indicator.title}, ${listOf(periods.map((p) => labelPeriod(p)))}`,
        description: series.map((s) => seriesPeriodsSentence(s.label, unitOf(s.id), periods.map((p) => ({ period: p, value: valueOf(s.id, p)?.value ?? null })))),
        tables: [
          {
            caption: captionFor(indicator.title, listOf(periods.map((p) => labelPeriod(p)))),
            columns: [{ text: 'Measure' }, ...periods.map((p) => ({ ...periodCell(p), numeric: true }))],
            rows: series.map((s) => ({ header: { text: s.label }, cells: periods.map((p) => figureCell(valueOf(s.id, p)?.value, unitOf(s.id))) })),
          },
        ],
        sources: sources(observations),
      },
    ];
  }

  // A run of periods: grouped bars by period. Series that are sums of others (a KSI total) get a chart of their own, so the parts and the totals are not mixed.
  const sequence = periodSequence(periods) ?? periods;
  const totals = sumsOfOtherSeries(series.map((s) => s.id), sequence, (id, p) => valueOf(id, p)?.value);
  const chunks = [series.filter((s) => !totals.has(s.id)), series.filter((s) => totals.has(s.id))].filter((c) => c.length);
  return chunks.map((chunk, ci) => {
    const groups = sequence.map(categoryOf);
    const values: SeriesValues[] = chunk.map((s) => ({ id: s.id, label: s.label, values: sequence.map((p) => valueOf(s.id, p)?.value ?? null) }));
    const isTotals = ci === 1;
    const labelOf = (id: string) => lowerFirst(shownSeries.get(id)!.label.split(':')[0]!.trim());
    const explain = isTotals ? ` ${chunk.map((s) => `In every period, ${labelOf(s.id)} equal ${totals.get(s.id)!.map(labelOf).join(' plus ')}.`).join(' ')}` : '';
    const title = isTotals ? titled(indicator.title, 'totals') : indicator.title;
    const chunkSeries = firstById(chunk);
    const chunkObservations = observations.filter((o) => chunkSeries.has(o.series));
    return {
      ...base,
      notes: chunkObservations.filter((o) => o.note).map((o) => `${chunkSeries.get(o.series)?.label}, ${labelPeriod(o.period)}: ${o.note}`),
      key: isTotals ? 'series-totals' : 'series',
      title,
      subtitle: `${whenSentence(sequence)}${explain}`,
      ...atBothWidths((width) => lineChartPanels({ categories: groups, series: values }, { format: numberFormat(unit), axisTitle: axisTitle(unit), firstTone: isTotals ? chunks[0]!.length + 1 : 1, width })),
      chartLabel: `Line chart: ${title}`,
      description: values.map((s) => {
        const present = sequence.flatMap((p, i) => (s.values[i] !== null ? [{ period: p, value: s.values[i]! }] : []));
        return trendSentence({ subject: seriesSubject(s.label, unitOf(s.id)), unit: unitOf(s.id), observations: present }) ?? seriesPeriodsSentence(s.label, unitOf(s.id), present);
      }),
      tables: [
        {
          caption: title,
          columns: [{ text: 'Period' }, ...chunk.map((s) => ({ text: s.label, numeric: true }))],
          rows: sequence.map((p) => ({ header: periodCell(p), cells: chunk.map((s) => figureCell(valueOf(s.id, p)?.value, unitOf(s.id))) })),
        },
      ],
      sources: sources(chunkObservations),
    };
  });
}

/**
 * Series whose every figure is the sum of the same two or more other series (KSI = fatal + serious),
 * with the series they add up. Found from the figures, so a table that prints its own totals is
 * charted as parts and totals, never as one stack that counts the parts twice.
 */
export function sumsOfOtherSeries(ids: readonly string[], periods: readonly string[], value: (id: string, period: string) => number | undefined): Map<string, string[]> {
  const found = new Map<string, string[]>();
  if (ids.length < 3 || ids.length > 8) return found;
  for (const id of ids) {
    const others = ids.filter((o) => o !== id);
    // Every subset of the other series of size 2 or more, smallest first.
    const subsets = Array.from({ length: 2 ** others.length }, (_, mask) => others.filter((_, i) => mask & (1 << i)))
      .filter((s) => s.length >= 2)
      .sort((a, b) => a.length - b.length);
    for (const subset of subsets) {
      const adds = periods.every((p) => {
        const total = value(id, p);
        const parts = subset.map((o) => value(o, p));
        return total !== undefined && parts.every((v) => v !== undefined) && Math.abs(parts.reduce((a, v) => a + v!, 0) - total) < 1e-9;
      });
      if (adds) {
        found.set(id, subset);
        break;
      }
    }
  }
  // A series that is itself a part of another total stays with the parts.
  for (const [id] of found) if ([...found.values()].some((parts) => parts.includes(id))) found.delete(id);
  return found;
}

function singleSeriesFigure(indicator: Indicator, observations: Observation[]): FigureModel {
  const { unit } = indicator;
  const sequence = periodSequence(observations.map((o) => o.period));
  const periods = sequence ?? sortByPeriod(observations, (o) => o.period).map((o) => o.period);
  const byPeriod = firstByPeriod(observations);
  const valueAt = (p: string) => byPeriod.get(periodKey(p));
  const values = periods.map((p) => valueAt(p)?.value ?? null);
  const present = observations.map((o) => ({ period: o.period, value: o.value }));
  const line = sequence !== undefined && sequence.length >= 3;
  const categories = periods.map(categoryOf);
  const format = numberFormat(unit);
  const missing = periods.filter((p) => !valueAt(p)).map((p) => labelPeriod(p));
  const noted = observations.filter((o) => o.note);
  const range = periods.length > 2 ? `${labelPeriod(periods[0]!)} to ${labelPeriod(periods[periods.length - 1]!)}` : listOf(periods.map((p) => labelPeriod(p)));
  const description = [
    trendSentence({ subject: subjectOf(indicator), unit, observations: present }) ?? seriesPeriodsSentence(subjectOf(indicator), unit, present),
    missing.length ? `No figure was published for ${listOf(missing)}.` : undefined,
  ].filter((s): s is string => Boolean(s));
  return {
    key: 'series',
    title: indicator.title,
    subtitle: whenSentence(periods),
    ...atBothWidths((width) =>
      line
        ? lineChart({ categories, series: [{ id: 'values', label: indicator.title, values }] }, { format, axisTitle: axisTitle(unit), width })
        : barChart({ categories, values }, { format, axisTitle: axisTitle(unit), highlight: [periods.length - 1], width }),
    ),
    chartLabel: `${line ? 'Line chart' : 'Column chart'}: ${captionFor(indicator.title, range).replace(': ', ', ')}`,
    description,
    tables: [
      {
        caption: captionFor(indicator.title, range),
        columns: [{ text: 'Period' }, { text: unitHeading(unit), numeric: true }, ...(noted.length ? [{ text: 'Note' }] : [])],
        rows: periods.map((p) => ({ header: periodCell(p), cells: [figureCell(valueAt(p)?.value, unit), ...(noted.length ? [{ text: valueAt(p)?.note ?? '' }] : [])] })),
      },
    ],
    notes: [],
    sources: sourcesOf(indicator, observations.map((o) => o.source)),
    lastUpdated: indicator.lastUpdated,
  };
}

/**
 * A figure and what it counts, as a phrase: "11,213 incidents attended" for a count (a gloss after a colon goes in
 * brackets: "2,097 motorists reported (seatbelt offences)"), otherwise "the effective trial rate, 43.8%". A label
 * that starts with a number ("999 emergency calls") keeps its figure after it.
 */
function figurePhrase(label: string, value: number, unit: Unit): string {
  const name = lowerFirst(label.replace(/:\s*(.+)$/, (_, gloss: string) => (gloss.includes('(') ? `, ${gloss}` : ` (${gloss})`)));
  if (unit.kind === 'count' && !/^\d/.test(name)) return `${formatNumber(value, Number.isInteger(value) ? 0 : 1)} ${name}`;
  // "9,000 calls a month (999 emergency calls)": a name that starts with a number never runs into the figure.
  if (/^\d/.test(name)) return `${quantity(value, unit)} (${name})`;
  return `${name}, ${quantity(value, unit)}`;
}

/** Past this many measures, a sentence naming every figure reads as a list: it names the largest and smallest instead. */
const mostFiguresInASentence = 4;

/**
 * The figures of several measures for one period, in a sentence: "In 2014 the figures were 432 KSI casualties and
 * 22 child KSI casualties." With more than a few counts, the largest and smallest: "In 2014 there are figures for
 * ten measures, each in the table. The largest was 11,213 incidents attended, and the smallest 523 people arrested."
 */
export function onePeriodSentences(period: string | undefined, figures: readonly { label: string; value: number | null; unit: Unit }[]): string[] {
  // With no period stated, the sentence names none.
  const when = period === undefined ? '' : `${capitalise(duringPeriod(period))} `;
  const known = figures.filter((f): f is { label: string; value: number; unit: Unit } => f.value !== null);
  const missing = figures.filter((f) => f.value === null).map((f) => lowerFirst(f.label));
  const phrase = (f: (typeof known)[number]) => figurePhrase(f.label, f.value, f.unit);
  if (known.length > mostFiguresInASentence && known.every((f) => f.unit.kind === 'count')) {
    const sorted = [...known].sort((a, b) => b.value - a.value);
    return [
      `${capitalise(`${when}there`)} are figures for ${inWords(known.length)} measures, each in the table below. The largest was ${phrase(sorted[0]!)}, and the smallest was ${phrase(sorted.at(-1)!)}.`,
      ...(missing.length ? [`No figure was published for ${listOf(missing)}.`] : []),
    ];
  }
  return [
    known.length ? capitalise(`${when}the ${known.length === 1 ? 'figure was' : 'figures were'} ${listOf(known.map(phrase))}.`) : undefined,
    missing.length ? `No figure was published for ${listOf(missing)}.` : undefined,
  ].filter((s): s is string => Boolean(s));
}

/**
 * One measure over a few periods, in a sentence: "There were 432 KSI casualties in 2016 and 488 in the 12 months
 * to October 2017." or "Effective trial rate: 43.8% in March 2017 and 28.4% in March 2018."
 */
export function seriesPeriodsSentence(label: string, unit: Unit, figures: readonly { period: string; value: number | null }[]): string {
  const known = figures.filter((f): f is { period: string; value: number } => f.value !== null);
  const missing = figures.filter((f) => f.value === null).map((f) => labelPeriod(f.period));
  const none = missing.length ? ` No figure was published for ${listOf(missing.map((m) => (m.startsWith('12 months') ? `the ${m}` : m)))}.` : '';
  const name = lowerFirst(label.replace(/:\s*/, ', '));
  if (!known.length) return `No figure was published for ${name}.`;
  if (unit.kind === 'count' && name.toLowerCase().includes(unit.of.toLowerCase())) {
    const number = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1);
    const [first, ...rest] = known;
    const tail = rest.map((f) => `${number(f.value)} ${duringPeriod(f.period)}`);
    const more = tail.length === 0 ? '' : tail.length === 1 ? ` and ${tail[0]}` : `, ${tail.slice(0, -1).join(', ')} and ${tail.at(-1)}`;
    return `There ${first!.value === 1 ? 'was' : 'were'} ${number(first!.value)} ${name} ${duringPeriod(first!.period)}${more}.${none}`;
  }
  return `${capitalise(name)}: ${listOf(known.map((f) => `${quantity(f.value, unit)} ${duringPeriod(f.period)}`))}.${none}`;
}
