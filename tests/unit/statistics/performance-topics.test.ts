import { describe, expect, it } from 'vitest';
import { performanceTopics, topicsOf, topicsWithDatasets } from '../../../src/lib/statistics/performance-topics.ts';

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
