// Finding the first use of each glossary term in a piece of text. Pure: the hast plugin
// (glossary-plugin.ts) walks the document and hands each text node to markFirstUses.

/** What the matcher needs to know about a glossary entry. */
export interface MatchableTerm {
  id: string;
  term: string;
  forms?: readonly string[];
}

export interface TermMatcher<E extends MatchableTerm = MatchableTerm> {
  entry: E;
  pattern: RegExp;
}

/** A piece of text: plain, or the first use of a glossary term. */
export type Segment<E extends MatchableTerm = MatchableTerm> = { text: string; entry?: undefined } | { text: string; entry: E };

/**
 * Acronyms (two or more capital letters, as in "KSI", "CiP" or "STATS19") match only as printed, so "ASB" never
 * matches "asb"; ordinary words such as "Athena" or "precept" match whatever their capitalisation.
 */
export function isCaseSensitive(term: string): boolean {
  return (term.match(/\p{Lu}/gu) ?? []).length >= 2;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word pattern for a term and its other forms, with an optional plural "s". */
export function termPattern(term: string, forms: readonly string[] = []): RegExp {
  const alternatives = [term, ...forms].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Letters and digits on either side mean the term is part of a longer word ("HMIC" inside "HMICFRS", "PEEL" in "PEEL18").
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})s?(?![\\p{L}\\p{N}])`, isCaseSensitive(term) ? 'gu' : 'giu');
}

/** One matcher per entry, longest terms first so that ties go to the longer term. */
export function compileMatchers<E extends MatchableTerm>(entries: readonly E[]): TermMatcher<E>[] {
  return [...entries]
    .sort((a, b) => b.term.length - a.term.length || a.id.localeCompare(b.id, 'en'))
    .map((entry) => ({ entry, pattern: termPattern(entry.term, entry.forms ?? []) }));
}

/**
 * Split text into plain segments and the first use of each term whose id is not yet in `seen`.
 * Adds the ids it marks to `seen`, so calling it on each text node of a document in order marks
 * each term once per document.
 */
export function markFirstUses<E extends MatchableTerm>(text: string, matchers: readonly TermMatcher<E>[], seen: Set<string>): Segment<E>[] {
  const segments: Segment<E>[] = [];
  let position = 0;
  for (;;) {
    let best: { index: number; length: number; entry: E } | undefined;
    for (const { entry, pattern } of matchers) {
      if (seen.has(entry.id)) continue;
      pattern.lastIndex = position;
      const match = pattern.exec(text);
      if (!match) continue;
      if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length)) {
        best = { index: match.index, length: match[0].length, entry };
      }
    }
    if (!best) break;
    if (best.index > position) segments.push({ text: text.slice(position, best.index) });
    segments.push({ text: text.slice(best.index, best.index + best.length), entry: best.entry });
    seen.add(best.entry.id);
    position = best.index + best.length;
  }
  if (position < text.length) segments.push({ text: text.slice(position) });
  return segments;
}
