/**
 * Periods that indicator figures refer to, written as short strings in the data files.
 *
 * | written            | kind                   | means                                        | label                    |
 * |--------------------|------------------------|----------------------------------------------|--------------------------|
 * | `2018-03`          | month                  | March 2018                                   | March 2018               |
 * | `2016-17`          | financial year         | April 2016 to March 2017 (UK financial year) | 2016-17                  |
 * | `FY2010-11`        | financial year         | the same, with an explicit prefix            | 2010-11                  |
 * | `2014`             | calendar year          | January to December 2014                     | 2014                     |
 * | `12m-to-2018-03`   | rolling 12 months      | April 2017 to March 2018                     | 12 months to March 2018  |
 * | `fytd-to-2017-12`  | financial year to date | April 2017 to December 2017                  | April to December 2017   |
 *
 * `YYYY-NN` is read as a month whenever NN is 01-12, and as a financial year when NN is the
 * last two digits of the next year. The two readings collide for 2000-01 to 2011-12
 * (`2010-11` could be November 2010), so those financial years must be written with the
 * `FY` prefix; `formatPeriod` adds it where it is needed and leaves it off elsewhere.
 */

/** A month, counted from January = 1. */
export interface Month {
  year: number;
  month: number;
}

/** A parsed period. Months are 1-12; a financial year is named by the year it starts in. */
export type Period =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'financial-year'; startYear: number }
  | { kind: 'calendar-year'; year: number }
  | { kind: 'rolling-12-months'; end: Month }
  | { kind: 'financial-year-to-date'; end: Month };

/** The kinds of period, in the order they are listed in the documentation. */
export type PeriodKind = Period['kind'];

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The message used when a period cannot be read: says every form that is allowed. */
export const periodSyntaxMessage =
  'must be a period written YYYY-MM (a month, 2018-03), YYYY-YY (a financial year, 2016-17), YYYY (a calendar year, 2014), 12m-to-YYYY-MM (the 12 months to a month, 12m-to-2018-03) or fytd-to-YYYY-MM (the financial year to date, fytd-to-2017-12)';

const two = (n: number) => String(n).padStart(2, '0');
const isMonthNumber = (n: number) => Number.isInteger(n) && n >= 1 && n <= 12;

function readMonth(text: string): Month | string {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return periodSyntaxMessage;
  const month = { year: Number(match[1]), month: Number(match[2]) };
  if (!isMonthNumber(month.month)) return `must name a real month: months run from 01 to 12, so ${text} does not exist`;
  return month;
}

/** What checkPeriod says about a text: the period, or what is wrong with it. */
export type PeriodCheck = { ok: true; period: Period } | { ok: false; message: string };

function readPeriod(text: string): PeriodCheck {
  const value = text.trim();
  let match: RegExpExecArray | null;
  if (/^\d{4}$/.test(value)) return { ok: true, period: { kind: 'calendar-year', year: Number(value) } };
  if ((match = /^(12m|fytd)-to-(.*)$/.exec(value))) {
    const end = readMonth(match[2]!);
    if (typeof end === 'string') return { ok: false, message: end };
    return { ok: true, period: { kind: match[1] === '12m' ? 'rolling-12-months' : 'financial-year-to-date', end } };
  }
  if ((match = /^FY(\d{4})-(\d{2})$/i.exec(value))) {
    const startYear = Number(match[1]);
    if (Number(match[2]) !== (startYear + 1) % 100) {
      return { ok: false, message: `must be a financial year whose second year follows the first, for example FY${startYear}-${two((startYear + 1) % 100)}` };
    }
    return { ok: true, period: { kind: 'financial-year', startYear } };
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) {
    const year = Number(match[1]);
    const second = Number(match[2]);
    if (isMonthNumber(second)) return { ok: true, period: { kind: 'month', year, month: second } };
    if (second === (year + 1) % 100) return { ok: true, period: { kind: 'financial-year', startYear: year } };
    return {
      ok: false,
      message: `must be a real month or financial year: ${value} is neither (months run from 01 to 12, and a financial year's second year follows the first, for example ${year}-${two((year + 1) % 100)})`,
    };
  }
  return { ok: false, message: periodSyntaxMessage };
}

