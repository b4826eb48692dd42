import { z } from 'zod';
import { checkPeriod, formatMonth, formatPeriod, frequencies, frequencyProblem, isPeriod, monthsOf, type Frequency, type Period } from '../lib/statistics/periods.ts';
import { corrections, isoDate, planTheme, slug, sourceRef, text } from './common.ts';

/** What a figure measures. */
export const unitKinds = ['count', 'percent', 'minutes', 'days', 'days-per-person'] as const;

/** Which direction is good. */
export const polarities = ['higher-is-better', 'lower-is-better', 'neither'] as const;

/** A source's judgement of one figure against another (the dashboard prints Higher, Lower, Comparable). */
export const judgements = ['higher', 'lower', 'comparable'] as const;

/** The peer comparison column: most similar forces, or the national average for sickness. */
export const peerJudgements = [...judgements, 'below-national-average', 'above-national-average'] as const;

/** Topics used to group indicators on the site. Add one here before using it in a data file. */
export const indicatorTopics = [
  'victim-satisfaction',
  'crime-outcomes',
  'recorded-crime',
  'domestic-abuse',
  'hate-crime',
  'mental-health',
  'drugs',
  'public-perception',
  'anti-social-behaviour',
  'call-handling',
  'emergency-response',
  'out-of-court-disposals',
  'criminal-justice',
  'citizens-in-policing',
  'road-safety',
  'workforce',
  'arrests-stop-search',
] as const;

/** Period syntax of src/lib/statistics/periods.ts. A bare YAML year (2014) is read as the text "2014". */
export const period = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string({ error: 'must be a period in quotes, for example "2018-03", "2016-17", "2014" or "12m-to-2018-03"' }).superRefine((value, ctx) => {
    const result = checkPeriod(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
  }),
);

/** A period that is a single month, written YYYY-MM. */
export const monthPeriod = period.refine((value) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value), {
  error: 'must be a month written YYYY-MM, for example 2018-03',
});

/**
 * The largest figure published, either way: a trillion. Real figures (crimes, calls, days, pounds) are far
 * smaller, so a bigger one is a slip (extra zeros) or an attack (1e300), and is refused rather than printed.
 */
export const largestFigure = 1e12;

const number = z
  .number({
    error: (issue) =>
      typeof issue.input === 'number'
        ? 'must be a figure: .inf, .nan and Infinity are not numbers the site can publish; write the figure itself, for example 8132 or 14.0'
        : 'must be a number, written without commas or a % sign, for example 8132 or 14.0',
  })
  .refine((value) => Math.abs(value) <= largestFigure, {
    error: 'must be at most 1000000000000 (a trillion) either way: check for extra zeros or an exponent such as 1e300, and write the figure itself, for example 8132',
  });
const nonNegative = number.min(0, { error: 'must not be negative' });
const percentage = number.min(0, { error: 'must be a percentage from 0 to 100' }).max(100, { error: 'must be a percentage from 0 to 100' });
const sourceKey = slug.describe('A key of this file\'s `sources`.');

/** What a figure measures and what is counted. */
export const unitSchema = z.strictObject({
  /** count, percent (0-100), minutes, days (a duration) or days-per-person (days lost per member of staff). */
  kind: z.enum(unitKinds, { error: `must be one of ${unitKinds.join(', ')}` }),
  /** What is counted, or what the figure is a share of, per or about, in the plural: "crimes", "calls", "surveyed victims", "police officers". */
  of: text,
  /** True when each figure is a count at the end of its period, such as a headcount, rather than a total over the period. */
  pointInTime: z.boolean({ error: 'must be true or false' }).optional(),
});
export type Unit = z.infer<typeof unitSchema>;

/** One of several series in a dataset, for example the fatal and the serious collisions of one table. */
export const seriesSchema = z.strictObject({
  /** Id the observations use in their `series` field. */
  id: slug,
  /** Name of the series as a reader sees it, for example "Fatal collisions". */
  label: text,
  /** The series' own unit, when it differs from the dataset's. */
  unit: unitSchema.optional(),
});
export type Series = z.infer<typeof seriesSchema>;

/** One figure for one period. */
export const observationSchema = z.strictObject({
  /** The period the figure covers, in the syntax of src/lib/statistics/periods.ts. */
  period,
  /** The figure, on the unit's scale (82.5 means 82.5%); at most a trillion (1000000000000) either way. */
  value: number,
  /** The series it belongs to, when the dataset has more than one (an id from `series`). */
  series: slug.optional(),
  /** Anything a reader needs to know about this one figure. */
  note: text.optional(),
  /** Where the figure comes from: a key of `sources`. */
  source: sourceKey,
});
export type Observation = z.infer<typeof observationSchema>;

