import { describe, expect, it } from 'vitest';
import { latestPeriodsPhrase, performanceTopics, topicsOf, topicsWithDatasets } from '../../../src/lib/statistics/performance-topics.ts';

describe('topicsOf', () => {
  it('finds the topic page of a dataset from any of its topics', () => {
    expect(topicsOf(['emergency-response']).map((topic) => topic.slug)).toEqual(['call-handling']);
    expect(topicsOf([])).toEqual([]);
  });
});

describe('topicsWithDatasets', () => {
  it.each([
    { name: 'no datasets (a new site)', datasets: [], slugs: [] },
    { name: 'datasets of no topic', datasets: [{ data: { topics: [] } }], slugs: [] },
    { name: 'one topic', datasets: [{ data: { topics: ['road-safety' as const] } }], slugs: ['road-safety'] },
    { name: 'every topic', datasets: performanceTopics.map((topic) => ({ data: { topics: topic.topics } })), slugs: performanceTopics.map((topic) => topic.slug) },
  ])('keeps only the topics with a dataset, in their order: $name', ({ datasets, slugs }) => {
    expect(topicsWithDatasets(datasets).map((topic) => topic.slug)).toEqual(slugs);
  });
});

describe('an intro that ends with its periods gets them from the datasets', () => {
  it.each([
    [['2018-03', '12m-to-2018-03'], 'March 2018 and the 12 months to March 2018'],
    [['2018-02', '2018-04', '12m-to-2018-03', '12m-to-2018-04'], 'April 2018 and the 12 months to April 2018'],
    [['2016-17'], 'financial year 2016-17'],
    [[], undefined],
  ])('%j: %s', (periods, phrase) => expect(latestPeriodsPhrase(periods)).toBe(phrase));

  it('writes the arrests topic\u2019s intro from its figures, and leaves the periods out when there are none', () => {
    const withFigures = topicsWithDatasets([{ data: { topics: ['arrests-stop-search'], observations: [{ period: '2018-04' }, { period: '12m-to-2018-04' }] } }]);
    expect(withFigures[0]!.intro).toBe('Who is arrested and who is stopped and searched, by age, ethnicity and nationality, for April 2018 and the 12 months to April 2018.');
    expect(topicsWithDatasets([{ data: { topics: ['arrests-stop-search'] } }])[0]!.intro).toBe('Who is arrested and who is stopped and searched, by age, ethnicity and nationality.');
  });
});
