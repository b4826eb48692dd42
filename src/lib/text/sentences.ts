// Sentences written from the figures, for chart descriptions and summaries. Every number in them
// comes from the data; the words only say which way it moved and whether that is good news.
import { greatest, least } from 'd3-array';
import type { Indicator, Judgement, Polarity, Unit } from '../../schemas/indicator.ts';
import { change, sameMonthChange, type Change, type PeriodValue } from '../statistics/change.ts';
import { reportingFigures, reportingMonth, rollingChangeOf, type ReportingFigures } from '../statistics/reporting.ts';
import { formatNumber, formatPercent, formatPercentagePoints, formatValue } from './format.ts';
import { assessmentWording, judge } from '../statistics/judgement.ts';
import { comparePeriods, formatMonth, isPreviousPeriod, labelPeriod, monthLabel, monthsOf, parsePeriod, periodYearsEarlier, rolling12MonthsTo, sameMonthYearsEarlier } from '../statistics/periods.ts';

/** A figure and the period it is for. */
export interface Point {
  period: string;
  value: number;
}

const prepositions = new Set(['per', 'a', 'an', 'of', 'to', 'in', 'for', 'with', 'at', 'on', 'lost']);
const irregular: Record<string, string> = { people: 'person', children: 'child', men: 'man', women: 'woman' };