/** The summary block a source publishes for one reporting month (the right-hand columns of the dashboard). */
export const summarySchema = z.strictObject({
  /** The reporting month ("Current Month"): the financial year to date and the rolling 12 months both end in it. */
  period: monthPeriod,
  /** The data-date caption the source prints with the figures, word for word, for example "Victim Satisfaction Survey data to March 2018". Leave out when it prints none. */
  caption: text.optional(),
  /** Financial year to date: April to the reporting month. For a March reporting month, the whole financial year. */
  fytd: number.optional(),
  /** The same months one year earlier ("FYTD - 1 yr"). */
  fytdPreviousYear: number.optional(),
  /** The 12 months ending in the reporting month. For a point-in-time unit, the dashboard prints the figure at the end of the reporting month here. */
  rolling12Months: number.optional(),
  /** What the rolling 12 months is compared with; in the 2018 dashboard, the 12 months before (for a point-in-time unit, the figure a year earlier). */
  baseline: number.optional(),
  /** The source's judgement of the reporting month against the average of the last year. */
  vsOneYearAverage: z.enum(judgements, { error: 'must be higher, lower or comparable' }).optional(),
  /** The source's judgement of the reporting month against the average of the last three years. */
  vsThreeYearAverage: z.enum(judgements, { error: 'must be higher, lower or comparable' }).optional(),
  /** The source's judgement of the rolling 12 months against the baseline ("Performance v Baseline"). */
  performanceVsBaseline: z.enum(judgements, { error: 'must be higher, lower or comparable' }).optional(),
  /** Comparison with the Most Similar Forces group (iQuanta); for sickness, with the national average. */
  mostSimilarForces: z.enum(peerJudgements, { error: `must be one of ${peerJudgements.join(', ')}` }).optional(),
  /** Where the figures come from: a key of `sources`. */
  source: sourceKey,
});
export type Summary = z.infer<typeof summarySchema>;

/** A figure for the same measure from another source that disagrees with this dataset, so the site can show both. */
export const alternativeSchema = z.strictObject({
  /** The period the other source gives the figure for. */
  period,
  /** The figure the other source gives (leave out for a stated change). */
  value: number.optional(),
  /** For a stated change: the earlier period the change is measured from. */
  comparedWith: period.optional(),
  /** For a stated change: the change from `comparedWith` to `period`, in the unit (−75 for "75 fewer"). */
  change: number.optional(),
  /** The other source's words, quoted exactly. */
  statedAs: text.optional(),
  /** Where the figure comes from: a key of `sources`. */
  source: sourceKey,
  /** How it differs from this dataset's figures, in plain English. */
  note: text,
});
export type Alternative = z.infer<typeof alternativeSchema>;

/** One category of a breakdown. */
export const categorySchema = z.strictObject({
  /** Category as printed, for example "18-25" or "Eastern Europe". */
  category: text,
  /** Share of the period total, on the 0-100 scale. */
  percent: percentage,
  /** True for a total the source prints for a group of other categories ("Europe (incl UK)"); subtotals are not added up. */
  subtotal: z.boolean({ error: 'must be true or false' }).default(false),
});
export type Category = z.infer<typeof categorySchema>;

/** A categorical split of a period's total, in percent, for example arrests by age. */
export const breakdownSchema = z.strictObject({
  /** What the total is divided by, for example "age", "ethnicity" or "nationality". */
  dimension: slug,
  /** The period the breakdown covers. */
  period,
  /** The total the percentages are shares of; leave out when the source prints none that fits. */
  total: nonNegative.int({ error: 'must be a whole number' }).optional(),
  /** The categories in the order printed. */
  categories: z.array(categorySchema).min(1, { error: 'must list at least one category' }),
  /** Anything a reader needs to know about this breakdown. */
  note: text.optional(),
  /** Where the figures come from: a key of `sources`. */
  source: sourceKey,
});
export type Breakdown = z.infer<typeof breakdownSchema>;

/** How far the non-subtotal categories of a breakdown may add up away from 100, to allow for rounding. */
export const breakdownTolerance = 0.5;

/** A document an indicator's figures come from. */
export const indicatorSourceSchema = sourceRef.extend({
  /**
   * The last month the document's figures can cover, for a document of a reporting month: 2018-03 for a dashboard "as at
   * 31 March 2018". A figure or summary for a later month cannot come from it, so the check and the import refuse one.
   */
  dataTo: monthPeriod.optional(),
});
export type IndicatorSource = z.infer<typeof indicatorSourceSchema>;

