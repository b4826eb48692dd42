import type { APIRoute } from 'astro';
import { decisions } from '../../content.ts';
import { siteFeed } from '../../feeds.ts';
import { paths, withBase } from '../../lib/build/urls.ts';

export const GET: APIRoute = (context) =>
  siteFeed(context, {
    title: 'decisions',
    description: 'Decisions taken by the Commissioner or agreed at the Commissioner’s boards, newest first.',
    entries: decisions,
    item: (decision) => ({
      title: decision.data.title,
      link: withBase(import.meta.env.BASE_URL, paths.decision(decision.id)),
      pubDate: new Date(`${decision.data.date}T00:00:00Z`),
      description: `${decision.data.decisionMaker}: ${decision.data.summary}`,
    }),
  });
