// Figures of a dashboard indicator: the same month in four years as columns (the dashboard's
// "current month" and the same month 1, 2 and 3 years earlier), and its summary block as tables:
// year to date, rolling 12 months, baseline and the dashboard's Higher / Lower / Comparable ratings.
import type { Indicator, Observation, Summary } from '../schemas/indicator.ts';
import { fytdChange, rollingChange } from '../lib/statistics/change.ts';
import { assess, assessmentWording, polarityWording } from '../lib/statistics/judgement.ts';
import { financialYearToDate, labelPeriod, monthLabel, parsePeriod, periodKey, periodYearsEarlier, rolling12MonthsTo, sameMonthYearsEarlier } from '../lib/statistics/periods.ts';
import { baselineJudgementSentence, changeSentence, duringPeriod, quantity, rollingSentence, sameMonthSentence, subjectOf, trendSentence } from '../lib/text/sentences.ts';
import type { Cell, FigureModel, TableModel } from './figure-model.ts';
import { axisTitle, capitalise, figureCell, figureText, listOf, numberFormat, periodCell, sourcesOf, titled, unitHeading, withoutStop } from './figure-text.ts';
import { firstByPeriod } from './period-index.ts';
import { sameMonthChart } from './same-month-chart.ts';

/** The dashboard's four columns: the reporting month and the same month 1, 2 and 3 years earlier, oldest first. */
export function sameMonthSlots(indicator: Indicator, month: string): { period: string; observation: Observation | undefined }[] {
  // The first figure of each period, however it is written, found in one pass over the figures.
  const byPeriod = firstByPeriod(indicator.observations.filter((o) => o.series === undefined));
  return [3, 2, 1, 0].map((years) => {
    const period = sameMonthYearsEarlier(month, years);
    return { period, observation: byPeriod.get(periodKey(period)) };
  });
}

export function sameMonthFigure(indicator: Indicator, summary: Summary, shown: Set<Observation>): FigureModel {
  const { unit } = indicator;
  const slots = sameMonthSlots(indicator, summary.period);
  slots.forEach((s) => s.observation && shown.add(s.observation));
  const month = monthLabel(summary.period).split(' ')[0]!;
  const years = slots.map((s) => parsePeriod(s.period)).map((p) => (p.kind === 'month' ? p.year : 0));
  const range = `${month} ${years[0]} to ${month} ${years[3]}`;
  const present = slots.flatMap((s) => (s.observation ? [{ period: s.period, value: s.observation.value }] : []));
  const missing = slots.filter((s) => !s.observation).map((s) => monthLabel(s.period));

  // A 12-month rate (a percentage, a time) is on the same scale as the monthly figures, so it can be drawn across them; a 12-month total cannot.
  const rolling = summary.rolling12Months;
  const showRolling = rolling !== undefined && (unit.kind === 'percent' || unit.kind === 'minutes') && !unit.pointInTime;
  const rollingLabel = `12 months to ${monthLabel(summary.period)}: ${figureText(rolling ?? 0, unit)}`;

  const description = [
    present.length > 2 ? trendSentence({ subject: subjectOf(indicator), unit, observations: present }) : undefined,
    sameMonthSentence(indicator, 1),
    missing.length ? `No figure was published for ${listOf(missing)}.` : undefined,
    showRolling ? `The dashed line marks the figure for the ${rollingLabel.replace(':', ',')}.` : undefined,
  ].filter((s): s is string => Boolean(s));
  if (!description.length) description.push(present.map((p) => `${quantity(p.value, unit)} ${duringPeriod(p.period)}`).join('; ') + '.');

  const noted = slots.filter((s) => s.observation?.note);
  const table: TableModel = {
    caption: titled(indicator.title, `${month} figures, ${years[0]} to ${years[3]}`),
    columns: [{ text: 'Month' }, { text: unitHeading(unit), numeric: true }, ...(noted.length ? [{ text: 'Note' }] : [])],
    rows: slots.map((s) => ({
      header: periodCell(s.period),
      cells: [figureCell(s.observation?.value, unit), ...(noted.length ? [{ text: s.observation?.note ?? '' }] : [])],
    })),
  };
  const notes: string[] = [];
  if (indicator.alternatives.length || indicator.observations.some((o) => !shown.has(o))) {
    notes.push('Other published figures for this measure, including any that disagree with these, are listed with their sources under “Other published figures”.');
  }
  if (!hasSummaryFigures(summary)) notes.push('The dashboard prints no year-to-date, 12-month or rating figures for this indicator.');
  return {
    key: 'same-month',
    title: titled(indicator.title, range),
    subtitle: `${withoutStop(indicator.definition)}. Figures for ${month} in each year from ${years[0]} to ${years[3]}.`,
    chart: sameMonthChart(
      { points: slots.map((s) => ({ period: s.period, value: s.observation?.value ?? null })) },
      { format: numberFormat(unit), axisTitle: axisTitle(unit), reference: showRolling ? { value: rolling, label: rollingLabel } : undefined },
    ),
    chartLabel: `Column chart: ${indicator.title}, ${range}`,
    description,
    tables: [table],
    notes,
    sources: sourcesOf(indicator, [...slots.flatMap((s) => (s.observation ? [s.observation.source] : [])), summary.source]),
    lastUpdated: indicator.lastUpdated,
  };
}

