import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changeOfRow, dashboardOverview, earlierMonthsSentence, overviewPeriod, themeCounts } from '../../../src/lib/statistics/dashboard-overview.ts';
import { indicatorSchema, type Indicator } from '../../../src/schemas/indicator.ts';

const entries = fs
  .readdirSync('data/indicators')
  .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: indicatorSchema.parse(parse(fs.readFileSync(`data/indicators/${file}`, 'utf8'))) as Indicator }))
  .filter((e) => e.data.dashboardPosition !== undefined);

describe('dashboardOverview of the real March 2018 dashboard', () => {
  const overview = dashboardOverview(entries);

  it('counts every indicator once, on one basis: the rating of its latest 12 months', () => {
    const total = overview.counts.reduce((sum, c) => sum + c.count, 0) + overview.unrated;
    expect(total).toBe(entries.length);
    expect(overview.counts.map((c) => c.assessment)).toEqual(['better', 'worse', 'no-clear-change', 'higher', 'lower']);
    // The dashboard's own ratings, and the site's for the four it left blank ("-").
    expect(overview.ratedBy).toEqual({ source: entries.length - 4, site: 4 });
    expect(overview.counts.find((c) => c.assessment === 'worse')?.count).toBe(overview.rows.filter((r) => r.tile.verdict?.label === 'Worse').length);
  });

  it('names the period, and which indicators stop earlier', () => {
    expect(overviewPeriod(overview.months)).toBe('the 12 months to March 2018');
    expect(earlierMonthsSentence(overview.months)).toBe('3 indicators run to earlier months: December 2017 (2) and June 2017 (1).');
  });

  it('ranks the biggest changes by their size against the baseline, and writes each in words from the figures', () => {
    const worse = overview.biggest.worse.map((r) => r.entry.id);
    expect(worse).toContain('rural-crime');
    expect(overview.biggest.better[0]?.entry.id).toBe('police-recorded-asb');
    const rural = overview.rows.find((r) => r.entry.id === 'rural-crime')!;
    expect(changeOfRow(rural.entry.data, rural, '2018-03')).toEqual({ subject: 'Rural crime', rest: '36.5% higher than the baseline, at 2,118 crimes against 1,552.' });
    const asb = overview.rows.find((r) => r.entry.id === 'perception-of-high-asb')!;
    // A different month from the overview's is said.
    expect(changeOfRow(asb.entry.data, asb, '2018-03')?.rest).toBe('0.3 percentage points higher than the baseline in the 12 months to December 2017, at 0.9% against 0.6%.');
  });

  it('leaves out of the biggest changes a rating the printed figures do not show as a change, and percentages that moved less than 2 points', () => {
    expect(overview.biggest.worse.map((r) => r.entry.id)).not.toContain('immediate-grade-incidents-time-to-respond');
    // 0.6% to 0.9% is +50% as a share, but 0.3 percentage points.
    expect(overview.biggest.worse.map((r) => r.entry.id)).not.toContain('perception-of-high-asb');
  });
});

describe('dashboardOverview of made-up datasets', () => {
  const base = entries.find((e) => e.id === 'all-recorded-crime')!;
  const made = (id: string, rolling: number, baseline: number, month = '2018-06') => ({
    id,
    data: { ...base.data, observations: [], summaries: [{ period: month, rolling12Months: rolling, baseline, source: 'dashboard' }] } as Indicator,
  });

  it('rates with the site’s own rule where nothing is published, and counts no rating where nothing can be compared', () => {
    const overview = dashboardOverview([made('a', 110, 100), made('b', 90, 100), made('c', 101, 100), { ...base, data: { ...base.data, summaries: [] } }]);
    expect(overview.counts).toEqual([
      { assessment: 'better', count: 1 },
      { assessment: 'worse', count: 1 },
      { assessment: 'no-clear-change', count: 1 },
    ]);
    expect(overview.unrated).toBe(1);
    expect(overview.ratedBy).toEqual({ source: 0, site: 3 });
    expect(overviewPeriod(overview.months)).toBe('the 12 months to June 2018');
    expect(earlierMonthsSentence(overview.months)).toBeUndefined();
  });

  it('keeps at most three of each, largest first', () => {
    const overview = dashboardOverview([made('a', 120, 100), made('b', 150, 100), made('c', 110, 100), made('d', 130, 100)]);
    expect(overview.biggest.worse.map((r) => r.entry.id)).toEqual(['b', 'd', 'a']);
  });
});

describe('themeCounts', () => {
  it('lists the plan themes that have dashboard indicators, in the plan’s order, with their counts', () => {
    const counts = themeCounts(entries);
    expect(counts.map((t) => t.id)).toEqual(['victims', 'offenders', 'communities', 'transformation']);
    expect(counts.reduce((sum, t) => sum + t.count, 0)).toBe(entries.length);
    expect(themeCounts(entries.filter((e) => e.data.theme === 'offenders')).map((t) => t.name)).toEqual(['Offenders']);
  });
  it('makes the overview of one list once', () => {
    expect(dashboardOverview(entries)).toBe(dashboardOverview(entries));
  });
});
