// Figures of a dashboard indicator: the same month in four years as columns (the dashboard's
// "current month" and the same month 1, 2 and 3 years earlier), and its summary block as tables:
// year to date, rolling 12 months, baseline and the dashboard's Higher / Lower / Comparable ratings.
import type { Indicator, Judgement, Observation } from '../schemas/indicator.ts';
import { fytdChangeOf, monthlyValues, printedRatings, rollingChangeOf, siteRatingRuleText, summaryFigureFields as figureFields, type ReportedFigure, type ReportingFigures } from '../lib/statistics/reporting.ts';
import { assess, assessmentWording, polarityWording } from '../lib/statistics/judgement.ts';
import { addMonths, financialYearToDate, formatMonth, labelPeriod, monthLabel, monthName, monthsLabel, parseMonth, parsePeriod, periodKey, periodYearsEarlier, rolling12MonthsTo, sameMonthYearsEarlier } from '../lib/statistics/periods.ts';
import { changeSentence, judgementSentence, siteRater, duringPeriod, quantity, rollingSentence, sameMonthSentence, subjectOf, trendSentence } from '../lib/text/sentences.ts';
import type { Cell, FigureModel, TableModel } from './figure-model.ts';
import { axisTitle, capitalise, figureCell, figureText, listOf, numberFormat, periodCell, sourcesOf, titled, unitHeading } from './figure-text.ts';
import { firstByPeriod } from './period-index.ts';
import { atBothWidths } from './layout.ts';
import { sameMonthChart } from './same-month-chart.ts';

/**
 * The dashboard's four columns: the reporting month and the same month 1, 2 and 3 years earlier, oldest
 * first. A column with no figure says "No figure published" only where the source printed the columns
 * (a published summary for the month); otherwise the site knows nothing of those months and leaves them out.
 */
export function sameMonthSlots(indicator: Indicator, month: string): { period: string; observation: Observation | undefined }[] {
  // The first figure of each period, however it is written, found in one pass over the figures.
  const byPeriod = firstByPeriod(indicator.observations.filter((o) => o.series === undefined));
  const printed = indicator.summaries.some((s) => s.period === month);
  return [3, 2, 1, 0]
    .map((years) => {
      const period = sameMonthYearsEarlier(month, years);
      return { period, observation: byPeriod.get(periodKey(period)) };
    })
    .filter((slot, i, all) => printed || slot.observation || i === all.length - 1);
}