// A site reads the same few hundred period strings over and over (every observation of every
// dataset, in every chart and sentence), so each text is read once. The answers are frozen, since
// they are shared, and the memo is bounded: when full it starts again, so odd input cannot grow it.
const memoLimit = 10_000;
const memo = new Map<string, { check: PeriodCheck; key?: string }>();

function remembered(text: string): { check: PeriodCheck; key?: string } {
  let entry = memo.get(text);
  if (!entry) {
    const check = readPeriod(text);
    if (check.ok) {
      if ('end' in check.period) Object.freeze(check.period.end);
      Object.freeze(check.period);
    }
    entry = { check: Object.freeze(check) };
    if (memo.size >= memoLimit) memo.clear();
    memo.set(text, entry);
  }
  return entry;
}

/** Read a period, or say what is wrong with it in the words of a schema message ("must be ..."). The answer is shared and frozen. */
export function checkPeriod(text: string): PeriodCheck {
  return remembered(text).check;
}

/**
 * One key for each period, however it is written: 2016-17 and FY2016-17 have the same key, and two
 * periods are the same exactly when their parsed forms are. Throws a RangeError, as parsePeriod does,
 * for a text that is not a period.
 */
export function periodKey(period: string | Period): string {
  if (typeof period !== 'string') return JSON.stringify(period);
  const entry = remembered(period);
  if (entry.key === undefined) entry.key = JSON.stringify(parsePeriod(period));
  return entry.key;
}

/** Read a period written in the data-file syntax; throws a RangeError saying what is wrong. */
export function parsePeriod(text: string | Period): Period {
  if (typeof text !== 'string') return text;
  const result = checkPeriod(text);
  if (!result.ok) throw new RangeError(`"${text}" ${result.message}`);
  return result.period;
}

/** True when the text is a period in the data-file syntax. */
export function isPeriod(text: string): boolean {
  return checkPeriod(text).ok;
}

/** A month written YYYY-MM. */
export function formatMonth(month: Month): string {
  return `${month.year}-${two(month.month)}`;
}

/** Read a month written YYYY-MM; throws a RangeError otherwise. */
export function parseMonth(text: string): Month {
  const period = parsePeriod(text);
  if (period.kind !== 'month') throw new RangeError(`"${text}" must be a month written YYYY-MM, for example 2018-03`);
  return { year: period.year, month: period.month };
}

/** Write a period in the data-file syntax (the inverse of parsePeriod). */
export function formatPeriod(period: Period | string): string {
  const p = parsePeriod(period);
  switch (p.kind) {
    case 'month':
      return formatMonth(p);
    case 'calendar-year':
      return String(p.year);
    case 'financial-year': {
      const second = (p.startYear + 1) % 100;
      return `${isMonthNumber(second) ? 'FY' : ''}${p.startYear}-${two(second)}`;
    }
    case 'rolling-12-months':
      return `12m-to-${formatMonth(p.end)}`;
    case 'financial-year-to-date':
      return `fytd-to-${formatMonth(p.end)}`;
  }
}

/** The name of a month, 1 to 12: "March". */
export const monthName = (month: number): string => monthNames[month - 1]!;

/** "March 2018". */
export function monthLabel(month: Month | string): string {
  const m = typeof month === 'string' ? parseMonth(month) : month;
  return `${monthName(m.month)} ${m.year}`;
}

/**
 * Label a period in UK style, saying which kind of period it is: "March 2018", "financial year 2016-17", "2014",
 * "12 months to March 2018", "April to December 2017", "April 2018 (financial year to date)".
 */
