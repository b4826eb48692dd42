import { z } from 'zod';
import { isoDate, link, sourceRef, text } from './common.ts';

/** An inspection report about the Constabulary. The file body summarises its findings. Its id is the file name. */
export const inspectionSchema = z.strictObject({
  /** Title of the report as published. */
  title: text,
  /** Who inspected, for example "HMIC". */
  inspectorate: text,
  /** Date the report was published. Use the first of the month when only the month is known, and say so in publishedLabel. */
  published: isoDate,
  /** How the publication date is shown when only the month is known, for example "November 2014". */
  publishedLabel: text.optional(),
  /** When the inspection took place, as the sources state it, for example "September 2013". */
  inspected: text.optional(),
  /** One or two sentences on what the report found. */
  summary: text,
  /** Where to read the full report. */
  url: link.optional(),
  /** The source document this summary was written from. */
  source: sourceRef,
});
export type Inspection = z.infer<typeof inspectionSchema>;