function singularWord(word: string): string {
  const lower = word.toLowerCase();
  if (irregular[lower]) return irregular[lower];
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The singular of a plural noun phrase, for a count of one: "casualties" → "casualty", "calls per month" → "call per month". */
export function singular(phrase: string): string {
  const words = phrase.split(' ');
  // The head noun is the last word before the first preposition ("days lost per officer" → "days").
  const stop = words.findIndex((word, i) => i > 0 && prepositions.has(word.toLowerCase()));
  const head = (stop === -1 ? words.length : stop) - 1;
  return words.map((word, i) => (i === head ? singularWord(word) : word)).join(' ');
}

/** "8,132 crimes", "1 crime": a count with its noun. */
export function countOf(value: number, noun: string): string {
  const text = formatNumber(value, Number.isInteger(value) ? 0 : 1);
  return `${text} ${text === '1' ? singular(noun) : noun}`;
}

/** A figure with its unit, as it reads in a sentence: "8,132 crimes", "24.7%", "16 minutes", "9.4 days per police officer". */
export function quantity(value: number, unit: Unit): string {
  if (unit.kind === 'count') return countOf(value, unit.of);
  if (unit.kind === 'days-per-person') return `${formatValue(value, unit)} per ${singular(unit.of)}`;
  return formatValue(value, unit);
}

/** "in March 2018", "in 2014", "in 2016-17", "in the 12 months to March 2018", "between April and December 2017". */
export function duringPeriod(period: string): string {
  const p = parsePeriod(period);
  if (p.kind === 'rolling-12-months') return `in the ${labelPeriod(p)}`;
  if (p.kind === 'financial-year-to-date') {
    const { start, end } = monthsOf(p);
    if (start.year === end.year && start.month === end.month) return `in ${labelPeriod(p)}`;
    return `between ${labelPeriod(p).replace(' to ', ' and ')}`;
  }
  return `in ${labelPeriod(p)}`;
}

/** The month a period ends in, as a label: "March 2018". */
function endOf(period: string): string {
  return monthLabel(monthsOf(period).end);
}

/**
 * When the later figure is for: "in the 12 months to March 2018", plus "compared with March 2017"
 * unless the earlier period is simply the one before. Point-in-time figures (headcounts) are
 * compared "between March 2017 and March 2018".
 */
function when(from: string, to: string, unit: Unit): string {
  if (unit.pointInTime) return `between ${endOf(from)} and ${endOf(to)}`;
  // A year to date has no obvious "previous" period, so say what it is compared with.
  if (parsePeriod(from).kind === 'financial-year-to-date' && periodYearsEarlier(to, 1) === from) return `${duringPeriod(to)}, compared with the same months a year earlier`;
  if (isPreviousPeriod(from, to)) return duringPeriod(to);
  return `${duringPeriod(to)} compared with ${labelPeriod(from)}`;
}

function changeClause(c: Change, unit: Unit): string {
  if (unit.kind === 'percent') {
    const points = formatPercentagePoints(Math.abs(c.absolute));
    return `${c.direction === 'up' ? 'rose' : 'fell'} from ${formatPercent(c.from)} to ${formatPercent(c.to)} (${c.direction === 'up' ? 'up' : 'down'} ${points})`;
  }
  if (unit.kind === 'count' && c.percent !== undefined) {
    const size = countOf(Math.abs(c.absolute), unit.of).replace(/ /, c.direction === 'up' ? ' more ' : ' fewer ');
    return `${c.direction === 'up' ? 'rose' : 'fell'} ${formatPercent(Math.abs(c.percent))} (${size})`;
  }
  return `${c.direction === 'up' ? 'rose' : 'fell'} from ${unit.kind === 'count' ? formatNumber(c.from) : formatValue(c.from, unit).replace(/ .*/, '')} to ${quantity(c.to, unit)}`;
}

/**
 * A sentence about the change between two figures: "Recorded crime rose 14.0% (8,132 more crimes) in
 * the 12 months to March 2018." Percentages change in percentage points; a figure that did not move
 * "was unchanged at ...".
 */
export function changeSentence(input: { subject: string; unit: Unit; from: Point; to: Point }): string {
  const { subject, unit, from, to } = input;
  const c = change(from.value, to.value);
  if (c.direction === 'same') return `${subject} was unchanged at ${quantity(to.value, unit)} ${when(from.period, to.period, unit)}.`;
  return `${subject} ${changeClause(c, unit)} ${when(from.period, to.period, unit)}.`;
}

/**
 * "Killed or seriously injured road casualties fell from 434 in 2010 to 392 in 2014. The lowest was
 * 381 in 2012." Oldest against newest, plus any extreme in between. Undefined for fewer than two
 * figures, or when the periods are of different kinds (a month and a year do not make a trend).
 */
export function trendSentence(input: { subject: string; unit: Unit; observations: readonly PeriodValue[] }): string | undefined {
  const points = [...input.observations].sort((a, b) => comparePeriods(a.period, b.period));
  if (points.length < 2 || new Set(points.map((p) => parsePeriod(p.period).kind)).size > 1) return undefined;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const { subject, unit } = input;
  const figure = (value: number) => (unit.kind === 'count' ? formatNumber(value, Number.isInteger(value) ? 0 : 1) : formatValue(value, unit));
  const at = (p: PeriodValue) => `${figure(p.value)} ${duringPeriod(p.period)}`;
  const sentences = [
    last.value === first.value
      ? `${subject} was ${quantity(last.value, unit)} ${duringPeriod(last.period)}, the same as ${duringPeriod(first.period)}.`
      : `${subject} ${last.value > first.value ? 'rose' : 'fell'} from ${at(first)} to ${at(last)}.`,
  ];
  const inner = points.slice(1, -1);
  const high = greatest(inner, (p) => p.value);
  const low = least(inner, (p) => p.value);
  if (high && high.value > Math.max(first.value, last.value)) sentences.push(`The highest was ${at(high)}.`);
  if (low && low.value < Math.min(first.value, last.value)) sentences.push(`The lowest was ${at(low)}.`);
  return sentences.join(' ');
}

/** How a generated sentence names an indicator: its `subject`, or its title. */
export function subjectOf(indicator: Pick<Indicator, 'title' | 'subject'>): string {
  return indicator.subject ?? indicator.title;
}

type Reported = Pick<Indicator, 'title' | 'subject' | 'unit' | 'polarity' | 'summaries' | 'observations' | 'series'>;

/**
 * The rolling 12 months against the baseline, for the reporting month (or the figures given):
 * "Anti-social behaviour incidents fell 19.4% (4,762 fewer incidents) in the 12 months to March 2018."
 * Figures the site worked out itself are said to be so.
 */
export function rollingSentence(indicator: Reported, figures: ReportingFigures | undefined = reportingFigures(indicator)): string | undefined {
  const c = figures && rollingChangeOf(figures);
  if (!c) return undefined;
  // The source's "Baseline" is what it compares with; it does not say it is the year before, and it need not be.
  if (figures.baseline?.basis === 'published') return againstBaselineSentence(subjectOf(indicator), indicator.unit, c);
  const sentence = changeSentence({ subject: subjectOf(indicator), unit: indicator.unit, from: { period: c.fromPeriod, value: c.from }, to: { period: c.toPeriod, value: c.to } });
  return c.basis === 'computed' ? `${sentence} The site worked this out by adding up the monthly figures.` : sentence;
}

/**
 * A figure against a source's baseline: "Recorded crime, in the 12 months to March 2018: 14.0% higher than the
 * baseline, at 66,192 crimes against 58,060 (8,132 more)." Percentages differ in percentage points. The subject
 * comes first, with no verb, so that neither its capitals nor its number ("incidents were") can go wrong.
 */
export function againstBaselineSentence(subject: string, unit: Unit, c: Change & { toPeriod: string }): string {
  const during = duringPeriod(c.toPeriod);
  if (c.direction === 'same') return `${subject}, ${during}: the same as the baseline, at ${quantity(c.to, unit)}.`;
  // A count up from zero has no percentage change: its size is the difference itself.
  const size = changeSize(unit, c) ?? `${quantity(Math.abs(c.absolute), unit)} ${c.absolute > 0 ? 'higher' : 'lower'}`;
  const difference = unit.kind === 'count' ? ` (${formatNumber(Math.abs(c.absolute), Number.isInteger(c.absolute) ? 0 : 1)} ${c.absolute > 0 ? 'more' : 'fewer'})` : '';
  return `${subject}, ${during}: ${size} than the baseline, ${atAgainst(unit, c)}${difference}.`;
}

/**
 * The size and way of a change on the unit's own terms: "14.0% higher", "4.1 percentage points lower" (with `points`,
 * "4.1 points lower", for a narrow table cell). Undefined for no change, or a count up from zero, which has no
 * percentage change.
 */
export function changeSize(unit: Pick<Unit, 'kind'>, change: Pick<Change, 'absolute' | 'percent'>, points = false): string | undefined {
  if (change.absolute === 0) return undefined;
  const way = change.absolute > 0 ? 'higher' : 'lower';
  if (unit.kind === 'percent') return points ? `${formatNumber(Math.abs(change.absolute), 1)} points ${way}` : `${formatPercentagePoints(Math.abs(change.absolute))} ${way}`;
  if (change.percent === undefined) return undefined;
  return `${formatPercent(Math.abs(change.percent))} ${way}`;
}

/** A figure and the one it is compared with, the unit said once: "at 2,118 crimes against 1,552", "at 93.8% against 95.1%". */
export function atAgainst(unit: Unit, change: Pick<Change, 'from' | 'to'>): string {
  const earlier = unit.kind === 'count' ? formatNumber(change.from, Number.isInteger(change.from) ? 0 : 1) : quantity(change.from, unit);
  return `at ${quantity(change.to, unit)} against ${earlier}`;
}

/** The text with its first letter a capital: for words that may open a sentence or a cell. */
export const capitalise = (text: string): string => (text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text);

/** The latest month against the same month some years earlier: "Recorded crime fell 13.1% (749 fewer crimes) in March 2018 compared with March 2017." */
export function sameMonthSentence(indicator: Reported, yearsEarlier = 1, month: string | undefined = reportingMonth(indicator)): string | undefined {
  if (!month) return undefined;
  const c = sameMonthChange(indicator.observations, month, yearsEarlier);
  if (!c) return undefined;
  return changeSentence({ subject: subjectOf(indicator), unit: indicator.unit, from: { period: c.fromPeriod, value: c.from }, to: { period: c.toPeriod, value: c.to } });
}

const because: Record<Polarity, string> = {
  'higher-is-better': 'because higher is better',
  'lower-is-better': 'because lower is better',
  neither: '',
};

/**
 * What a judgement means, in a sentence: "The dashboard rates the 12 months to March 2018 as higher
 * than the previous 12 months, which is worse because lower is better." The source's own judgement
 * is used when given; otherwise the figures are compared and the sentence says so.
 */
export function judgementSentence(input: {
  polarity: Polarity;
  /** What is judged, for example "the 12 months to March 2018". */
  subject: string;
  /** What it is judged against, for example "the previous 12 months". */
  against: string;
  sourceJudgement?: Judgement | undefined;
  /** The source that judged, for example "The dashboard". */
  judgedBy?: string;
  change?: Pick<Change, 'absolute'> | undefined;
}): string | undefined {
  const verdict = judge({ polarity: input.polarity, sourceJudgement: input.sourceJudgement, change: input.change });
  if (!verdict) return undefined;
  const opening =
    input.judgedBy === siteRater
      ? `By the site’s own rating, ${input.subject} is`
      : verdict.basis === 'source'
        ? `${input.judgedBy ?? 'The source'} rates ${input.subject} as`
        : `On the figures, ${input.subject} is`;
  const compared = verdict.judgement === 'comparable' ? `comparable with ${input.against}` : `${verdict.judgement} than ${input.against}`;
  if (verdict.assessment === 'no-clear-change') return `${opening} ${compared}: no clear change.`;
  if (input.polarity === 'neither') return `${opening} ${compared}; neither higher nor lower is better in itself.`;
  return `${opening} ${compared}, which is ${assessmentWording(verdict.assessment)} ${because[input.polarity]}.`;
}

/** Passed as judgedBy for a rating the site gave by its own rule. */
export const siteRater = 'the site';

const sameMonthLabel = (month: string) => monthLabel(sameMonthYearsEarlier(month, 1));

/**
 * The rating of the 12 months against the baseline in words: the dashboard's "Performance v Baseline" where it
 * published one for the month, otherwise the site's own rating (siteRatingRule), said to be the site's.
 */
export function baselineJudgementSentence(indicator: Reported, figures: ReportingFigures | undefined = reportingFigures(indicator), judgedBy = 'The dashboard'): string | undefined {
  const rating = figures?.rating;
  if (!figures || !rating) return undefined;
  const pointInTime = indicator.unit.pointInTime === true;
  const subject = pointInTime ? monthLabel(figures.month) : `the ${labelPeriod(rolling12MonthsTo(figures.month))}`;
  const against = pointInTime ? sameMonthLabel(figures.month) : 'the previous 12 months';
  return judgementSentence({
    polarity: indicator.polarity,
    subject,
    against,
    sourceJudgement: rating.judgement,
    judgedBy: rating.basis === 'source' ? judgedBy : siteRater,
  });
}

const monthNumbers = new Map(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((name, i) => [name, i + 1]));

/** The month a "Data used" entry says its data runs to ("… Data to September 2017" → 2017-09), if it says one. */
export function dataUsedTo(dataSource: string): string | undefined {
  const match = /\bdata to (january|february|march|april|may|june|july|august|september|october|november|december) (\d{4})\s*\.?\s*$/i.exec(dataSource);
  if (!match) return undefined;
  return `${match[2]}-${String(monthNumbers.get(match[1]!.toLowerCase())).padStart(2, '0')}`;
}

/**
 * Said once for the whole dashboard, rather than on every indicator: how many datasets' "Data used" entries
 * date their data earlier than the latest figures the dataset holds, for example "to September 2017" for
 * figures to March 2018. Undefined when none does.
 */
export function dataUsedSentence(datasets: readonly Pick<Indicator, 'dataSource' | 'observations' | 'summaries'>[]): string | undefined {
  const byMonth = new Map<string, number>();
  for (const dataset of datasets) {
    const stated = dataset.dataSource && dataUsedTo(dataset.dataSource);
    if (!stated) continue;
    const periods = [...dataset.observations.map((o) => o.period), ...dataset.summaries.map((s) => s.period)];
    const latest = periods.map((p) => formatMonth(monthsOf(p).end)).sort().at(-1);
    if (latest && latest > stated) byMonth.set(stated, (byMonth.get(stated) ?? 0) + 1);
  }
  if (byMonth.size === 0) return undefined;
  const groups = [...byMonth].sort(([a, m], [b, n]) => n - m || b.localeCompare(a));
  const clauses = groups.map(([month, count], i) => `${i === 0 ? `${count === 1 ? 'one dataset' : `${formatNumber(count)} datasets`} as running` : `${count === 1 ? 'one' : formatNumber(count)}`} “to ${monthLabel(month)}”`);
  const listed = clauses.length === 1 ? clauses[0] : `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)}`;
  return `The dashboard’s information sheet gives the data used for ${listed}, although each of them has figures for later months. Each indicator page quotes the sheet as printed, under “Data used”.`;
}

/**
 * Which datasets' latest figures stop before the latest month of the others, written from their own periods:
 * "Not every indicator has figures to March 2018: “A” and “B” run to December 2017, and “C” runs to June 2017."
 * Undefined when every dataset with a summary ends in the same month.
 */
export function earlierPeriodsSentence(datasets: readonly Pick<Indicator, 'title' | 'summaries' | 'observations' | 'series'>[]): string | undefined {
  const ends = datasets.flatMap((d) => {
    const month = d.summaries.length ? reportingMonth(d) : undefined;
    return month ? [{ title: d.title, end: month }] : [];
  });
  const latest = ends.map((e) => e.end).sort().at(-1);
  if (!latest) return undefined;
  const byEnd = new Map<string, string[]>();
  for (const { title, end } of ends) if (end < latest) byEnd.set(end, [...(byEnd.get(end) ?? []), title]);
  if (byEnd.size === 0) return undefined;
  const list = (items: readonly string[], last: string) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`);
  const clauses = [...byEnd]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([end, titles]) => `${list(titles.map((t) => `“${t}”`), ' and ')} ${titles.length === 1 ? 'runs' : 'run'} to ${monthLabel(end)}`);
  return `Not every indicator has figures to ${monthLabel(latest)}: ${list(clauses, ', and ')}.`;
}
