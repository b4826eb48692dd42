import { z } from 'zod';
import { text } from './common.ts';

/** A board or panel that meets and receives papers. Its id is the file name. */
export const boardSchema = z.strictObject({
  /** Full name, for example "Business Coordination Board". */
  name: text,
  /** Short name used in lists and breadcrumbs, for example "BCB". */
  shortName: text.optional(),
  /** What the board is for, in a sentence or two of plain English. */
  description: text,
  /** Who runs the board, for example "Office of the Police and Crime Commissioner". */
  organisation: text,
  /** Position in lists of boards; lower comes first. */
  order: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).default(100),
});
export type Board = z.infer<typeof boardSchema>;
