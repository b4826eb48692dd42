// Which figures a tile's sparkline shows and what it says they are (src/charts/tile-sparkline.ts).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tileSparkline } from '../../../src/charts/tile-sparkline.ts';
import { indicatorSchema, type Indicator } from '../../../src/schemas/indicator.ts';
import { monthsBetween } from '../../helpers/synthetic-months.ts';

const get = (id: string) => indicatorSchema.parse(parse(fs.readFileSync(`data/indicators/${id}.yaml`, 'utf8'))) as Indicator;

describe('tileSparkline', () => {
  it('shows the same month of each year as unjoined dots, and says so', () => {
    const spark = tileSparkline(get('all-recorded-crime'))!;
    expect(spark.caption).toBe('March of each year, 2015 to 2018');
    expect(spark.chart.paths).toHaveLength(0);
    expect(spark.label).toBe('Small chart of All recorded crime, March of each year, 2015 to 2018, on a scale from zero: March 2015: 4,078; March 2016: 3,968; March 2017: 5,737; March 2018: 4,988.');
  });

  it('keeps a gap where a year has no figure', () => {
    const spark = tileSparkline(get('how-safe-do-our-communities-feel'))!;
    expect(spark.caption).toBe('December of each year, 2014 to 2017');
    expect(spark.label).toContain('December 2014: no figure published');
    expect(spark.chart.points).toHaveLength(3);
  });

  it('draws a line once there are three months in a row to the reporting month', () => {
    const base = get('all-recorded-crime');
    const months = monthsBetween('2018-01', '2018-06');
    const made: Indicator = { ...base, observations: [...base.observations, ...months.filter((m) => m !== '2018-03').map((period, i) => ({ period, value: 4000 + i, source: 'dashboard' }))] };
    const spark = tileSparkline(made)!;
    expect(spark.caption).toBe('Each month, January 2018 to June 2018');
    expect(spark.chart.paths).toHaveLength(1);
    expect(spark.chart.labels.map((l) => l.lines[1])).toEqual(['Jan 2018', 'Jun 2018']);
  });

  it('joins a run of years for a dataset with no monthly figures', () => {
    const spark = tileSparkline(get('ksi-road-casualties-by-calendar-year'))!;
    expect(spark.caption).toBe('Each year, 2010 to 2014');
    expect(spark.label).toMatch(/^Small chart of .*, each year, 2010 to 2014, on a scale from zero: 2010: /);
    expect(spark.chart.paths).toHaveLength(1);
  });

  it('matches periods however they are written, taking the first figure of a period', () => {
    const observations = [
      { period: 'FY2014-15', value: 1, source: 'x' },
      { period: '2015-16', value: 2, source: 'x' },
      { period: 'FY2015-16', value: 99, source: 'x' },
      { period: '2017-18', value: 4, source: 'x' },
    ];
    const made = { ...get('ksi-road-casualties-by-calendar-year'), title: 'Made-up figures', series: [], observations };
    const spark = tileSparkline(made)!;
    expect(spark.caption).toBe('Each financial year, 2014-15 to 2017-18');
    expect(spark.label).toContain('financial year 2014-15: 1; financial year 2015-16: 2; financial year 2016-17: no figure published; financial year 2017-18: 4.');
  });

  it('has nothing to show for a dataset of several series', () => {
    expect(tileSparkline(get('road-collisions-by-severity'))).toBeUndefined();
  });
});
