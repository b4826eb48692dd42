/** Group items by a key, keeping the order in which keys first appear. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** "1 paper", "3 papers". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

const smallNumbers = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A number in words up to ten, as in running text: "four", "no", "12". */
export function inWords(count: number): string {
  return smallNumbers[count] ?? count.toLocaleString('en-GB');
}

/** A count in words up to ten: "four themes", "one theme", "12 themes". */
export function countInWords(count: number, singular: string, plural = `${singular}s`): string {
  return `${inWords(count)} ${count === 1 ? singular : plural}`;
}
