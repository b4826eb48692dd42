// The corrections log: dated notes of what was corrected after publication, on each item's page and
// on the site-wide corrections page.
import type { Correction } from '../../schemas/common.ts';

/** Something that can be corrected: a paper, meeting, decision or indicator dataset, with its page. */
export interface CorrectedItem {
  /** What kind of item it is, as a reader would say it: "Paper", "Meeting". */
  kind: string;
  title: string;
  /** Site path of the item's page. */
  href: string;
  corrections: readonly Correction[];
}

/** One correction in the site-wide log, with the item it belongs to. */
export interface CorrectionEntry extends Correction {
  kind: string;
  title: string;
  href: string;
}

/** Corrections newest first; on the same day, in the order they were written. */
export function newestFirst<T extends Correction>(corrections: readonly T[]): T[] {
  return corrections
    .map((correction, index) => ({ correction, index }))
    .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.index - b.index)
    .map(({ correction }) => correction);
}

/** Every correction of every item, newest first; on the same day, by item title. */
export function correctionLog(items: readonly CorrectedItem[]): CorrectionEntry[] {
  const entries = items.flatMap((item) => item.corrections.map((correction) => ({ ...correction, kind: item.kind, title: item.title, href: item.href })));
  return newestFirst([...entries].sort((a, b) => a.title.localeCompare(b.title, 'en')));
}
