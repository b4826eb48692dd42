import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coverage, coverageOf, datasetJsonLd } from '../../../src/lib/exports/dataset-catalogue.ts';
import { parsePeriod } from '../../../src/lib/statistics/periods.ts';
import { indicatorSchema } from '../../../src/schemas/indicator.ts';

const load = (id: string) => indicatorSchema.parse(parse(fs.readFileSync(`data/indicators/${id}.yaml`, 'utf8')));

describe('coverage', () => {
  it.each([
    ['all-recorded-crime', 'March of each year, 2015 to 2018'],
    ['ksi-road-casualties-by-calendar-year', '2010 to 2014'],
    // The paper gives no period: the month the figures are filed under is not one.
    ['999-and-101-call-volumes', 'Period not stated'],
  ])('%s covers %s', (id, expected) => expect(coverage(load(id))).toBe(expected));
});

describe('coverageOf says what the points are', () => {
  it.each([
    [['2015-03', '2016-03', '2017-03'], 'March of each year, 2015 to 2017'],
    [['2018-01', '2018-02', '2018-03'], 'Every month from January 2018 to March 2018'],
    [['2018-01', '2018-03'], 'Months from January 2018 to March 2018'],
    [['2018-03'], 'March 2018'],
    [['2018-03', '12m-to-2018-03'], 'March 2018; 12 months to March 2018'],
    [['12m-to-2017-03', '12m-to-2018-03'], '12 months to March, 2017 and 2018'],
    [['2014-15', '2015-16'], 'Financial years 2014-15 to 2015-16'],
  ])('%j: %s', (periods, expected) => expect(coverageOf(periods.map((p) => parsePeriod(p)))).toBe(expected));
});

describe('datasetJsonLd', () => {
  it('describes the dataset, its licence and both downloads', () => {
    const ld = datasetJsonLd({ id: 'x', indicator: load('all-recorded-crime'), pageUrl: 'https://e.org/p/', csvUrl: 'https://e.org/x.csv', jsonUrl: 'https://e.org/x.json', publisher: 'PCC', area: 'Cambridgeshire' });
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toContain('open-government-licence/version/3');
    expect(ld.distribution.map((d) => d.encodingFormat)).toEqual(['text/csv', 'application/json']);
    expect(ld.temporalCoverage).toBe('2015-03/2018-03');
  });
});
