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
  return termPatternFor([term, ...forms], isCaseSensitive(term) ? 'gu' : 'giu');
}

function termPatternFor(spellings: readonly string[], flags: string): RegExp {
  const alternatives = [...spellings].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Letters and digits on either side mean the term is part of a longer word ("HMIC" inside "HMICFRS", "PEEL" in "PEEL18").
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})s?(?![\\p{L}\\p{N}])`, flags);
}

/** One matcher per entry, longest terms first so that ties go to the longer term. */
export function compileMatchers<E extends MatchableTerm>(entries: readonly E[]): TermMatcher<E>[] {
  return [...entries]
    .sort((a, b) => b.term.length - a.term.length || a.id.localeCompare(b.id, 'en'))
    .map((entry) => ({ entry, pattern: termPattern(entry.term, entry.forms ?? []) }));
}

/** What markFirstUses derives from a list of matchers (as compileMatchers makes them), once per list. */
interface Scanner {
  /**
   * Every spelling of every term in one case-insensitive pattern: it matches wherever any matcher could, and
   * a little more, so the places it finds are the only places worth trying the matchers one by one.
   */
  candidates: RegExp;
  /** Each matcher's pattern, matching only where lastIndex points (sticky), in the matchers' order. */
  anchored: RegExp[];
  /** For a candidate starting with an ASCII character, by that character in lower case: the matchers that could match there, in order. */
  byFirstChar: Map<string, number[]>;
  /** The matchers that could match where no list above applies. */
  fallback: number[];
}

// Built on first use of a list of matchers and kept while the list is in use: the plugin keeps one list per glossary.
const scanners = new WeakMap<readonly TermMatcher[], Scanner>();

const isAscii = (char: string) => char.charCodeAt(0) < 0x80;

function scannerFor(matchers: readonly TermMatcher[]): Scanner {
  let scanner = scanners.get(matchers);
  if (scanner) return scanner;
  const spellings = matchers.map(({ entry }) => [entry.term, ...(entry.forms ?? [])]);
  const firstChars = spellings.map((list) => new Set(list.map((spelling) => spelling.charAt(0).toLowerCase())));
  // Unicode case folding can match a spelling that starts with anything but ASCII to text its lower case does not
  // show (the kelvin sign and K, say), so such a matcher is tried at every candidate.
  const everywhere = firstChars.map((chars) => [...chars].some((char) => !isAscii(char)));
  const byFirstChar = new Map<string, number[]>();
  for (const char of new Set(firstChars.flatMap((chars) => [...chars].filter(isAscii)))) {
    byFirstChar.set(char, matchers.flatMap((_, i) => (firstChars[i]!.has(char) || everywhere[i] ? [i] : [])));
  }
  const unique = new Map(spellings.flat().map((spelling) => [spelling.toLowerCase(), spelling]));
  scanner = {
    // Case-insensitive for every term, acronyms too: a superset of what the matchers accept, which they then check.
    candidates: termPatternFor([...unique.values()], 'giu'),
    anchored: matchers.map(({ pattern }) => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`)),
    byFirstChar,
    fallback: matchers.flatMap((_, i) => (everywhere[i] ? [i] : [])),
  };
  scanners.set(matchers, scanner);
  return scanner;
}

/**
 * Split text into plain segments and the first use of each term whose id is not yet in `seen`.
 * Adds the ids it marks to `seen`, so calling it on each text node of a document in order marks
 * each term once per document. Where two terms start at the same place the longer match wins.
 */
export function markFirstUses<E extends MatchableTerm>(text: string, matchers: readonly TermMatcher<E>[], seen: Set<string>): Segment<E>[] {
  const { candidates, anchored, byFirstChar, fallback } = scannerFor(matchers);
  const segments: Segment<E>[] = [];
  let position = 0;
  candidates.lastIndex = 0;
  // Candidates come in order, so the first one where a term not yet used matches is the earliest first use.
  for (let candidate = candidates.exec(text); candidate; candidate = candidates.exec(text)) {
    const index = candidate.index;
    const first = text.charAt(index);
    const tried = isAscii(first) ? (byFirstChar.get(first.toLowerCase()) ?? fallback) : matchers.keys();
    let best: { length: number; entry: E } | undefined;
    for (const i of tried) {
      const { entry } = matchers[i]!;
      if (seen.has(entry.id)) continue;
      const pattern = anchored[i]!;
      pattern.lastIndex = index;
      if (pattern.test(text) && (!best || pattern.lastIndex - index > best.length)) best = { length: pattern.lastIndex - index, entry };
    }
    if (!best) {
      // Step over one character (a whole one, not half a surrogate pair) and look for the next candidate.
      candidates.lastIndex = index + (text.codePointAt(index)! > 0xffff ? 2 : 1);
      continue;
    }
    if (index > position) segments.push({ text: text.slice(position, index) });
    segments.push({ text: text.slice(index, index + best.length), entry: best.entry });
    seen.add(best.entry.id);
    position = candidates.lastIndex = index + best.length;
  }
  if (position < text.length) segments.push({ text: text.slice(position) });
  return segments;
}
