import type { APIRoute } from 'astro';
import { meetings } from '../../../content.ts';
import { meetingsRegister } from '../../../lib/exports/registers.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(meetingsRegister(meetings, new URL(import.meta.env.BASE_URL, site ?? 'https://localhost').href), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