const summaryFields = ['fytd', 'fytdPreviousYear', 'rolling12Months', 'baseline', 'vsOneYearAverage', 'vsThreeYearAverage', 'performanceVsBaseline', 'mostSimilarForces'] as const;
const hasSummaryFigures = (summary: Summary) => summaryFields.some((field) => summary[field] !== undefined);

/** What a rating means for this indicator: "Worse, because lower is better". */
function meaning(indicator: Indicator, judgement: 'higher' | 'lower' | 'comparable'): string {
  const assessment = assess(indicator.polarity, judgement);
  if (assessment === 'better' || assessment === 'worse') return `${capitalise(assessment)}, because ${polarityWording(indicator.polarity).toLowerCase()}`;
  if (assessment === 'no-clear-change') return capitalise(assessmentWording(assessment));
  return polarityWording(indicator.polarity);
}

export function summaryFigure(indicator: Indicator, summary: Summary): FigureModel | undefined {
  if (!hasSummaryFigures(summary)) return undefined;
  const { unit } = indicator;
  const month = monthLabel(summary.period);
  const pointInTime = unit.pointInTime === true;
  const fytd = financialYearToDate(summary.period);
  const rolling = rolling12MonthsTo(summary.period);
  const notPublished = 'Not published';
  const figures: TableModel = {
    caption: titled(indicator.title, `summary figures for ${month}`),
    columns: [{ text: 'Figure' }, { text: unitHeading(unit), numeric: true }],
    rows: [
      { header: { text: `Financial year to date: ${labelPeriod(fytd)}` }, cells: [figureCell(summary.fytd, unit, notPublished)] },
      { header: { text: `Same months a year earlier: ${labelPeriod(periodYearsEarlier(fytd, 1))}` }, cells: [figureCell(summary.fytdPreviousYear, unit, notPublished)] },
      { header: { text: pointInTime ? `At the end of ${month}` : labelPeriod(rolling) }, cells: [figureCell(summary.rolling12Months, unit, notPublished)] },
      {
        header: { text: pointInTime ? `Baseline: a year earlier, at the end of ${monthLabel(sameMonthYearsEarlier(summary.period, 1))}` : 'Baseline: the previous 12 months' },
        cells: [figureCell(summary.baseline, unit, notPublished)],
      },
    ],
  };
  // "Higher: worse, because lower is better", in one column so the table fits a phone.
  const rated = (judgement: 'higher' | 'lower' | 'comparable', printed = capitalise(judgement)): Cell => {
    const what = meaning(indicator, judgement);
    return { text: what === polarityWording(indicator.polarity) ? `${printed} (${what.toLowerCase()})` : `${printed}: ${what.toLowerCase()}` };
  };
  const notRated: Cell = { text: notPublished, missing: true };
  const peer = summary.mostSimilarForces;
  const peerRow = (): { header: Cell; cells: Cell[] } => {
    if (peer === 'below-national-average' || peer === 'above-national-average') {
      const below = peer === 'below-national-average';
      return { header: { text: 'Compared with the national average' }, cells: [rated(below ? 'lower' : 'higher', below ? 'Below the national average' : 'Above the national average')] };
    }
    return { header: { text: 'Compared with the most similar forces' }, cells: [peer ? rated(peer) : notRated] };
  };
  const rating = (header: string, judgement: Summary['vsOneYearAverage']) => ({ header: { text: header }, cells: [judgement ? rated(judgement) : notRated] });
  const ratings: TableModel = {
    caption: titled(indicator.title, `how the dashboard rates ${month}`),
    columns: [{ text: 'Comparison' }, { text: 'Rating, and what it means' }],
    rows: [
      rating(`${month} against the average of the previous year`, summary.vsOneYearAverage),
      rating(`${month} against the average of the previous three years`, summary.vsThreeYearAverage),
      rating(pointInTime ? `${month} against a year earlier (the baseline)` : `The ${labelPeriod(rolling)} against the baseline`, summary.performanceVsBaseline),
      peerRow(),
    ],
  };
  const f = fytdChange(summary);
  const r = rollingChange(summary);
  const sameAsRolling = f && r && f.from === r.from && f.to === r.to;
  const description = [
    rollingSentence(indicator),
    f && !sameAsRolling ? changeSentence({ subject: subjectOf(indicator), unit, from: { period: f.fromPeriod, value: f.from }, to: { period: f.toPeriod, value: f.to } }) : undefined,
    baselineJudgementSentence(indicator),
  ].filter((s): s is string => Boolean(s));
  if (!description.length) description.push(`The dashboard publishes these figures for ${month}; it gives no pair of figures that can be compared.`);
  return {
    key: 'summary',
    title: titled(indicator.title, `summary for ${month}`),
    subtitle: `${withoutStop(indicator.definition)}. Summary figures and ratings for ${month}, as the dashboard publishes them.`,
    description,
    tables: [figures, ratings],
    notes: [],
    sources: sourcesOf(indicator, [summary.source]),
    lastUpdated: indicator.lastUpdated,
  };
}
