/** Compare agenda item numbers as printed ("2", "10.0", "4.1") in numeric order. */
export function compareAgendaItems(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (Number.isNaN(difference)) return a.localeCompare(b, 'en');
    if (difference !== 0) return difference;
  }
  return 0;
}

/** "5.0" → "5" for display; other numbers as printed. */
export function agendaItemLabel(item: string): string {
  return item.replace(/\.0$/, '');
}
