import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { boardOf, papers } from '../../content.ts';
import { paths, withBase } from '../../lib/urls.ts';
import { site } from '../../site.ts';

// A feed carries the latest items, not the archive: with every paper of a 10,000-paper archive the feed
// was 5.5 MB, fetched again by each reader on each poll. The full lists are at /papers/ and /data/registers/.
const feedLength = 100;

export const GET: APIRoute = (context) =>
  rss({
    title: `${site.name}: new papers`,
    description: 'Papers presented to the Commissioner’s boards and the Police and Crime Panel, newest first.',
    site: new URL(import.meta.env.BASE_URL, context.site ?? 'https://localhost').href,
    customData: '<language>en-gb</language>',
    items: papers.slice(0, feedLength).map((paper) => ({
      title: paper.data.title,
      link: withBase(import.meta.env.BASE_URL, paths.paper(paper.id)),
      pubDate: new Date(`${paper.data.date}T00:00:00Z`),
      description: `${boardOf(paper.data.board).data.name}, from the ${paper.data.from}. ${paper.data.purpose}`,
      categories: paper.data.themes,
    })),
  });