/** An indicator dataset: one measure, its figures over time and what the sources say about it. Its id is the file name. */
export const indicatorSchema = z
  .strictObject({
    /** Name of the measure, in sentence case (GOV.UK style); the import matches a dashboard's printed name whatever its case or dash. */
    title: text,
    /** How generated sentences name the measure, in sentence case, for example "Recorded crime" ("Recorded crime rose 14.0% ..."). Defaults to the title. */
    subject: text.optional(),
    /** Police and Crime Plan theme the dashboard files it under. Leave out for datasets that are not on the dashboard. */
    theme: planTheme.optional(),
    /** Position on the Police and Crime Plan dashboard (1 = first row), for showing it in the printed order. Dashboard indicators only. */
    dashboardPosition: z.number({ error: 'must be a whole number from 1' }).int({ error: 'must be a whole number from 1' }).min(1, { error: 'must be a whole number from 1' }).optional(),
    /** Topics the dataset belongs to. */
    topics: z.array(z.enum(indicatorTopics, { error: `must be one of ${indicatorTopics.join(', ')}` })).min(1, { error: 'must list at least one topic' }),
    /** What the figures measure. */
    unit: unitSchema,
    /**
     * How often the figures are given: monthly (every observation a month, 2018-03), financial-year (2016-17), calendar-year (2014)
     * or rolling-12-months (12m-to-2018-03). A dataset with a summary block is monthly when this is left out. Leave it out when the
     * figures mix periods, such as a month and the 12 months to it.
     */
    frequency: z.enum(frequencies, { error: `must be one of ${frequencies.join(', ')}, or left out when the figures mix periods` }).optional(),
    /** Which direction is good. An editorial choice unless `notes` says the source states it. */
    polarity: z.enum(polarities, { error: `must be one of ${polarities.join(', ')}` }),
    /** What the measure is, in plain English. */
    definition: text,
    /** "Data used", word for word from the dashboard's information sheet. Leave out when the sheet does not list the indicator. */
    dataSource: text.optional(),
    /** "Peer comparison data (iQuanta)", word for word from the information sheet. Leave out when it says n/a. */
    peerSource: text.optional(),
    /** Notes and caveats for readers, one paragraph each: what the sources say about the figures, in words a member of the public can follow. Each is shown on the dataset's page and in its downloads. */
    notes: z.array(text).default([]),
    /** Notes for the people who prepare the figures, one paragraph each: how a figure was read from the source, doubts about the extraction, choices to check. Kept in the repository; never shown on the site, exported or indexed for search. */
    editorNotes: z.array(text).default([]),
    /**
     * True when the source gives no period for the figures ("around 9,000 calls a month"). Each figure's `period` then
     * holds the month of the document, only to file it, and pages say "period not stated" instead of that month.
     */
    periodNotStated: z.boolean({ error: 'must be true or false' }).default(false),
    /** Date the latest figures were published. */
    lastUpdated: isoDate,
    /** Date the next figures are due, only when a source states it. */
    nextUpdate: isoDate.optional(),
    /** The documents the figures come from, by a short key that observations, summaries and alternatives use. */
    sources: z
      .record(slug, indicatorSourceSchema, {
        error: (issue) =>
          issue.code === 'invalid_type'
            ? 'must be a list of sources, each under a short key, for example "dashboard:" with a title'
            : issue.code === 'invalid_key'
              ? 'must be filed under a short key of lower-case letters, digits and hyphens, for example performance-report'
              : undefined,
      })
      .refine((record) => Object.keys(record).length > 0, { error: 'must list at least one source document' }),
    /** The series in this dataset, when there is more than one. */
    series: z.array(seriesSchema).default([]),
    /** The figures, one per period (and series). */
    observations: z.array(observationSchema).default([]),
    /**
     * The summary figures a source publishes, one block per reporting month (oldest first). Each block stays as printed when
     * later months arrive: add a new block for a new month rather than changing an old one.
     */
    summaries: z.array(summarySchema).default([]),
    /** Figures for the same measure from other sources that disagree with these. */
    alternatives: z.array(alternativeSchema).default([]),
    /** Categorical breakdowns of period totals. */
    breakdowns: z.array(breakdownSchema).default([]),
    /** Ids of related datasets, for example the same measure from another source. */
    related: z.array(slug).default([]),
    /** Where each figure was found: seed file and line numbers from the reference extraction. */
    provenance: z.array(text).default([]),
    /** Corrections to figures already published: date and what changed, in plain words. */
    corrections,
  })
  // Checks across fields. They also run when a field above failed, so one run reports everything it can.
  .superRefine((data, ctx) => {
    if (record(data)) checkIndicator(data as unknown as Partial<RawIndicator>, ctx);
  }, { when: () => true });

