import { z } from 'zod';
import { corrections, isoDate, link, planTheme, slug, sourceRef, text } from './common.ts';

/**
 * Protective markings a paper may carry, as printed; "None printed" for a paper that prints no marking (the site
 * says "Not stated" rather than give it one). Anything above OFFICIAL never reaches the public site.
 */
export const classifications = ['Public report', 'OFFICIAL', 'None printed', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET'] as const;

/** A paper presented to a board meeting. The file body is the summary of the paper. Its id is the file name. */
export const paperSchema = z.strictObject({
  /** Title of the paper as printed. */
  title: text,
  /** Id of the board the paper went to. */
  board: slug,
  /** Id of the meeting the paper went to. */
  meeting: slug,
  /** Agenda item number as printed, for example "5.0". Leave out when the paper does not give one. */
  agendaItem: z.union([text, z.number()], { error: 'must be the agenda item number, for example "5.0"' }).transform(String).optional(),
  /** Who the paper is from (a role), for example "Chief Constable". */
  from: text,
  /** Date printed on the paper. */
  date: isoDate,
  /** Protective marking as printed on the paper, or "None printed" when it prints none. */
  classification: z.enum(classifications, { error: `must be one of: ${classifications.join(', ')}` }),
  /** final papers are published; draft papers are shown only in preview. */
  status: z.enum(['draft', 'final'], { error: 'must be draft or final' }),
  /** True when the issued document itself is headed DRAFT; the site shows that label. */
  markedDraft: z.boolean({ error: 'must be true or false' }).default(false),
  /** What the paper is for, in a sentence or two. */
  purpose: text,
  /** What the board is asked to do. */
  recommendations: z.array(text).min(1, { error: 'must list at least one recommendation (for example "To note the report.")' }),
  /** Contact officers named on the paper. */
  contacts: z
    .array(
      z.strictObject({
        /** Name as printed. */
        name: text,
        /** Post, as printed. */
        role: text.optional(),
        /** Email address, as printed. */
        email: z.email({ error: 'must be an email address' }).optional(),
        /** Telephone number, as printed. */
        phone: text.optional(),
      }),
    )
    .default([]),
  /** Background documents listed on the paper. */
  backgroundDocuments: z
    .array(
      z.strictObject({
        /** Title of the document. */
        title: text,
        /** Web address, when the paper gives one. */
        url: link.optional(),
      }),
    )
    .default([]),
  /** Police and Crime Plan themes the paper concerns. */
  themes: z.array(planTheme).default([]),
  /** Topics, in lower case, for example "road safety". */
  topics: z.array(text).default([]),
  /** Appendices printed with the paper, by title. */
  appendices: z.array(text).default([]),
  /** The source document this summary was written from. */
  source: sourceRef,
  /** Corrections made to this page after it was published: date and what changed, in plain words. */
  corrections,
});
export type Paper = z.infer<typeof paperSchema>;
