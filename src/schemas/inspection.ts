import { z } from 'zod';
import { isoDate, link, slug, sourceRef, text } from './common.ts';

/** What kind of item an inspection finding is, in the inspectorate's (or the force's) own terms. */
export const findingKinds = ['recommendation', 'area for improvement', 'area of concern', 'gap', 'finding', 'action'] as const;
/** Progress as the sources report it. Never inferred: when the sources give none, it is "not stated". */
export const findingStatuses = ['in progress', 'complete', 'not stated'] as const;

/** One finding, recommendation, area for improvement or plan action that the tracker follows. */
export const findingSchema = z.strictObject({
  /** Id of the item, unique within its inspection; used as the #anchor on the inspection page. */
  id: slug,
  /** The item's reference: as printed when the source numbers it (for example "Action 1"), otherwise a short reference given by this site (for example "SPR-G1"). */
  ref: text,
  /** True when `ref` is printed in the source; false when this site made it up so the item can be cited. */
  refInSource: z.boolean({ error: 'must be true or false' }).default(false),
  /** What kind of item it is. */
  kind: z.enum(findingKinds, { error: `must be one of: ${findingKinds.join(', ')}` }),
  /** The item, in the site's own words. */
  text,
  /** Progress as reported by the sources, or "not stated". */
  status: z.enum(findingStatuses, { error: `must be one of: ${findingStatuses.join(', ')}` }).default('not stated'),
  /** The date the status was reported (usually the date of the paper or meeting that reported it). Leave out when status is "not stated" and nothing was reported. */
  statusDate: isoDate.optional(),
  /** What the sources say was done about it, in the site's own words. */
  update: text.optional(),
  /** Id of the paper that reports the item or its progress, when that paper is published here. */
  paper: slug.optional(),
  /** Id of the meeting whose minutes report the item or its progress. */
  meeting: slug.optional(),
  /** Where the item comes from. */
  source: sourceRef,
});
export type Finding = z.infer<typeof findingSchema>;
export type FindingStatus = (typeof findingStatuses)[number];

/** An inspection report about the Constabulary. The file body summarises its findings. Its id is the file name. */
export const inspectionSchema = z.strictObject({
  /** Title of the report as published. */
  title: text,
  /** Who inspected, for example "HMIC". */
  inspectorate: text,
  /**
   * Date the report was published, also used to order the list. Use the first of the month when only the month is known,
   * and say so in publishedLabel. When the sources only say when publication was expected, use the date of the paper that
   * says so and explain it in publishedLabel: pages show publishedLabel, never this date, whenever a label is given.
   */
  published: isoDate,
  /** How the publication date is shown when the exact date is not known, for example "November 2014". */
  publishedLabel: text.optional(),
  /** When the inspection took place, as the sources state it, for example "September 2013". */
  inspected: text.optional(),
  /** Inspection programme, when the report belongs to one, for example "PEEL" (the transparency index finds the latest PEEL report by it). */
  programme: z.enum(['PEEL', 'SPR', 'custody', 'crime data integrity', 'crime', 'integrity', 'thematic'], {
    error: 'must be one of: PEEL, SPR, custody, crime data integrity, crime, integrity, thematic',
  }).optional(),
  /** force: a report on this force; national: a report on all forces that the papers say applies here. */
  scope: z.enum(['force', 'national'], { error: 'must be force or national' }).default('force'),
  /** One or two sentences on what the report found. */
  summary: text,
  /** False when the sources hold only mentions of the report, not its findings; the page then says so plainly. */
  findingsInSources: z.boolean({ error: 'must be true or false' }).default(true),
  /** Where to read the full report. */
  url: link.optional(),
  /** How the link reads when it leads to the inspectorate's pages rather than the report itself, for example "HMIC's pages on Cambridgeshire". */
  urlLabel: text.optional(),
  /** Ids of the papers published here that mention this report. */
  papers: z.array(slug).default([]),
  /** Ids of the meetings whose minutes mention this report. */
  meetings: z.array(slug).default([]),
  /** Findings, recommendations, areas for improvement and plan actions, for the tracker. */
  findings: z
    .array(findingSchema)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `repeats the id "${item.id}": give each finding its own id` });
        seen.add(item.id);
      });
    })
    .default([]),
  /** The source document this summary was written from. */
  source: sourceRef,
});
export type Inspection = z.infer<typeof inspectionSchema>;
