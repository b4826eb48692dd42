// Every figure of the March 2018 dashboard and of the road-safety and call-handling tables reaches
// the public exactly as printed. Figures are compared as the pages show them (UK formatting).
import { beforeAll, describe, expect, it } from 'vitest';
import { basePath, loadPages, type BuiltPage } from '../helpers/built-site.ts';
import { hasReference, readReferenceCsv, titleKey } from '../helpers/reference.ts';

// The reference figures sit beside the project (../shared/reference); a checkout without them skips these checks,
// as tests/unit/statistics/performance-data.test.ts does.
let pages: Map<string, BuiltPage>;
beforeAll(() => {
  pages = loadPages();
});

const readCsv = readReferenceCsv;

/** The ways a page may write a figure: 66,192 / 82.5% / 0.0%. */
function shownAs(value: string, unit: string): string[] {
  const number = Number(value);
  const grouped = number.toLocaleString('en-GB', { minimumFractionDigits: value.includes('.') ? value.split('.')[1]!.length : 0 });
  return unit === 'percent' ? [`${grouped}%`] : [grouped];
}

/** The text of a page's main content, with spaces normalised and minus signs made plain. */
function mainText(url: string): string {
  const page = pages.get(url);
  if (!page) throw new Error(`No page at ${url}`);
  return page.document.querySelector('main')!.text.replace(/\s+/g, ' ').replace(/−/g, '-');
}

function pageFor(title: string): string {
  for (const [url, page] of pages) {
    // The page's title is the dashboard's name in sentence case with an en dash, so names match whatever their case or dash.
    if (url.startsWith(`${basePath}performance/indicators/`) && titleKey(page.document.querySelector('h1')?.text ?? '') === titleKey(title)) return url;
  }
  throw new Error(`No indicator page titled "${title}"`);
}

describe.skipIf(!hasReference)('the 31 March 2018 dashboard', () => {
  const rows = readCsv('dashboard-2018-03.csv');

  it('has all 42 indicators on the performance page, each linking to its own page', () => {
    expect(rows).toHaveLength(42);
    const dashboard = mainText(`${basePath}performance/`);
    for (const row of rows) expect(titleKey(dashboard), row.indicator).toContain(titleKey(row.indicator!));
  });

  it.each(rows.map((row) => [row.indicator!, row]))('%s: every value on its page exactly as in the reference', (title, row) => {
    const text = mainText(pageFor(title));
    const cells = ['current', 'same_month_minus_1y', 'same_month_minus_2y', 'same_month_minus_3y', 'fytd', 'fytd_minus_1y', 'rolling_12m', 'baseline'];
    for (const cell of cells) {
      const value = row[cell];
      if (!value) continue;
      expect(shownAs(value, row.unit!).some((shown) => text.includes(shown)), `${cell} = ${value}`).toBe(true);
    }
    for (const cell of ['vs_1yr_avg', 'vs_3yr_avg', 'perf_vs_benchmark', 'msf']) {
      const value = row[cell];
      // "Below national average" may read "below the national average".
      if (value) expect(text.toLowerCase().replace(/\bthe /g, ''), `${cell} = ${value}`).toContain(value.toLowerCase());
    }
  });
});

describe.skipIf(!hasReference)('topic pages', () => {
  it('road safety shows every KSI casualty and collision figure of the reference', () => {
    const text = mainText(`${basePath}performance/road-safety/`);
    const rows = readCsv('road-safety.csv').filter((r) => ['ksi_casualties_calendar_year', 'stats19_vs_tarn_collisions_financial_year', 'road_safety_partnership_summary_data', 'roads_policing_unit_activity'].includes(r.dataset!));
    expect(rows.length).toBeGreaterThan(40);
    const missing = rows.filter((r) => !shownAs(r.value!, r.unit === 'percent' ? 'percent' : 'count').some((shown) => text.includes(shown)));
    expect(missing.map((r) => `${r.dataset} ${r.measure} ${r.period} = ${r.value}`)).toEqual([]);
  });

  it('call handling shows both the dashboard’s and the narrative’s 999 and 101 answer rates', () => {
    const text = mainText(`${basePath}performance/call-handling/`);
    for (const figure of ['93.8%', '94.4%', '94.7%', '93.3%', '94.2%']) expect(text, figure).toContain(figure);
  });

  it('crime outcomes shows every outcome rate of the dashboard', () => {
    const text = mainText(`${basePath}performance/crime-outcomes/`);
    const rows = readCsv('dashboard-2018-03.csv').filter((r) => /outcome rate/i.test(r.indicator!));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) expect(text, row.indicator).toContain(`${row.rolling_12m}%`);
  });
});
