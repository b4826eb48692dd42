import { z } from 'zod';
import { corrections, isoDate, slug, sourceRef, text } from './common.ts';

/** A decision of significant public interest. Its id is the file name. */
export const decisionSchema = z.strictObject({
  /** What was decided, as a short title. */
  title: text,
  /** Date the decision was taken or agreed. */
  date: isoDate,
  /** Who took the decision, for example "Police and Crime Commissioner". */
  decisionMaker: text,
  /** Id of the meeting where it was taken or agreed. */
  meeting: slug.optional(),
  /** Id of the paper it came from, when that paper is published here. */
  paper: slug.optional(),
  /** Where in the minutes or notice it is recorded, for example "Minutes 14.1-14.2, action 14.3 (i)". */
  reference: text.optional(),
  /** What was decided and why, in plain English. */
  summary: text,
  /** Where the decision is recorded. */
  source: sourceRef,
  /** Corrections made to this page after it was published: date and what changed, in plain words. */
  corrections,
});
export type Decision = z.infer<typeof decisionSchema>;
