import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { indicatorTile } from '../../../src/lib/statistics/indicator-tile.ts';
import { indicatorSchema } from '../../../src/schemas/indicator.ts';

const load = (id: string) => indicatorSchema.parse(parse(fs.readFileSync(`data/indicators/${id}.yaml`, 'utf8')));

describe('indicatorTile on the real March 2018 dashboard', () => {
  it('recorded crime: 4,988 crimes in March 2018, down 13.1% on March 2017; the dashboard rates the year higher, which is worse', () => {
    const tile = indicatorTile(load('all-recorded-crime'));
    expect(tile.latestValue).toBe('4,988 crimes');
    expect(tile.latestPeriod).toBe('March 2018');
    expect(tile.yearChange).toEqual({ direction: 'down', text: 'down 13.1% on March 2017 (5,737 crimes)' });
    expect(tile.verdict).toMatchObject({ assessment: 'worse', label: 'Worse', basis: 'source' });
    expect(tile.verdict?.text).toBe('The dashboard rates the 12 months to March 2018 as higher than the previous 12 months.');
  });

  it('a percentage moves in percentage points', () => {
    const tile = indicatorTile(load('999-calls-answered-within-10-seconds'));
    expect(tile.latestValue).toMatch(/%$/);
    expect(tile.yearChange?.text).toMatch(/percentage points? on March 2017/);
    expect(tile.hasAlternatives).toBe(true);
  });

  it('a measure where neither direction is better gets no better/worse label', () => {
    const tile = indicatorTile(load('hate-crime'));
    expect(['higher', 'lower', 'no-clear-change']).toContain(tile.verdict?.assessment);
    expect(tile.verdict?.label).not.toMatch(/better|worse/i);
  });

  it('a financial-year series (2016-17) is not mistaken for a month', () => {
    const tile = indicatorTile(load('road-collisions-by-severity'));
    expect(tile.latestPeriod).toBe('financial year 2016-17');
    expect(tile.yearChange).toBeUndefined();
  });

  it('a dataset with no summary has no verdict, and says nothing it cannot support', () => {
    const tile = indicatorTile(load('ksi-road-casualties-by-calendar-year'));
    expect(tile.verdict).toBeUndefined();
    expect(tile.latestPeriod).toBe('2014');
    expect(tile.latestValue).toBe('392 casualties');
  });
});
