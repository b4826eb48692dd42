import type { IndicatorTopic } from '../../schemas/indicator.ts';
import { comparePeriods, labelPeriod, parsePeriod } from './periods.ts';

/** A performance topic page: which datasets it gathers and how it introduces them. */
export interface PerformanceTopic {
  /** URL segment under /performance/. */
  slug: string;
  title: string;
  /** One or two sentences saying what the page shows; facts, and dates, stay in the datasets. */
  intro: string;
  /** Whether the intro ends with the latest periods of the topic's figures ("for March 2018 and the 12 months to March 2018"), written from the datasets. */
  periodsInIntro?: boolean;
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
    intro: 'Who is arrested and who is stopped and searched, by age, ethnicity and nationality.',
    periodsInIntro: true,
    topics: ['arrests-stop-search'],
  },
];

/** The topic page a dataset belongs on, if any. */
export function topicsOf(datasetTopics: readonly IndicatorTopic[]): PerformanceTopic[] {
  return performanceTopics.filter((topic) => topic.topics.some((t) => datasetTopics.includes(t)));
}

type TopicDataset = { data: { topics: readonly IndicatorTopic[]; observations?: readonly { period: string }[] } };

/** The latest period of each kind among the figures, months first: "March 2018 and the 12 months to March 2018". */
export function latestPeriodsPhrase(periods: readonly string[]): string | undefined {
  const latest = new Map<string, string>();
  for (const period of periods) {
    const kind = parsePeriod(period).kind;
    const held = latest.get(kind);
    if (!held || comparePeriods(period, held) > 0) latest.set(kind, period);
  }
  const order = ['month', 'rolling-12-months', 'financial-year-to-date', 'financial-year', 'calendar-year'];
  const labels = [...latest]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([kind, period]) => (kind === 'rolling-12-months' || kind === 'financial-year-to-date' ? `the ${labelPeriod(period)}` : labelPeriod(period)));
  if (labels.length === 0) return undefined;
  return labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** The topic pages that have at least one dataset: only these are built and listed (a new site may have none). An intro that ends with its periods gets them from those datasets. */
export function topicsWithDatasets(datasets: readonly TopicDataset[]): PerformanceTopic[] {
  return performanceTopics.flatMap((topic) => {
    const own = datasets.filter((dataset) => topicsOf(dataset.data.topics).includes(topic));
    if (own.length === 0) return [];
    if (!topic.periodsInIntro) return [topic];
    const periods = latestPeriodsPhrase(own.flatMap((dataset) => (dataset.data.observations ?? []).map((o) => o.period)));
    return [{ ...topic, intro: periods ? `${topic.intro.replace(/\.$/, '')}, for ${periods}.` : topic.intro }];
  });
}
