import type { IndicatorTopic } from '../../schemas/indicator.ts';

/** A performance topic page: which datasets it gathers and how it introduces them. */
export interface PerformanceTopic {
  /** URL segment under /performance/. */
  slug: string;
  title: string;
  /** One or two sentences saying what the page shows; facts stay in the datasets. */
  intro: string;
  /** Datasets with any of these topics appear on the page. */
  topics: readonly IndicatorTopic[];
}

/** The topic pages, in the order they are listed. */
export const performanceTopics: readonly PerformanceTopic[] = [
  {
    slug: 'road-safety',
    title: 'Road safety',
    intro: 'People killed or seriously injured (KSI) on the roads, collisions recorded by the police compared with hospital data, the Road Safety Partnership’s figures, and the work of the Roads Policing Unit.',
    topics: ['road-safety'],
  },
  {
    slug: 'call-handling',
    title: '999 and 101 calls',
    intro: 'How many emergency (999) and non-emergency (101) calls the force receives, and how quickly it answers them. Where the narrative report and the dashboard give different figures, both are shown with their sources.',
    topics: ['call-handling', 'emergency-response'],
  },
  {
    slug: 'crime-outcomes',
    title: 'Crime outcomes',
    intro: 'The share of crimes that reach a “prosecution possible” outcome, by type of crime, and how long investigations take.',
    topics: ['crime-outcomes'],
  },
  {
    slug: 'arrests-and-stop-search',
    title: 'Arrests and stop search',
    intro: 'Who is arrested and who is stopped and searched, by age, ethnicity and nationality, for March 2018 and the 12 months to March 2018.',
    topics: ['arrests-stop-search'],
  },
];

/** The topic page a dataset belongs on, if any. */
export function topicsOf(datasetTopics: readonly IndicatorTopic[]): PerformanceTopic[] {
  return performanceTopics.filter((topic) => topic.topics.some((t) => datasetTopics.includes(t)));
}

/** The topic pages that have at least one dataset: only these are built and listed (a new site may have none). */
export function topicsWithDatasets(datasets: readonly { data: { topics: readonly IndicatorTopic[] } }[]): PerformanceTopic[] {
  return performanceTopics.filter((topic) => datasets.some((dataset) => topicsOf(dataset.data.topics).includes(topic)));
}
