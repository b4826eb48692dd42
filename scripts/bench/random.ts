// Seeded randomness for the synthetic archive, so every run of the benchmark builds the same files.

/** A deterministic generator of numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from min to max inclusive. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One item of a list. */
  pick<T>(items: readonly T[]): T;
  /** Some distinct items of a list, in the list's order. */
  some<T>(items: readonly T[], count: number): T[];
  /** A rank from 0 to size - 1 drawn from a Zipf distribution: low ranks are far more common, as words are in text. */
  zipf(sampler: ZipfSampler): number;
}

/** Cumulative weights of a Zipf distribution, for sampling by binary search. */
export interface ZipfSampler {
  cumulative: Float64Array;
}

export function zipfSampler(size: number, exponent = 1, offset = 2.7): ZipfSampler {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) {
    total += 1 / Math.pow(rank + offset, exponent);
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < size; rank += 1) cumulative[rank]! /= total;
  return { cumulative };
}

export function random(seed: number): Random {
  const next = seeded(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    some: (items, count) => {
      const chosen = new Set<number>();
      const wanted = Math.min(count, items.length);
      while (chosen.size < wanted) chosen.add(Math.floor(next() * items.length));
      return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
    },
    zipf: ({ cumulative }) => {
      const target = next();
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (cumulative[middle]! < target) low = middle + 1;
        else high = middle;
      }
      return low;
    },
  };
}