export function sameMonthFigure(indicator: Indicator, figures: ReportingFigures, shown: Set<Observation>): FigureModel {
  const { unit } = indicator;
  const slots = sameMonthSlots(indicator, figures.month);
  slots.forEach((s) => s.observation && shown.add(s.observation));
  const month = monthName(parseMonth(figures.month).month);
  const years = slots.map((s) => parsePeriod(s.period)).map((p) => (p.kind === 'month' ? p.year : 0));
  const [first, last] = [years[0]!, years.at(-1)!];
  const range = first === last ? `${month} ${last}` : `${month} ${first} to ${month} ${last}`;
  const yearsText = first === last ? `${month} ${last}` : `${month} in each year from ${first} to ${last}`;
  const present = slots.flatMap((s) => (s.observation ? [{ period: s.period, value: s.observation.value }] : []));
  const missing = slots.filter((s) => !s.observation).map((s) => monthLabel(s.period));

  // A 12-month rate (a percentage, a time) is on the same scale as the monthly figures, so it can be drawn across them; a 12-month total cannot.
  const rolling = figures.rolling12Months?.value;
  const showRolling = rolling !== undefined && (unit.kind === 'percent' || unit.kind === 'minutes') && !unit.pointInTime;
  const rollingLabel = `12 months to ${monthLabel(figures.month)}: ${figureText(rolling ?? 0, unit)}`;

  const description = [
    present.length > 2 ? trendSentence({ subject: subjectOf(indicator), unit, observations: present }) : undefined,
    sameMonthSentence(indicator, 1, figures.month),
    missing.length ? `No figure was published for ${listOf(missing)}.` : undefined,
    showRolling ? `The dashed line marks the figure for the ${rollingLabel.replace(':', ',')}.` : undefined,
  ].filter((s): s is string => Boolean(s));
  if (!description.length) description.push(present.map((p) => `${quantity(p.value, unit)} ${duringPeriod(p.period)}`).join('; ') + '.');

  const noted = slots.filter((s) => s.observation?.note);
  const table: TableModel = {
    caption: titled(indicator.title, first === last ? `${month} ${last}` : `${month} figures, ${first} to ${last}`),
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
  if (!hasSummaryFigures(figures)) {
    notes.push(
      figures.published
        ? 'The dashboard prints no year-to-date, 12-month or rating figures for this indicator.'
        : `No summary has been published for ${monthLabel(figures.month)}, and the site does not hold the monthly figures it would need to work out the year to date or the 12 months.`,
    );
  }
  return {
    key: 'same-month',
    title: titled(indicator.title, range),
    // The month alone can move against the rating, which is about the 12 months: say so where there is one.
    subtitle: `Figures for ${yearsText}.${figures.rating && !indicator.unit.pointInTime ? ' Each is the month alone; the rating is about the 12 months.' : ''}`,
    ...atBothWidths((width) =>
      sameMonthChart(
        { points: slots.map((s) => ({ period: s.period, value: s.observation?.value ?? null })) },
        { format: numberFormat(unit), axisTitle: axisTitle(unit), reference: showRolling ? { value: rolling, label: rollingLabel } : undefined, width },
      ),
    ),
    chartLabel: `Column chart: ${indicator.title}, ${range}`,
    description,
    tables: [table],
    notes,
    sources: sourcesOf(indicator, [...slots.flatMap((s) => (s.observation ? [s.observation.source] : [])), ...(figures.published ? [figures.published.source] : [])]),
    lastUpdated: indicator.lastUpdated,
  };
}

/** The monthly figures a computed summary can add up: the 24 months to the reporting month. */
function monthsSummed(indicator: Indicator, month: string): Observation[] {
  const from = formatMonth(addMonths(month, -23));
  return [...monthlyValues(indicator.observations, indicator.series[0]?.id)].filter(([m]) => m >= from && m <= month).map(([, o]) => o);
}

const hasSummaryFigures = (figures: ReportingFigures) => {
  const ratings = printedRatings(figures);
  return figureFields.some((field) => figures[field] !== undefined) || figures.rating !== undefined || Object.values(ratings).some((r) => r !== undefined);
};

/** What a rating means for this indicator: "Worse, because lower is better". */
function meaning(indicator: Indicator, judgement: 'higher' | 'lower' | 'comparable'): string {
  const assessment = assess(indicator.polarity, judgement);
  if (assessment === 'better' || assessment === 'worse') return `${capitalise(assessment)}, because ${polarityWording(indicator.polarity).toLowerCase()}`;
  if (assessment === 'no-clear-change') return capitalise(assessmentWording(assessment));
  return polarityWording(indicator.polarity);
}

/**
 * The summary figures and ratings for a reporting month: as the dashboard printed them, with any figure the
 * site worked out from the monthly figures marked as the site's. `asPublished` titles an earlier month's
 * summary, shown exactly as printed.
 */
export function summaryFigure(indicator: Indicator, figures: ReportingFigures, options: { asPublished?: boolean } = {}): FigureModel | undefined {
  if (!hasSummaryFigures(figures)) return undefined;
  const { unit } = indicator;
  const month = monthLabel(figures.month);
  const pointInTime = unit.pointInTime === true;
  const fytd = financialYearToDate(figures.month);
  const rolling = rolling12MonthsTo(figures.month);
  const published = figures.published;
  const notPublished = 'Not published';
  const computedAny = figureFields.some((field) => figures[field]?.basis === 'computed' || figures[field]?.computed !== undefined);
  const basisCell = (figure: ReportedFigure | undefined): Cell => {
    if (!figure) return { text: published ? '' : 'The site holds too few monthly figures to work it out' };
    // A headcount is not added up: the site takes the month's own figure.
    if (figure.basis === 'computed') return { text: pointInTime ? 'Taken by the site from the monthly figures' : 'Worked out by the site: the sum of the monthly figures' };
    if (figure.computed !== undefined) return { text: `Published by the dashboard. The site’s sum of the monthly figures is ${figureText(figure.computed, unit)}, which does not match` };
    return { text: 'Published by the dashboard' };
  };
  const row = (header: string, figure: ReportedFigure | undefined) => ({
    header: { text: header },
    cells: [figureCell(figure?.value, unit, notPublished), ...(computedAny ? [basisCell(figure)] : [])],
  });
  // Without a published summary there is no source's baseline: the row is the site's previous 12 months.
  const baselineIsComputed = figures.baseline?.basis === 'computed' || (!published && !figures.baseline);
  const table: TableModel = {
    caption: titled(indicator.title, `summary figures for ${month}`),
    columns: [{ text: 'Figure' }, { text: unitHeading(unit), numeric: true }, ...(computedAny ? [{ text: 'Where the figure comes from' }] : [])],
    rows: [
      ...(pointInTime && !figures.fytd && !figures.fytdPreviousYear
        ? []
        : [row(`Financial year to date: ${monthsLabel(fytd)}`, figures.fytd), row(`Same months a year earlier: ${monthsLabel(periodYearsEarlier(fytd, 1))}`, figures.fytdPreviousYear)]),
      row(pointInTime ? `At the end of ${month}` : labelPeriod(rolling), figures.rolling12Months),
      // The dashboard prints only "Baseline", and its baseline is not always the year-earlier figure (999 calls: a
      // baseline of 95.1% against 94.1% a year earlier), so only a baseline the site works out is named for its period.
      row(
        baselineIsComputed
          ? pointInTime
            ? `A year earlier, at the end of ${monthLabel(sameMonthYearsEarlier(figures.month, 1))}`
            : `The previous 12 months: ${labelPeriod(periodYearsEarlier(rolling, 1))}`
          : 'Baseline',
        figures.baseline,
      ),
    ],
  };
  // "Higher: worse, because lower is better", in one column so the table fits a phone.
  const rated = (judgement: 'higher' | 'lower' | 'comparable', printed = capitalise(judgement)): Cell => {
    const what = meaning(indicator, judgement);
    return { text: what === polarityWording(indicator.polarity) ? `${printed} (${what.toLowerCase()})` : `${printed}: ${what.toLowerCase()}` };
  };
  const notRated: Cell = { text: notPublished, missing: true };
  const printed = printedRatings(figures);
  const peer = printed.mostSimilarForces;
  const peerRow = (): { header: Cell; cells: Cell[] } => {
    if (peer === 'below-national-average' || peer === 'above-national-average') {
      const below = peer === 'below-national-average';
      return { header: { text: 'Compared with the national average' }, cells: [rated(below ? 'lower' : 'higher', below ? 'Below the national average' : 'Above the national average')] };
    }
    return { header: { text: 'Compared with the most similar forces' }, cells: [peer ? rated(peer) : notRated] };
  };
  const rating = (header: string, judgement: Judgement | undefined) => ({ header: { text: header }, cells: [judgement ? rated(judgement) : notRated] });
  const site = figures.rating?.basis === 'site';
  const baselineRating = {
    header: { text: site ? (pointInTime ? `${month} against a year earlier` : `The ${labelPeriod(rolling)} against the previous 12 months`) : pointInTime ? `${month} against the baseline` : `The ${labelPeriod(rolling)} against the baseline` },
    cells: [figures.rating ? { text: `${rated(figures.rating.judgement).text}${site ? ' (the site’s own rating)' : ''}` } : notRated],
  };
  // Without a published summary the dashboard rated nothing: list only what the site could rate.
  const ratingRows = published
    ? [rating(`${month} against the average of the previous year`, printed.vsOneYearAverage), rating(`${month} against the average of the previous three years`, printed.vsThreeYearAverage), baselineRating, peerRow()]
    : figures.rating
      ? [baselineRating]
      : [];
  const ratings: TableModel | undefined = ratingRows.length
    ? {
        caption: titled(indicator.title, site ? `ratings for ${month}` : `how the dashboard rates ${month}`),
        columns: [{ text: 'Comparison' }, { text: 'Rating, and what it means' }],
        rows: ratingRows,
      }
    : undefined;
  const f = fytdChangeOf(figures);
  const r = rollingChangeOf(figures);
  const sameAsRolling = f && r && f.from === r.from && f.to === r.to;
  const description = [
    rollingSentence(indicator, figures),
    f && !sameAsRolling ? changeSentence({ subject: subjectOf(indicator), unit, from: { period: f.fromPeriod, value: f.from }, to: { period: f.toPeriod, value: f.to } }) : undefined,
    baselineSentence(indicator, figures),
  ].filter((s): s is string => Boolean(s));
  if (!description.length) {
    description.push(
      published
        ? `The dashboard publishes these figures for ${month}; it gives no pair of figures that can be compared.`
        : `Nothing for ${month} can be compared with a year earlier yet: a comparison needs a figure for every month it covers.`,
    );
  }
  const notes: string[] = [];
  // The source's own words for how far its data runs, instead of the site's guess from the periods.
  if (published?.caption) notes.push(`Printed with these figures: “${published.caption}”.`);
  if (figureFields.some((field) => figures[field]?.basis === 'computed')) {
    notes.push(
      published
        ? `The dashboard’s summary for ${month} leaves some figures out; the site worked those out by adding up the monthly figures it holds, and says so in the table.`
        : `No summary has been published for ${month}. The site worked out these figures by adding up the monthly figures it holds; a figure needs every month it covers.`,
    );
  }
  if (site) notes.push(siteRatingRuleText(unit));
  const subtitle = options.asPublished
    ? `The summary figures and ratings the dashboard published for ${month}, exactly as printed.`
    : published
      ? `Summary figures and ratings for ${month}, as the dashboard publishes them${computedAny || site ? ', with what the site worked out itself marked as such' : ''}.`
      : `Summary figures for ${month}, worked out by the site from the monthly figures.`;
  return {
    key: options.asPublished ? `summary-${figures.month}` : 'summary',
    title: titled(indicator.title, options.asPublished ? `summary for ${month}, as published` : `summary for ${month}`),
    subtitle,
    description,
    tables: ratings ? [table, ratings] : [table],
    notes,
    sources: sourcesOf(indicator, [...(published ? [published.source] : []), ...(computedAny ? monthsSummed(indicator, figures.month).map((o) => o.source) : [])]),
    lastUpdated: indicator.lastUpdated,
  };
}

/**
 * The rating of the 12 months (or the month, for a headcount) in words. The dashboard's own rating is "against
 * the baseline", as it prints it; only a rating the site gives by its own rule is against the previous 12 months
 * (or a year earlier), the figures it compared.
 */
function baselineSentence(indicator: Indicator, figures: ReportingFigures): string | undefined {
  const rating = figures.rating;
  if (!rating) return undefined;
  const pointInTime = indicator.unit.pointInTime === true;
  const site = rating.basis === 'site';
  return judgementSentence({
    polarity: indicator.polarity,
    subject: pointInTime ? monthLabel(figures.month) : `the ${labelPeriod(rolling12MonthsTo(figures.month))}`,
    against: site ? (pointInTime ? monthLabel(sameMonthYearsEarlier(figures.month, 1)) : 'the previous 12 months') : 'the baseline',
    sourceJudgement: rating.judgement,
    judgedBy: site ? siteRater : 'The dashboard',
  });
}
