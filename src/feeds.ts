// The site's RSS feeds: one channel shape for all of them (title, language, address, length).
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedDescription, xmlText } from './lib/exports/feed-text.ts';
import { settings } from './settings.ts';

// A feed carries the latest items, not the archive: with every paper of a 10,000-paper archive the feed
// was 5.5 MB, fetched again by each reader on each poll. The full lists are at /papers/ and /data/registers/.
const feedLength = 100;

/** One feed item, all in plain text: siteFeed makes it safe for XML and, in the description, for HTML. */
export interface FeedEntry {
  title: string;
  /** A path on this site, with the base path. */
  link: string;
  pubDate: Date;
  description: string;
  categories?: readonly string[];
  /** An id for the item when its link is not unique to it (an indicator's page, item after item): not a link. */
  guid?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A feed of the first entries of a list that is already newest first. */
export function siteFeed<T>(context: APIContext, feed: { title: string; description: string; entries: readonly T[]; item: (entry: T) => FeedEntry }) {
  return rss({
    title: xmlText(`${settings.name}: ${feed.title}`),
    description: xmlText(feed.description),
    site: new URL(import.meta.env.BASE_URL, context.site ?? 'https://localhost').href,
    customData: '<language>en-gb</language>',
    items: feed.entries.slice(0, feedLength).map((entry) => {
      const item = feed.item(entry);
      return {
        title: xmlText(item.title),
        link: item.link,
        pubDate: item.pubDate,
        description: feedDescription(item.description),
        ...(item.categories && { categories: item.categories.map(xmlText) }),
        // @astrojs/rss makes the guid from the link; customData replaces it.
        ...(item.guid && { customData: `<guid isPermaLink="false">${escapeXml(xmlText(item.guid))}</guid>` }),
      };
    }),
  });
}
