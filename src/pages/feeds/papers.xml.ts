import type { APIRoute } from 'astro';
import { boardOf, papers } from '../../content.ts';
import { siteFeed } from '../../feeds.ts';
import { paths, withBase } from '../../lib/build/urls.ts';

export const GET: APIRoute = (context) =>
  siteFeed(context, {
    title: 'new papers',
    description: 'Papers presented to the Commissioner’s boards and the Police and Crime Panel, newest first.',
    entries: papers,
    item: (paper) => ({
      title: paper.data.title,
      link: withBase(import.meta.env.BASE_URL, paths.paper(paper.id)),
      pubDate: new Date(`${paper.data.date}T00:00:00Z`),
      description: `${boardOf(paper.data.board).data.name}, from the ${paper.data.from}. ${paper.data.purpose}`,
      categories: paper.data.themes,
    }),
  });
