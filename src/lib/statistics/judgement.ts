// Whether a change is good news. A source's own judgement (the dashboard's Higher / Lower /
// Comparable, which rests on tests we cannot see) always wins over our arithmetic.
import type { Judgement, Polarity } from '../../schemas/indicator.ts';
import type { Change } from './change.ts';

/** Which direction is good for an indicator, and a source's Higher / Lower / Comparable in lower case (defined by the indicator schema). */
export type { Judgement, Polarity };

/** What a judgement means for the reader, given the polarity. "higher"/"lower" are used when neither direction is better. */
export type Assessment = 'better' | 'worse' | 'no-clear-change' | 'higher' | 'lower';

/** A judgement, what it means, and whether it came from the source or was worked out here. */
export interface Verdict {
  judgement: Judgement;
  assessment: Assessment;
  basis: 'source' | 'computed';
}

const words: Record<Assessment, string> = {
  better: 'better',
  worse: 'worse',
  'no-clear-change': 'no clear change',
  higher: 'higher',
  lower: 'lower',
};

/** Read a judgement as printed by a source ("Higher", "Lower", "Comparable", any case); undefined for a blank or "-". */
export function parseJudgement(text: string | undefined): Judgement | undefined {
  const value = (text ?? '').replace(/\s+/g, '').toLowerCase();
  if (value === '' || value === '-' || value === 'n/a') return undefined;
  if (value === 'higher' || value === 'lower' || value === 'comparable') return value;
  throw new RangeError(`"${text}" is not a judgement: expected Higher, Lower or Comparable`);
}

/** What a Higher / Lower / Comparable judgement means for an indicator with the given polarity. */
export function assess(polarity: Polarity, judgement: Judgement): Assessment {
  if (judgement === 'comparable') return 'no-clear-change';
  if (polarity === 'neither') return judgement;
  return (judgement === 'higher') === (polarity === 'higher-is-better') ? 'better' : 'worse';
}

/**
 * Our own judgement of a change, for figures the source did not judge. A change no bigger than
 * `tolerance` (in the unit of the values) counts as comparable; the default of 0 means only an
 * unchanged figure is comparable, because we do not know what test the source would have used.
 */
export function judgementOfChange(change: Pick<Change, 'absolute'>, tolerance = 0): Judgement {
  if (Math.abs(change.absolute) <= tolerance) return 'comparable';
  return change.absolute > 0 ? 'higher' : 'lower';
}

/** The verdict on a change: the source's judgement when there is one, otherwise one worked out from the change; undefined with neither. */
export function judge(options: { polarity: Polarity; sourceJudgement?: Judgement | undefined; change?: Pick<Change, 'absolute'> | undefined; tolerance?: number }): Verdict | undefined {
  const { polarity, sourceJudgement, change, tolerance } = options;
  if (sourceJudgement) return { judgement: sourceJudgement, assessment: assess(polarity, sourceJudgement), basis: 'source' };
  if (!change) return undefined;
  const judgement = judgementOfChange(change, tolerance);
  return { judgement, assessment: assess(polarity, judgement), basis: 'computed' };
}

/** How an assessment is coloured: better and worse have their own tone; the rest, which are not good or bad news, are neutral. */
export const toneOf = (assessment: Assessment): 'better' | 'worse' | 'neutral' => (assessment === 'better' || assessment === 'worse' ? assessment : 'neutral');

/** The words for an assessment: "better", "worse", "no clear change", "higher" or "lower". */
export function assessmentWording(assessment: Assessment): string {
  return words[assessment];
}

/** "Higher is better", "Lower is better" or "Neither higher nor lower is better in itself". */
export function polarityWording(polarity: Polarity): string {
  if (polarity === 'higher-is-better') return 'Higher is better';
  if (polarity === 'lower-is-better') return 'Lower is better';
  return 'Neither higher nor lower is better in itself';
}
