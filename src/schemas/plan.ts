import { z } from 'zod';
import { isoDate, link, planTheme, slug, sourceRef, text } from './common.ts';

/**
 * Delivery status. The 2018 delivery plan's key has red, yellow (shown here as amber), green and
 * white (not started); `not-stated` is for an update whose status the source does not give, or
 * whose colour did not survive in the copy held here. Never guess a status.
 */
export const planStatuses = ['red', 'amber', 'green', 'not-started', 'not-stated'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** Direction of travel since the last report (the key's arrows ↔, ↑ and ↓). */
export const planDirections = ['no-change', 'improved', 'deteriorated'] as const;
export type PlanDirection = (typeof planDirections)[number];

/** The letter that starts every action number of a theme: V1, O1, C1, T1. */
export const themeLetters = { V: 'victims', O: 'offenders', C: 'communities', T: 'transformation' } as const;

/** An action number as printed in the delivery plan: V1 to V9, O1 to O11, C1 to C10, T1 to T10, and parts such as O2.1 or C10.2. */
export const actionId = z
  .string({ error: 'must be an action number such as V1, O2.1 or C10.2' })
  .regex(/^[VOCT][1-9]\d?(\.[1-9]\d?)?$/, { error: 'must be an action number: V, O, C or T, then a number, then for a part a full stop and a number, for example V1, O2.1 or C10.2' });

/** A source document, as in common.ts, plus the paper on this site it was published as. */
export const planSourceRef = sourceRef.extend({
  /** Id of the paper on this site (its file name in content/papers, without .md), when it is published here. */
  paper: slug.optional(),
});
export type PlanSourceRef = z.infer<typeof planSourceRef>;

/** A theme of the Police and Crime Plan. One item of data/plan/themes.yaml. */
export const planThemeSchema = z.strictObject({
  /** Which theme: victims, offenders, communities or transformation. */
  id: planTheme,
  /** Name as the plan prints it, for example "Victims". */
  name: text,
  /** The plan's aim for the theme, in the plan's own words. Leave out when no source held here gives it: the site then says so. */
  aim: text.optional(),
  /** Where the aim is quoted from. Give it whenever `aim` is given. */
  aimSource: sourceRef.optional(),
});
export type PlanThemeData = z.infer<typeof planThemeSchema>;

/** A published document an update points to, when its address is printed in full in the source. */
export const planLinkSchema = z.strictObject({
  /** What the document is, in plain words. */
  title: text,
  /** Its web address as printed. */
  url: link,
});

/** One progress report on an action, as at one date. A later report adds an entry; earlier ones are never overwritten. */
export const planUpdateSchema = z.strictObject({
  /** Date of the report. The 2018 delivery plan prints no date of its own, so its updates carry the date of the meeting it went to (2018-05-10). */
  date: isoDate,
  /** Delivery status at that date: red, amber, green, not-started, or not-stated when the source does not give it. */
  status: z.enum(planStatuses, { error: `must be one of ${planStatuses.join(', ')} (write not-stated when the source does not give a status)` }),
  /** Direction of travel since the last report (no-change, improved, deteriorated). Leave out when the source does not give it. */
  direction: z.enum(planDirections, { error: `must be one of ${planDirections.join(', ')}` }).optional(),
  /** What was reported, one point per item, in the site's own words, keeping every fact, date and figure. */
  progress: z.array(text, { error: 'must be a list of points, each on a line starting "- "' }).min(1, { error: 'must list at least one point' }),
  /** Documents the update points to whose web address the source prints in full. */
  links: z.array(planLinkSchema).default([]),
  /** Where the update comes from. */
  source: planSourceRef,
});
export type PlanUpdate = z.infer<typeof planUpdateSchema>;

/** A priority action of the Police and Crime Plan, or a part of one. One file in data/plan/actions, named after its number (O2.1 → o2-1.yaml). */
export const planActionSchema = z.strictObject({
  /** The action's number as printed: V1 to V9, O1 to O11, C1 to C10, T1 to T10; a part adds ".1", ".2" (O2.1). */
  id: actionId,
  /** The theme it belongs to; must match the number's letter (V victims, O offenders, C communities, T transformation). */
  theme: planTheme,
  /** For a part of an action, the number of the action it is part of (O2 for O2.1). */
  parent: actionId.optional(),
  /** A short name for the action, in the site's own words, for headings and lists. */
  title: text,
  /** What the action commits to (or, for a part, what the part covers), in the site's own words. */
  action: text,
  /** A note the delivery plan prints with the action, such as a finding of the HMICFRS PEEL 2017 inspection, in the site's own words. */
  planNote: text.optional(),
  /** Lead in the Office of the Police and Crime Commissioner, as printed (the plan gives initials only, for example "NP" or "CS/EW"). Leave out when the cell is blank; a part without one shows its action's. */
  opccLead: text.optional(),
  /** Who delivers the action, as printed, for example "Constabulary" or "Cambridgeshire Criminal Justice Board". Leave out when the cell is blank; a part without one shows its action's. */
  deliveryLead: text.optional(),
  /** Wider partnership opportunities, one per item, in the site's own words. Leave out when the cell is blank. */
  partnershipOpportunities: z.array(text).default([]),
  /** Indicator datasets that measure what the action is about (file names in data/indicators, without .yaml). Only where the source makes the link clear. */
  indicators: z.array(slug).default([]),
  /** Anything a reader needs to know about this record, for example how the delivery plan reports it. Shown on the action's page. */
  notes: z.array(text).default([]),
  /** Notes for the people who prepare the plan, one paragraph each: how a lead or an item was matched to its row in the printed table, doubts about the copy. Kept in the repository; never shown on the site, exported or indexed for search. */
  editorNotes: z.array(text).default([]),
  /** Progress reports, one per report date. An action reported in parts may leave this out: its parts carry the updates. */
  updates: z.array(planUpdateSchema).default([]),
  /** Where the action's wording and leads come from. */
  source: planSourceRef,
});
export type PlanAction = z.infer<typeof planActionSchema>;

/** The file name (without .yaml) an action is kept in: "O2.1" → "o2-1". */
export function actionFileId(id: string): string {
  return id.toLowerCase().replace(/\./g, '-');
}

/** The delivery plan the plan pages follow: the document whose actions, leads and progress they show. */
export const deliveryPlanSchema = z.strictObject({
  /** Its title as the site names it, for example "Police and Crime Plan Delivery Plan". */
  title: text,
  /** The date of the report, or of the meeting an undated delivery plan went to, for example 2018-05-10. */
  date: isoDate,
  /** Name of the board or panel it went to, as printed, for example "Business Coordination Board". Leave out when the source does not say. */
  board: text.optional(),
  /** Where in the meeting's papers it is, when useful, for example "agenda item 6". */
  location: text.optional(),
  /** Id of the paper on this site that is (or contains) the delivery plan (its file name in content/papers, without .md), so the page can link to it. */
  paper: slug.optional(),
});
export type DeliveryPlan = z.infer<typeof deliveryPlanSchema>;

/** The Police and Crime Plan itself: what the plan page says about it. data/plan/plan.yaml; every field may be left out. */
export const planOverviewSchema = z.strictObject({
  /** The date the plan took effect, as printed in a source, for example 2017-04-01. Leave out when no source held here gives it. */
  startDate: isoDate.optional(),
  /** Where the start date is taken from. Give it whenever `startDate` is given. */
  startDateSource: sourceRef.optional(),
  /** The delivery plan the plan pages follow. Leave out until one is published. */
  deliveryPlan: deliveryPlanSchema.optional(),
  /** What a reader should know about the delivery plan, one paragraph each, in the site's own words: what it is, who the leads are. Shown on the plan page under "About the delivery plan". */
  about: z.array(text, { error: 'must be a list of paragraphs, each on a line starting "- "' }).default([]),
  /** Shown on the plan page when no action has a stated status yet: why, in plain words, for example that the colours did not survive in the copy held here. Leave out for a general sentence. */
  noStatusNote: text.optional(),
  /** Shown in the status key before the general sentence on direction of travel: when and why the delivery plan began to show it, in the site's own words. Leave out when no source says. */
  directionNote: text.optional(),
  /** Notes for the people who prepare the plan, one paragraph each: how the copy of the delivery plan was read, doubts about it. Kept in the repository; never shown on the site, exported or indexed for search. */
  editorNotes: z.array(text).default([]),
});
export type PlanOverview = z.infer<typeof planOverviewSchema>;
