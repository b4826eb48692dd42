import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coverage, datasetJsonLd } from '../../../src/lib/exports/dataset-catalogue.ts';
import { indicatorSchema } from '../../../src/schemas/indicator.ts';

const load = (id: string) => indicatorSchema.parse(parse(fs.readFileSync(`data/indicators/${id}.yaml`, 'utf8')));

describe('coverage', () => {
  it.each([
    ['all-recorded-crime', 'March 2015 to March 2018'],
    ['ksi-road-casualties-by-calendar-year', '2010 to 2014'],
  ])('%s covers %s', (id, expected) => expect(coverage(load(id))).toBe(expected));
});

describe('datasetJsonLd', () => {
  it('describes the dataset, its licence and both downloads', () => {
    const ld = datasetJsonLd({ id: 'x', indicator: load('all-recorded-crime'), pageUrl: 'https://e.org/p/', csvUrl: 'https://e.org/x.csv', jsonUrl: 'https://e.org/x.json', publisher: 'PCC', area: 'Cambridgeshire' });
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toContain('open-government-licence/version/3');
    expect(ld.distribution.map((d) => d.encodingFormat)).toEqual(['text/csv', 'application/json']);
    expect(ld.temporalCoverage).toBe('March 2015 to March 2018');
  });
});
