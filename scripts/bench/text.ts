// Synthetic prose for benchmark bodies. Words are drawn from the vocabulary of the real content
// (so the search index sees English of the right shape), at Zipf frequencies, plus a long tail of
// invented words so the vocabulary keeps growing with the archive as names and places do.
// The text means nothing and states no fact: it exists only to be built and indexed.
import fs from 'node:fs';
import path from 'node:path';
import { zipfSampler, type Random, type ZipfSampler } from './random.ts';

const fallbackWords =
  'the of and to in a is for on that with by as was were be are this from at it has have an or which report board police crime victims offenders community service performance plan year months rate increase work officers staff force data'.split(' ');

/** Words of the real content's bodies, most frequent first. */
export function realVocabulary(contentDir: string): string[] {
  const counts = new Map<string, number>();
  const files = fs.existsSync(contentDir)
    ? fs.readdirSync(contentDir, { recursive: true }).map(String).filter((f) => /\.mdx?$/.test(f))
    : [];
  const lowerCase = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(contentDir, file), 'utf8').split(/^---$/m).slice(2).join(' ');
    for (const word of text.match(/\b[A-Za-z]{2,}\b/g) ?? []) {
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
      if (word === lower) lowerCase.add(lower);
    }
  }
  // Words only ever written with a capital are names of people and places: leave them out.
  const words = [...counts].filter(([word]) => lowerCase.has(word)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  return words.length >= 200 ? words : fallbackWords;
}

const syllables = ['ba', 'co', 'den', 'fal', 'gor', 'hin', 'jex', 'kal', 'lum', 'mor', 'nav', 'pel', 'quin', 'ros', 'sut', 'tam', 'ulv', 'ven', 'wex', 'yor', 'zan'];

/** The invented word of a rank: distinct for every rank, pronounceable, plainly not English. */
function inventedWord(rank: number): string {
  let word = '';
  let n = rank + syllables.length;
  while (n > 0) {
    word += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  }
  return word;
}

export class Prose {
  private readonly rng: Random;
  private readonly words: readonly string[];
  private readonly common: ZipfSampler;
  private readonly rare: ZipfSampler;

  constructor(rng: Random, words: readonly string[]) {
    this.rng = rng;
    this.words = words;
    this.common = zipfSampler(words.length);
    this.rare = zipfSampler(200_000, 1.05, 10);
  }

  word(): string {
    if (this.rng.chance(0.04)) return inventedWord(this.rng.zipf(this.rare));
    return this.words[this.rng.zipf(this.common)]!;
  }

  /** A figure as papers print them: 4,988, 13.1% or 84 days. */
  figure(): string {
    const kind = this.rng.int(0, 2);
    // Log-uniform, as figures in reports are (Benford): small numbers far more often than large ones.
    if (kind === 0) return Math.round(Math.exp(Math.log(2) + this.rng.next() * (Math.log(99_999) - Math.log(2)))).toLocaleString('en-GB');
    if (kind === 1) return `${(this.rng.int(0, 1000) / 10).toFixed(1)}%`;
    return `${this.rng.int(2, 400)} days`;
  }

  sentence(min = 8, max = 24): string {
    const count = this.rng.int(min, max);
    const parts: string[] = [];
    for (let i = 0; i < count; i += 1) parts.push(this.rng.chance(0.05) ? this.figure() : this.word());
    if (count > 12 && this.rng.chance(0.5)) parts[this.rng.int(4, count - 4)] += ',';
    const text = parts.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }

  paragraph(min = 2, max = 5): string {
    const count = this.rng.int(min, max);
    return Array.from({ length: count }, () => this.sentence()).join(' ');
  }

  heading(): string {
    const text = Array.from({ length: this.rng.int(1, 4) }, () => this.words[this.rng.int(0, Math.min(400, this.words.length - 1))]).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}`;
  }

  /** A bullet list; some items open with a bold lead, as the real summaries do. */
  bullets(min = 3, max = 8): string {
    const count = this.rng.int(min, max);
    return Array.from({ length: count }, () => `- ${this.rng.chance(0.4) ? `**${this.heading()}.** ` : ''}${this.paragraph(1, 3)}`).join('\n');
  }

  /** A Markdown table with a text column and numeric columns. */
  table(): string {
    const columns = this.rng.int(2, 4);
    const rows = this.rng.int(3, 10);
    const header = ['Measure', ...Array.from({ length: columns }, (_, i) => `Year ${i + 1}`)];
    const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
    for (let r = 0; r < rows; r += 1) {
      lines.push(`| ${this.heading()} | ${Array.from({ length: columns }, () => this.figure()).join(' | ')} |`);
    }
    return lines.join('\n');
  }
}