export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorTopic = (typeof indicatorTopics)[number];
export type Polarity = (typeof polarities)[number];
export type Judgement = (typeof judgements)[number];
export type PeerJudgement = (typeof peerJudgements)[number];

type RawIndicator = {
  theme: unknown;
  frequency: unknown;
  dashboardPosition: unknown;
  unit: unknown;
  sources: unknown;
  series: unknown;
  observations: unknown;
  summaries: unknown;
  alternatives: unknown;
  breakdowns: unknown;
};

type Ctx = { addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void };

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.map((item) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {})) : [];
const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const kindOf = (unit: unknown): string | undefined => {
  const kind = record(unit)?.kind;
  return typeof kind === 'string' ? kind : undefined;
};

/** Checks a value against what its unit allows: percentages 0-100, counts whole and not negative. */
function checkValue(value: unknown, kind: string | undefined, path: PropertyKey[], ctx: Ctx): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) return;
  if (kind === 'percent' && (value < 0 || value > 100)) {
    ctx.addIssue({ code: 'custom', path, message: 'must be a percentage from 0 to 100, because the unit is percent' });
  } else if (value < 0 && kind) {
    ctx.addIssue({ code: 'custom', path, message: `must not be negative: ${kind === 'count' ? 'a count' : `a figure in ${kind.replace(/-/g, ' ')}`} cannot be below 0` });
  } else if (kind === 'count' && !Number.isInteger(value)) {
    ctx.addIssue({ code: 'custom', path, message: 'must be a whole number, because the unit is a count' });
  }
}

