import { z } from 'zod';
import { linkIssue } from '../lib/validation/link-rules.ts';

/** Calendar-checked ISO date: rejects 2018-13-40 instead of letting it roll over. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date written `YYYY-MM-DD`. YAML parsers may hand us a Date object; it is turned back
 * into the same string so every date in the site is a plain, time-zone-free string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD, for example 2018-05-10' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD, for example 2018-05-10' })
    .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || isRealDate(value), { error: 'must be a real calendar date: check the month (01 to 12) and the day' }),
);

/** A 24-hour clock time written in quotes, for example "14:00". */
export const clockTime = z
  .string({ error: 'must be a time in quotes, written "HH:MM" on the 24-hour clock, for example "14:00"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written "HH:MM" on the 24-hour clock, for example "14:00"' });

/** Lower-case words joined by hyphens: the form used for every id and file name. */
export const slug = z
  .string({ error: 'must be an id made of lower-case letters, digits and hyphens' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case letters, digits and hyphens only, for example business-coordination-board' });

/** Text that must say something. */
export const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/**
 * A web address or a path on this site, by the one rule that Markdown and MDX links follow too
 * (src/lib/validation/link-rules.ts): https:// or http:// with a site name, mailto:, a page starting with one /, or an #anchor.
 */
export const link = z.string({ error: 'must be a web address' }).superRefine((value, ctx) => {
  const issue = linkIssue(value);
  if (issue) ctx.addIssue({ code: 'custom', message: issue });
});

/** A named person and the post they hold. */
export const person = z.strictObject({
  /** Full name as printed in the source. */
  name: text,
  /** Post or role, for example "Chief Executive, Office of the Police and Crime Commissioner". */
  role: text.optional(),
});
export type Person = z.infer<typeof person>;

/** The four strategic themes of the Police and Crime Plan 2017-20. */
export const planTheme = z.enum(['victims', 'offenders', 'communities', 'transformation'], {
  error: 'must be one of victims, offenders, communities, transformation',
});
export type PlanTheme = z.infer<typeof planTheme>;

/** Where a fact on this site comes from: a published document, and where in it. */
export const sourceRef = z.strictObject({
  /** Title of the source document. */
  title: text,
  /** Page, section or paragraph, when useful. */
  location: text.optional(),
  /** A web address for the document, when one is known. */
  url: link.optional(),
  /** For maintainers: the source file and lines the facts were taken from. Not shown on the site. */
  provenance: text.optional(),
  /** Id of the paper on this site that is (or contains) this document, so pages can link to it. */
  paper: slug.optional(),
});
export type SourceRef = z.infer<typeof sourceRef>;

/** A dated note that something already published was corrected. */
export const correction = z.strictObject({
  /** Date the correction was made, for example 2018-06-01. */
  date: isoDate,
  /** What was corrected, in plain words, for example "The start time of the meeting was given as 2pm; it was 2.30pm." */
  note: text,
});
export type Correction = z.infer<typeof correction>;

/** Corrections made after publication, each with its date. Leave out until something is corrected. */
export const corrections = z.array(correction).default([]);
