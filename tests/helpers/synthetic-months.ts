// INVENTED FIGURES, FOR TESTS ONLY: never import them into data/ or publish them.
//
// The monthly cycle of the end-to-end test: April 2018, then May and June 2018, for every dashboard
// indicator, plus two years of monthly history for a few counts, so that the site can work out a year
// to date and a rolling 12 months. Each figure is made from the indicator's March 2018 figure by a fixed
// rule, so a test can work out the expected totals by hand from the same function.
import type { Indicator } from '../../src/schemas/indicator.ts';

/** The counts that get monthly history from April 2016, so that every 12 months to June 2018 is complete. */
export const historyIndicators = ['all-recorded-crime', 'burglary-dwelling', 'police-recorded-asb'] as const;

/** The months from `from` to `to`, YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const text = `${year}-${String(month).padStart(2, '0')}`;
    if (text > to) return months;
    months.push(text);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
}

type Dataset = Pick<Indicator, 'unit' | 'observations'>;

/** The invented figure of one indicator for one month: its March 2018 figure, nudged by a rule of the month. */
export function syntheticValue(id: string, dataset: Dataset, month: string): number {
  const base = dataset.observations.find((o) => o.period === '2018-03' && o.series === undefined)?.value ?? dataset.observations.at(-1)?.value ?? 100;
  const seed = [...`${id}${month}`].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 9973, 7);
  const factor = 0.9 + (seed % 21) / 100; // 0.90 to 1.10
  switch (dataset.unit.kind) {
    case 'count':
      return Math.max(0, Math.round(base * factor));
    case 'percent':
      return Math.min(100, Math.max(0, Math.round((base + ((seed % 9) - 4) * 0.3) * 10) / 10));
    default:
      return Math.round(base * factor * 10) / 10;
  }
}

/** The rows of an import CSV (indicator, period, value) for the given months. */
function rows(datasets: ReadonlyMap<string, Dataset>, ids: Iterable<string>, months: readonly string[]): string[] {
  return [...ids].flatMap((id) => months.map((month) => `${id},${month},${syntheticValue(id, datasets.get(id)!, month)}`));
}

/** The two import files: April 2018 with the history, then May and June 2018. */
export function monthlyCycleCsvs(datasets: ReadonlyMap<string, Dataset & Pick<Indicator, 'summaries'>>): { april: string; mayJune: string } {
  const dashboard = [...datasets].filter(([, d]) => d.summaries.length > 0).map(([id]) => id);
  const history = historyIndicators.flatMap((id) => {
    const existing = new Set(datasets.get(id)!.observations.map((o) => o.period));
    return rows(datasets, [id], monthsBetween('2016-04', '2018-02').filter((m) => !existing.has(m)));
  });
  const header = 'indicator,period,value';
  return {
    april: [header, ...rows(datasets, dashboard, ['2018-04']), ...history].join('\n') + '\n',
    mayJune: [header, ...rows(datasets, dashboard, ['2018-05', '2018-06'])].join('\n') + '\n',
  };
}