function checkIndicator(data: Partial<RawIndicator>, ctx: Ctx): void {
  const sourceKeys = Object.keys(record(data.sources) ?? {});
  const checkSource = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && record(data.sources) && !sourceKeys.includes(value)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: sourceKeys.length ? `must be one of the keys under sources: ${sourceKeys.join(', ')}` : 'must be a key under sources, but sources is empty: add the document there first',
      });
    }
  };

  // A figure cannot come from a document of an earlier reporting month (April's figure from the dashboard as at 31 March).
  const checkDataTo = (source: unknown, period: Period, path: PropertyKey[], what: string) => {
    const dataTo = typeof source === 'string' ? record(record(data.sources)?.[source])?.dataTo : undefined;
    if (typeof dataTo !== 'string' || !isPeriod(dataTo)) return;
    const end = formatMonth(monthsOf(period).end);
    if (end <= dataTo) return;
    ctx.addIssue({
      code: 'custom',
      path,
      message: `must be no later than ${dataTo}, the last month the source "${String(source)}" covers (its dataTo). A ${what} for ${formatPeriod(period)} comes from a later document: add that document under sources, with its own dataTo, and give its key as the source`,
    });
  };

  if (data.dashboardPosition !== undefined && data.theme === undefined) {
    ctx.addIssue({ code: 'custom', path: ['dashboardPosition'], message: 'needs a theme as well: add theme (victims, offenders, communities or transformation), or remove dashboardPosition if the dataset is not on the dashboard' });
  }

  // Series: every observation names a declared series, or none does.
  const series = list(data.series);
  const seriesUnits = new Map<string, string | undefined>();
  series.forEach((s, i) => {
    if (typeof s.id !== 'string') return;
    if (seriesUnits.has(s.id)) ctx.addIssue({ code: 'custom', path: ['series', i, 'id'], message: `must be unique: "${s.id}" is already the id of another series` });
    seriesUnits.set(s.id, kindOf(s.unit) ?? kindOf(data.unit));
  });

  // The frequency the observations must follow: as declared, or monthly for a dashboard dataset with a summary block.
  const declared = typeof data.frequency === 'string' && (frequencies as readonly string[]).includes(data.frequency) ? (data.frequency as Frequency) : undefined;
  const summaries = list(data.summaries);
  const frequency: Frequency | undefined = declared ?? (summaries.length ? 'monthly' : undefined);
  if (declared && declared !== 'monthly' && summaries.length) {
    ctx.addIssue({ code: 'custom', path: ['frequency'], message: 'must be monthly, because the dataset has summary blocks, which report month by month: write frequency: monthly, or remove the summaries' });
  }

  const seen = new Map<string, number>();
  list(data.observations).forEach((o, i) => {
    const name = typeof o.series === 'string' ? o.series : undefined;
    if (series.length && name === undefined) {
      ctx.addIssue({ code: 'custom', path: ['observations', i], message: `must say which series the figure belongs to: add series with one of ${[...seriesUnits.keys()].join(', ')}` });
    } else if (name !== undefined && !seriesUnits.has(name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['observations', i, 'series'],
        message: series.length ? `must be one of the series ids: ${[...seriesUnits.keys()].join(', ')}` : 'must be left out: this dataset has no series (or add a series list)',
      });
    }
    checkValue(o.value, name !== undefined && seriesUnits.has(name) ? seriesUnits.get(name) : kindOf(data.unit), ['observations', i, 'value'], ctx);
    checkSource(o.source, ['observations', i, 'source']);
    if (typeof o.period !== 'string' && typeof o.period !== 'number') return;
    const check = checkPeriod(String(o.period));
    if (!check.ok) return;
    const wrongFrequency = frequency && frequencyProblem(check.period, frequency, declared ? '' : ' (it has summary blocks)');
    checkDataTo(o.source, check.period, ['observations', i, 'period'], 'figure');
    if (wrongFrequency) ctx.addIssue({ code: 'custom', path: ['observations', i, 'period'], message: wrongFrequency });
    // Compare parsed periods so that 2016-17 and FY2016-17 count as the same period.
    const key = `${name ?? ''}|${JSON.stringify(check.period)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['observations', i, 'period'],
        message: `must not repeat a period in one series: observations[${first}] already gives a figure for ${String(o.period)}${name ? ` in series ${name}` : ''}. Remove one, or correct its period`,
      });
    } else seen.set(key, i);
  });

  const summaryAt = new Map<string, number>();
  summaries.forEach((summary, i) => {
    for (const field of ['fytd', 'fytdPreviousYear', 'rolling12Months', 'baseline']) checkValue(summary[field], kindOf(data.unit), ['summaries', i, field], ctx);
    checkSource(summary.source, ['summaries', i, 'source']);
    if (typeof summary.period !== 'string') return;
    const check = checkPeriod(summary.period);
    if (!check.ok) return;
    checkDataTo(summary.source, check.period, ['summaries', i, 'period'], 'summary');
    const first = summaryAt.get(summary.period);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['summaries', i, 'period'],
        message: `must not repeat a reporting month: summaries[${first}] is already the summary for ${summary.period}. Each month's summary is kept as published; correct the one that is there instead`,
      });
    } else summaryAt.set(summary.period, i);
  });

  list(data.alternatives).forEach((a, i) => {
    const hasValue = a.value !== undefined;
    const hasChange = a.change !== undefined || a.comparedWith !== undefined;
    if (hasValue === hasChange) {
      ctx.addIssue({ code: 'custom', path: ['alternatives', i], message: 'must give either value (a figure) or change and comparedWith (a stated change), not both or neither' });
    } else if (hasChange && (a.change === undefined || a.comparedWith === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['alternatives', i], message: `must give ${a.change === undefined ? 'change' : 'comparedWith'} as well: a stated change needs both change and comparedWith` });
    }
    if (hasValue) checkValue(a.value, kindOf(data.unit), ['alternatives', i, 'value'], ctx);
    checkSource(a.source, ['alternatives', i, 'source']);
  });

  const breakdownKeys = new Map<string, number>();
  list(data.breakdowns).forEach((b, i) => {
    checkSource(b.source, ['breakdowns', i, 'source']);
    const key = `${String(b.dimension)}|${String(b.period)}`;
    if (breakdownKeys.has(key)) {
      ctx.addIssue({ code: 'custom', path: ['breakdowns', i, 'period'], message: `must not repeat a breakdown: breakdowns[${breakdownKeys.get(key)}] is already by ${String(b.dimension)} for ${String(b.period)}` });
    } else breakdownKeys.set(key, i);
    const categories = list(b.categories);
    const names = new Set<string>();
    categories.forEach((c, j) => {
      if (typeof c.category !== 'string') return;
      if (names.has(c.category)) ctx.addIssue({ code: 'custom', path: ['breakdowns', i, 'categories', j, 'category'], message: `must not repeat a category: "${c.category}" is already listed` });
      names.add(c.category);
    });
    const parts = categories.filter((c) => c.subtotal !== true).map((c) => c.percent);
    if (parts.length && parts.every((p) => typeof p === 'number')) {
      const sum = (parts as number[]).reduce((total, p) => total + p, 0);
      if (Math.abs(sum - 100) > breakdownTolerance) {
        ctx.addIssue({
          code: 'custom',
          path: ['breakdowns', i, 'categories'],
          message: `must add up to 100% give or take ${breakdownTolerance} for rounding, but the categories that are not subtotals add up to ${Math.round(sum * 10) / 10}%. Check the figures, and mark printed group totals with subtotal: true`,
        });
      }
    }
  });
}
