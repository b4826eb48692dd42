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

/** Names in running text, each after "the": "the A", "the A and the B", "the A, the B and the C"; past `most`, or with none, `otherwise`. */
export function theNames(names: readonly string[], otherwise: string, most = 3): string {
  if (names.length === 0 || names.length > most) return otherwise;
  const the = names.map((name) => `the ${name}`);
  return the.length === 1 ? the[0]! : `${the.slice(0, -1).join(', ')} and ${the.at(-1)}`;
}
