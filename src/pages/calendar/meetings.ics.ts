import type { APIRoute } from 'astro';
import { boardOf, meetings } from '../../content.ts';
import { meetingsCalendar } from '../../lib/exports/meeting-calendar.ts';
import { paths, withBase } from '../../lib/build/urls.ts';
import { settings } from '../../settings.ts';

export const GET: APIRoute = ({ site: siteUrl }) => {
  const origin = siteUrl ?? new URL('https://localhost');
  const entries = meetings.map((m) => ({ id: m.id, boardName: boardOf(m.data.board).data.name, url: new URL(withBase(import.meta.env.BASE_URL, paths.meeting(m.id)), origin).href, data: m.data }));
  return new Response(meetingsCalendar(`${settings.shortName}: all meetings`, entries, origin.hostname), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
