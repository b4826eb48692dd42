import { z } from 'zod';
import { slug, text } from './common.ts';

/** One term in the glossary (data/glossary.yaml). The file is a list of these. */
export const glossaryEntrySchema = z.strictObject({
  /** Id of the term: the #anchor of its definition on the glossary page, for example "ksi". */
  id: slug,
  /** The term as the papers print it, for example "KSI" or "Athena". Terms with two or more capital letters are matched case-sensitively. */
  term: text,
  /** What an abbreviation stands for, for example "killed or seriously injured". Leave out for a term that is not an abbreviation. */
  expansion: text.optional(),
  /** What it means, in plain English and the site's own words. */
  definition: text,
  /** Other spellings the papers use for the same term, matched as well, for example "STATS 19". A plural "s" is always matched. */
  forms: z.array(text).default([]),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The whole glossary file: a list of entries. */
export const glossarySchema = z.array(glossaryEntrySchema, { error: 'must be a list of terms, each starting "- id:"' });
