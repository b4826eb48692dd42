// The performance feed: one item per dashboard indicator, for its latest reporting month, so a reader
// following the feed sees each month’s figures arrive. With the performance section off there are no
// indicators (the check refuses datasets then), so the feed is empty.
import type { APIRoute } from 'astro';
import { indicators } from '../../content.ts';
import { siteFeed } from '../../feeds.ts';
import { paths, withBase } from '../../lib/build/urls.ts';
import { indicatorTile } from '../../lib/statistics/indicator-tile.ts';
import { reportingMonth } from '../../lib/statistics/reporting.ts';
import { monthLabel } from '../../lib/statistics/periods.ts';

const dashboard = indicators
  .filter((indicator) => indicator.data.summaries.length > 0)
  .map((indicator) => ({ indicator, month: reportingMonth(indicator.data)! }))
  // Newest month first, then the most recently updated, then the dashboard's order.
  .sort((a, b) => b.month.localeCompare(a.month) || b.indicator.data.lastUpdated.localeCompare(a.indicator.data.lastUpdated));

export const GET: APIRoute = (context) =>
  siteFeed(context, {
    title: 'performance figures',
    description: 'The latest figures of each indicator on the Police and Crime Plan dashboard, newest month first.',
    entries: dashboard,
    item: ({ indicator, month }) => {
      const tile = indicatorTile(indicator.data);
      const latest = tile.value ? `${tile.period}: ${tile.value}.` : `No figure published for ${monthLabel(month)}.`;
      return {
        title: `${indicator.data.title}: ${monthLabel(month)}`,
        link: withBase(import.meta.env.BASE_URL, paths.indicator(indicator.id)),
        // One page, a new item each month: the guid names the month, so a feed reader shows it as new.
        guid: `${indicator.id}/${month}`,
        pubDate: new Date(`${indicator.data.lastUpdated}T00:00:00Z`),
        description: [latest, tile.comparison && `${tile.comparison.text}.`, tile.verdict && `${tile.verdict.label}: ${tile.verdict.by.toLowerCase()}.`, tile.monthAlone && `${tile.monthAlone}.`].filter(Boolean).join(' '),
      };
    },
  });