export function labelPeriod(period: Period | string): string {
  const p = parsePeriod(period);
  switch (p.kind) {
    case 'month':
      return monthLabel(p);
    case 'calendar-year':
      return String(p.year);
    case 'financial-year':
      return `financial year ${shortPeriodLabel(p)}`;
    case 'rolling-12-months':
      return `12 months to ${monthLabel(p.end)}`;
    case 'financial-year-to-date': {
      const start = monthsOf(p).start;
      // April alone is still a span of the financial year, so it never reads as the month on its own.
      if (start.year === p.end.year) return start.month === p.end.month ? `${monthLabel(p.end)} (financial year to date)` : `April to ${monthLabel(p.end)}`;
      return `April ${start.year} to ${monthLabel(p.end)}`;
    }
  }
}

/** The months a period covers, without naming its kind: "April 2018", "April to June 2018", "April 2017 to March 2018". */
export function monthsLabel(period: Period | string): string {
  const { start, end } = monthsOf(period);
  if (start.year === end.year && start.month === end.month) return monthLabel(end);
  return start.year === end.year ? `${monthName(start.month)} to ${monthLabel(end)}` : `${monthLabel(start)} to ${monthLabel(end)}`;
}

/** A label for a place that already says the kind of period (a chart's bars, "each financial year from … to …"): "2016-17" for a financial year, otherwise labelPeriod. */
export function shortPeriodLabel(period: Period | string): string {
  const p = parsePeriod(period);
  return p.kind === 'financial-year' ? `${p.startYear}-${two((p.startYear + 1) % 100)}` : labelPeriod(p);
}

/** Count of months from January of year 0, so months can be compared and shifted. */
function index(month: Month): number {
  return month.year * 12 + (month.month - 1);
}

