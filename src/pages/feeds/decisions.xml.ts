import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { decisions } from '../../content.ts';
import { paths, withBase } from '../../lib/urls.ts';
import { site } from '../../site.ts';

// A feed carries the latest items, not the archive: with every paper of a 10,000-paper archive the feed
// was 5.5 MB, fetched again by each reader on each poll. The full lists are at /papers/ and /data/registers/.
const feedLength = 100;

export const GET: APIRoute = (context) =>
  rss({
    title: `${site.name}: decisions`,
    description: 'Decisions taken by the Commissioner or agreed at the Commissioner’s boards, newest first.',
    site: new URL(import.meta.env.BASE_URL, context.site ?? 'https://localhost').href,
    customData: '<language>en-gb</language>',
    items: decisions.slice(0, feedLength).map((decision) => ({
      title: decision.data.title,
      link: withBase(import.meta.env.BASE_URL, paths.decision(decision.id)),
      pubDate: new Date(`${decision.data.date}T00:00:00Z`),
      description: `${decision.data.decisionMaker}: ${decision.data.summary}`,
    })),
  });
