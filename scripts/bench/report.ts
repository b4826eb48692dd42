// Targets of issue 7 and how the benchmark prints its figures.

export const targets = {
  /** Full build of 10,000 papers and 500 indicators, search index included. */
  seconds: 60,
  /** Our build time over the bare Astro build of the same page count. */
  bareRatio: 1.3,
  peakBytes: 2 * 1024 ** 3,
  htmlGzipBytes: 100 * 1024,
  chartGzipBytes: 12 * 1024,
  searchBytes: 150 * 1024,
};

export const seconds = (s: number) => `${s.toFixed(1)} s`;

export function bytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(2)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One figure, with its target's verdict when it has one. */
export function line(label: string, value: string, meetsTarget?: boolean): void {
  const verdict = meetsTarget === undefined ? '' : meetsTarget ? '  [target met]' : '  [ABOVE TARGET]';
  console.log(`  ${label.padEnd(38)} ${value}${verdict}`);
}