function fromIndex(i: number): Month {
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** The month `count` months after (or, when negative, before) a month. */
export function addMonths(month: Month | string, count: number): Month {
  const m = typeof month === 'string' ? parseMonth(month) : month;
  return fromIndex(index(m) + count);
}

/** The same month a number of years earlier, written YYYY-MM: sameMonthYearsEarlier("2018-03", 1) is "2017-03". */
export function sameMonthYearsEarlier(month: Month | string, years: number): string {
  return formatMonth(addMonths(month, -12 * years));
}

/** The UK financial year (April to March) a month falls in, written YYYY-YY: 2018-03 is in 2017-18. */
export function financialYearOf(month: Month | string): string {
  const m = typeof month === 'string' ? parseMonth(month) : month;
  return formatPeriod({ kind: 'financial-year', startYear: m.month >= 4 ? m.year : m.year - 1 });
}

/** The first and last month a period covers. */
export function monthsOf(period: Period | string): { start: Month; end: Month } {
  const p = parsePeriod(period);
  switch (p.kind) {
    case 'month':
      return { start: { year: p.year, month: p.month }, end: { year: p.year, month: p.month } };
    case 'calendar-year':
      return { start: { year: p.year, month: 1 }, end: { year: p.year, month: 12 } };
    case 'financial-year':
      return { start: { year: p.startYear, month: 4 }, end: { year: p.startYear + 1, month: 3 } };
    case 'rolling-12-months':
      return { start: addMonths(p.end, -11), end: p.end };
    case 'financial-year-to-date':
      return { start: { year: p.end.month >= 4 ? p.end.year : p.end.year - 1, month: 4 }, end: p.end };
  }
}

/** How many months a period covers. */
export function monthCount(period: Period | string): number {
  const { start, end } = monthsOf(period);
  return index(end) - index(start) + 1;
}

/** Order periods by the month they end in, then longest first, so a series sorts oldest to newest. */
export function comparePeriods(a: Period | string, b: Period | string): number {
  const ma = monthsOf(a);
  const mb = monthsOf(b);
  return index(ma.end) - index(mb.end) || index(ma.start) - index(mb.start);
}

/** Shift a period by whole years, keeping its kind: 12m-to-2018-03 one year earlier is 12m-to-2017-03. */
export function periodYearsEarlier(period: Period | string, years: number): string {
  const p = parsePeriod(period);
  switch (p.kind) {
    case 'month':
      return sameMonthYearsEarlier(p, years);
    case 'calendar-year':
      return String(p.year - years);
    case 'financial-year':
      return formatPeriod({ kind: 'financial-year', startYear: p.startYear - years });
    case 'rolling-12-months':
    case 'financial-year-to-date':
      return formatPeriod({ kind: p.kind, end: addMonths(p.end, -12 * years) });
  }
}

/** The period of the same kind and length that ends just before this one starts (the month before a month, the year before a year). */
export function previousPeriod(period: Period | string): string {
  const p = parsePeriod(period);
  if (p.kind === 'month') return formatMonth(addMonths(p, -1));
  return periodYearsEarlier(p, 1);
}

/** True when `earlier` is the period of the same kind immediately before `later`. */
export function isPreviousPeriod(earlier: Period | string, later: Period | string): boolean {
  const a = parsePeriod(earlier);
  const b = parsePeriod(later);
  return a.kind === b.kind && formatPeriod(a) === previousPeriod(b);
}

/** The rolling 12 months ending in a month: rolling12MonthsTo("2018-03") is "12m-to-2018-03". */
export function rolling12MonthsTo(month: Month | string): string {
  const m = typeof month === 'string' ? parseMonth(month) : month;
  return formatPeriod({ kind: 'rolling-12-months', end: m });
}

/** The financial year to date ending in a month: financialYearToDate("2017-12") is "fytd-to-2017-12" (April to December 2017). */
export function financialYearToDate(month: Month | string): string {
  const m = typeof month === 'string' ? parseMonth(month) : month;
  return formatPeriod({ kind: 'financial-year-to-date', end: m });
}

/** How often a dataset gives a figure: each frequency is one kind of period. */
export const frequencies = ['monthly', 'financial-year', 'calendar-year', 'rolling-12-months'] as const;
export type Frequency = (typeof frequencies)[number];

const kindOfFrequency: Record<Frequency, PeriodKind> = {
  monthly: 'month',
  'financial-year': 'financial-year',
  'calendar-year': 'calendar-year',
  'rolling-12-months': 'rolling-12-months',
};

const kindNames: Record<PeriodKind, string> = {
  month: 'a month',
  'financial-year': 'a financial year',
  'calendar-year': 'a calendar year',
  'rolling-12-months': 'a rolling 12 months',
  'financial-year-to-date': 'a financial year to date',
};

const frequencyNames: Record<Frequency, string> = {
  monthly: 'monthly',
  'financial-year': 'by financial year',
  'calendar-year': 'by calendar year',
  'rolling-12-months': 'by rolling 12 months',
};

/** The period of a kind that holds the last month of `period`: what an author most likely meant. */
function sameEnd(period: Period, kind: PeriodKind): string {
  const { end } = monthsOf(period);
  switch (kind) {
    case 'month':
      return formatMonth(end);
    case 'financial-year':
      return financialYearOf(end);
    case 'calendar-year':
      return String(end.year);
    case 'rolling-12-months':
      return rolling12MonthsTo(end);
    case 'financial-year-to-date':
      return financialYearToDate(end);
  }
}

/**
 * Why a period does not fit a dataset's frequency, in the words of a schema message ("must be ..."), or
 * undefined when it fits: "2015-16" in a monthly dataset is refused, with 2016-03 (its last month) as the example.
 * `why` follows the frequency in the message, for example " (it has a summary block)".
 */
export function frequencyProblem(period: string | Period, frequency: Frequency, why = ''): string | undefined {
  const p = parsePeriod(period);
  const wanted = kindOfFrequency[frequency];
  if (p.kind === wanted) return undefined;
  const written = typeof period === 'string' ? period : formatPeriod(p);
  const example = sameEnd(p, wanted);
  const hint =
    wanted === 'month'
      ? `the last month of ${written}`
      : wanted === 'rolling-12-months'
        ? `the 12 months to the last month of ${written}`
        : `the ${kindNames[wanted].replace(/^an? /, '')} that the last month of ${written} falls in`;
  return `must be ${kindNames[wanted]}, because this dataset is ${frequencyNames[frequency]}${why}, but ${written} is ${kindNames[p.kind]}: write the ${kindNames[wanted].replace(/^an? /, '')} the figure is for, for example ${example} (${hint})`;
}
