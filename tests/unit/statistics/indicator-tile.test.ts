import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { indicatorTile } from '../../../src/lib/statistics/indicator-tile.ts';
import { indicatorSchema, type Indicator } from '../../../src/schemas/indicator.ts';

const load = (id: string) => indicatorSchema.parse(parse(fs.readFileSync(`data/indicators/${id}.yaml`, 'utf8')));
const dashboard = fs
  .readdirSync('data/indicators')
  .map((file) => load(file.replace(/\.yaml$/, '')))
  .filter((i) => i.summaries.length > 0);

describe('indicatorTile on the real March 2018 dashboard', () => {
  it('recorded crime leads with the 12 months the dashboard rates, compared with its baseline, and keeps March alone as a secondary line', () => {
    const tile = indicatorTile(load('all-recorded-crime'));
    expect(tile.value).toBe('66,192 crimes');
    expect(tile.period).toBe('12 months to March 2018');
    expect(tile.comparison).toMatchObject({ direction: 'up', text: '14.0% higher than the baseline (58,060 crimes)', short: '14.0% higher', against: 'the baseline' });
    expect(tile.verdict).toEqual({ assessment: 'worse', label: 'Worse', basis: 'source', by: 'Rated by the dashboard' });
    expect(tile.monthAlone).toBe('March 2018 alone: 4,988 crimes');
    expect(tile.figure).toEqual({ number: '66,192', unit: 'crimes' });
  });

  it('a percentage moves in percentage points, against the baseline the dashboard printed', () => {
    const tile = indicatorTile(load('all-crime-outcome-rate'));
    expect(tile.value).toBe('15.9%');
    expect(tile.comparison).toMatchObject({ direction: 'down', text: '4.1 percentage points lower than the baseline (20.0%)', short: '4.1 points lower' });
    expect(tile.verdict?.label).toBe('Worse');
    expect(tile.figure).toEqual({ number: '15.9%', unit: '' });
  });

  it('a comparable rating gets no arrow, whatever the size of the change, and says how big it was', () => {
    const tile = indicatorTile(load('community-resolutions'));
    expect(tile.comparison).toMatchObject({ direction: 'same', text: '16.7% lower than the baseline (1,892 community resolutions)' });
    expect(tile.verdict?.label).toBe('No clear change');
  });

  it('where the printed figures are equal but the dashboard rates them higher, the tile says so, with no arrow', () => {
    const tile = indicatorTile(load('immediate-grade-incidents-time-to-respond'));
    expect(tile.comparison).toMatchObject({ direction: 'same', text: 'The same as the baseline as printed (15 minutes)', short: 'Both 15 minutes as printed' });
    expect(tile.verdict?.assessment).toBe('worse');
  });

  it('a measure where neither direction is better gets no better/worse label', () => {
    const tile = indicatorTile(load('hate-crime'));
    expect(tile.verdict).toMatchObject({ assessment: 'higher', label: 'Higher' });
  });

  it('a headcount is compared with the same month a year earlier, with the site’s own rating where the dashboard printed "-"', () => {
    const tile = indicatorTile(load('special-constabulary-establishment'));
    expect(tile.period).toBe('March 2018');
    expect(tile.comparison?.text).toMatch(/^2\.6% lower than March 2017 \(235 /);
    expect(tile.comparison?.direction).toBe('same');
    expect(tile.verdict).toMatchObject({ assessment: 'no-clear-change', basis: 'site', by: 'The site’s own rating' });
    expect(tile.monthAlone).toBeUndefined();
  });

  it('a dataset with no summary leads with its latest figure and says nothing it cannot support', () => {
    const tile = indicatorTile(load('ksi-road-casualties-by-calendar-year'));
    expect(tile).toMatchObject({ value: '392 casualties', period: '2014' });
    expect(tile.verdict).toBeUndefined();
    expect(tile.comparison).toBeUndefined();
  });

  it.each(dashboard.map((i) => [i.title, i] as const))('%s: the arrow follows the rating, and the words never say the opposite', (_, indicator) => {
    const tile = indicatorTile(indicator);
    if (!tile.verdict || !tile.comparison) return;
    const rated = tile.verdict.assessment;
    const way = tile.comparison.direction;
    // An arrow, where there is one, points the way the rating says; "no clear change" has none.
    const ratedWay = rated === 'no-clear-change' ? 'same' : rated === 'higher' || rated === 'lower' ? (rated === 'higher' ? 'up' : 'down') : (rated === 'better') === (indicator.polarity === 'higher-is-better') ? 'up' : 'down';
    if (way !== 'same') expect(way).toBe(ratedWay);
    if (rated === 'no-clear-change') expect(way).toBe('same');
    if (way === 'up') expect(tile.comparison.text).not.toMatch(/ lower than/);
    if (way === 'down') expect(tile.comparison.text).not.toMatch(/ higher than/);
  });
});

describe('indicatorTile for any month', () => {
  const base = load('all-recorded-crime');
  const withSummary = (rolling: number, baseline: number, rating?: 'higher' | 'lower' | 'comparable'): Indicator => ({
    ...base,
    summaries: [{ period: '2018-03', rolling12Months: rolling, baseline, source: 'dashboard', ...(rating ? { performanceVsBaseline: rating } : {}) }],
  });

  it('the arrow and the comparison never disagree with the rating, published or the site’s own', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(undefined, 'higher', 'lower', 'comparable') as fc.Arbitrary<'higher' | 'lower' | 'comparable' | undefined>, (rolling, baseline, printed) => {
        const tile = indicatorTile(withSummary(rolling, baseline, printed));
        if (!tile.comparison || !tile.verdict) return;
        const expected = { better: 'down', worse: 'up', 'no-clear-change': 'same', higher: 'up', lower: 'down' }[tile.verdict.assessment];
        // No arrow at all where the figures do not move the way the rating says; otherwise the rating's way.
        if (tile.comparison.direction !== 'same') expect(tile.comparison.direction).toBe(expected);
        if (expected === 'same') expect(tile.comparison.direction).toBe('same');
        const moves = rolling === baseline ? 'same' : rolling > baseline ? 'up' : 'down';
        if (tile.comparison.direction !== 'same') expect(tile.comparison.direction).toBe(moves);
        if (tile.comparison.direction === 'up') expect(tile.comparison.text).not.toMatch(/ lower than/);
        if (tile.comparison.direction === 'down') expect(tile.comparison.text).not.toMatch(/ higher than/);
      }),
    );
  });

  it('with no published rating, the site’s own rating is named as such and compares with the baseline printed', () => {
    const tile = indicatorTile(withSummary(1000, 900));
    expect(tile.verdict).toMatchObject({ basis: 'site', by: 'The site’s own rating', label: 'Worse' });
    expect(tile.comparison?.text).toBe('11.1% higher than the baseline (900 crimes)');
  });
});
