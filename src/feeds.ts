// The site's RSS feeds: one channel shape for all of them (title, language, address, length).
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from './site.ts';

// A feed carries the latest items, not the archive: with every paper of a 10,000-paper archive the feed
// was 5.5 MB, fetched again by each reader on each poll. The full lists are at /papers/ and /data/registers/.
const feedLength = 100;

/** A feed of the first entries of a list that is already newest first. */
export function siteFeed<T>(context: APIContext, feed: { title: string; description: string; entries: readonly T[]; item: (entry: T) => RSSFeedItem }) {
  return rss({
    title: `${site.name}: ${feed.title}`,
    description: feed.description,
    site: new URL(import.meta.env.BASE_URL, context.site ?? 'https://localhost').href,
    customData: '<language>en-gb</language>',
    items: feed.entries.slice(0, feedLength).map(feed.item),
  });
}
