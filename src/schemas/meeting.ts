import { z } from 'zod';
import { clockTime, corrections, isoDate, person, slug, sourceRef, text } from './common.ts';

/** One item on a meeting's numbered agenda. */
export const agendaItemSchema = z.strictObject({
  /** Item number as printed, for example "5" or "5.0". */
  item: z.union([text, z.number()], { error: 'must be the item number, for example "5"' }).transform(String),
  /** Title of the item. */
  title: text,
  /** Who presents the item, for example "Chief Constable". */
  presenter: text.optional(),
  /** Id of the paper for this item (its file name in content/papers without .md). */
  paper: slug.optional(),
  /** For an item approving minutes: id of the meeting whose minutes they are. */
  minutesOf: slug.optional(),
});

/** An action recorded in the minutes. */
export const actionSchema = z.strictObject({
  /** Minute reference, for example "12.4 (i)". */
  ref: text,
  /** Who must act, when the minutes say. */
  owner: text.optional(),
  /** What must be done. */
  text: text,
  /** open, in progress or complete, as last reported. */
  status: z.enum(['open', 'in-progress', 'complete'], { error: 'must be open, in-progress or complete' }),
  /** What is known about progress, and where it is reported. */
  update: text.optional(),
});

/** Status of a meeting's minutes, and which meeting approved them. */
export const minutesStatusSchema = z.strictObject({
  /** draft until a later meeting approves them. */
  status: z.enum(['draft', 'approved'], { error: 'must be draft or approved' }),
  /** Id of the meeting that approved the minutes. */
  approvedAt: slug.optional(),
});

/** A meeting of a board. The file body holds the minutes. Its id is the file name. */
export const meetingSchema = z.strictObject({
  /** Id of the board that met (a file name in content/boards without .yaml). */
  board: slug,
  /** Date of the meeting. */
  date: isoDate,
  /** Start time, for example "14:00". */
  startTime: clockTime.optional(),
  /** Where the meeting takes place, as printed. */
  venue: text.optional(),
  /** scheduled (not yet held), held, or cancelled. */
  status: z.enum(['scheduled', 'held', 'cancelled'], { error: 'must be scheduled, held or cancelled' }),
  /** One or two sentences on what this meeting is known for, used in lists. */
  summary: text,
  /** Members present, with their roles. */
  present: z.array(person).default([]),
  /** Others in attendance, with their roles. */
  inAttendance: z.array(person).default([]),
  /** Apologies received. */
  apologies: z.array(person).default([]),
  /** The numbered agenda. */
  agenda: z.array(agendaItemSchema).default([]),
  /** Minutes status; leave out when no minutes are published. */
  minutes: minutesStatusSchema.optional(),
  /** Action points from the minutes. */
  actions: z.array(actionSchema).default([]),
  /** Date (and time and place, if given) of the next meeting. */
  nextMeeting: z
    .strictObject({
      /** Date of the next meeting. */
      date: isoDate,
      /** Start time. */
      time: clockTime.optional(),
      /** Where. */
      venue: text.optional(),
    })
    .optional(),
  /** Documents that record or mention this meeting. */
  sources: z.array(sourceRef).min(1, { error: 'must name at least one source document' }),
  /** Corrections made to this page after it was published: date and what changed, in plain words. */
  corrections,
});
export type Meeting = z.infer<typeof meetingSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Action = z.infer<typeof actionSchema>;
