import { z } from 'zod';
import { paths } from '../lib/build/urls.ts';
import { link, slug, text } from './common.ts';

/** Site paths that take no argument (paths.meetings, paths.papers, ...): the places a requirement can live. */
export const sectionPaths = Object.entries(paths)
  .filter(([, build]) => build.length === 0)
  .map(([name]) => name)
  .sort();

/** A document this index relies on, with what was checked in it. */
export const citationSchema = z.strictObject({
  /** Title of the document. */
  title: text,
  /** Where to read it. */
  url: link.optional(),
  /** What was checked in it, and how. */
  note: text.optional(),
});

/**
 * How the date a requirement was last published is computed from the content, so that adding a paper
 * or meeting moves it without anyone editing the index.
 */
export const publicationRuleSchema = z.discriminatedUnion(
  'kind',
  [
    /** Nothing on this site meets the requirement. */
    z.strictObject({ kind: z.literal('none') }),
    /** The newest meeting: any (with: any), only those with a published agenda, or only those with minutes. */
    z.strictObject({ kind: z.literal('latest-meeting'), with: z.enum(['any', 'agenda', 'minutes'], { error: 'must be any, agenda or minutes' }).default('any') }),
    /** The newest published paper, of any board unless one is named. */
    z.strictObject({ kind: z.literal('latest-paper'), board: slug.optional() }),
    /** The newest entry in the decisions register. */
    z.strictObject({ kind: z.literal('latest-decision') }),
    /** The newest inspection report, of one programme (for example PEEL) when one is named. */
    z.strictObject({ kind: z.literal('latest-inspection'), programme: text.optional() }),
    /** The newest month of spending over £500 (data/spend/): the date it was published. */
    z.strictObject({ kind: z.literal('latest-spend') }),
    /** Met only when every listed requirement is met: the oldest of their dates. */
    z.strictObject({ kind: z.literal('all-of'), requirements: z.array(slug).min(1, { error: 'must list at least one requirement id' }) }),
  ],
  { error: 'must have a kind: none, latest-meeting, latest-paper, latest-decision, latest-inspection, latest-spend or all-of' },
);
export type PublicationRule = z.infer<typeof publicationRuleSchema>;

/** How often a requirement must be published. */
export const frequencySchema = z.strictObject({
  /** In words, for the page, for example "Each month, as soon as practicable after the month ends". */
  text,
  /** Months after the last publication when the row becomes overdue. Leave out when no period applies or it could not be checked. */
  overdueAfterMonths: z.number({ error: 'must be a whole number of months' }).int({ error: 'must be a whole number of months' }).positive({ error: 'must be 1 or more' }).optional(),
  /** True when the timing was checked against the Order or a document quoting it; false when it could not be. */
  checked: z.boolean({ error: 'must be true or false' }),
  /** Where the timing comes from, or why it could not be checked. */
  source: text,
});

/** One requirement of the Elected Local Policing Bodies (Specified Information) Order 2011, as amended. */
export const requirementSchema = z.strictObject({
  /** Id of the row, for example "spending-over-500". */
  id: slug,
  /** Short name shown in the index, for example "Spending over £500". */
  title: text,
  /** What must be published, in the site's own words. */
  requirement: text,
  /** Where in the Order, for example "Schedule, Part 1, paragraph 3(g)". */
  clause: text,
  /** The instrument that inserted or last replaced the clause, when not the 2011 Order itself, for example "SI 2012/2479". */
  amendedBy: text.optional(),
  /** Where the clause number and wording were checked. */
  clauseSource: citationSchema,
  /** How often it must be published. */
  frequency: frequencySchema,
  /** Where on this site it lives: the name of a site path in src/lib/build/urls.ts (for example "papers"), or "none". */
  lives: z.union([z.literal('none'), z.string()]).refine((value) => value === 'none' || sectionPaths.includes(value), {
    error: `must be "none" or one of: ${sectionPaths.join(', ')}`,
  }),
  /** How the date it was last published is computed from the content. */
  rule: publicationRuleSchema,
  /** A note shown with the row, for example what this site cannot check. */
  note: text.optional(),
});
export type Requirement = z.infer<typeof requirementSchema>;

/** data/transparency-requirements.yaml */
export const transparencyFileSchema = z.strictObject({
  /** The Order and the instruments that amend it. */
  order: z.strictObject({
    /** Title of the Order. */
    title: text,
    /** Where to read it. */
    url: link,
    /** The amending Orders, oldest first. */
    amendments: z.array(citationSchema).default([]),
  }),
  /** One row per requirement, in the Order's order. */
  requirements: z.array(requirementSchema).min(1, { error: 'must list at least one requirement' }),
});
export type TransparencyFile = z.infer<typeof transparencyFileSchema>;
