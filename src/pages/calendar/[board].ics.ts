import type { APIRoute, GetStaticPaths } from 'astro';
import { boards, meetingsByBoard, type BoardEntry } from '../../content.ts';
import { meetingsCalendar } from '../../lib/exports/meeting-calendar.ts';
import { paths, withBase } from '../../lib/build/urls.ts';

export const getStaticPaths = (() => boards.map((board) => ({ params: { board: board.id }, props: { board } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ board: BoardEntry }> = ({ props, site: siteUrl }) => {
  const origin = siteUrl ?? new URL('https://localhost');
  const entries = (meetingsByBoard.get(props.board.id) ?? []).map((m) => ({ id: m.id, boardName: props.board.data.name, url: new URL(withBase(import.meta.env.BASE_URL, paths.meeting(m.id)), origin).href, data: m.data }));
  return new Response(meetingsCalendar(`${props.board.data.name} meetings`, entries, origin.hostname), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
