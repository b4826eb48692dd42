import type { APIRoute } from 'astro';
import { decisions } from '../../../content.ts';
import { decisionsRegister } from '../../../lib/exports/registers.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(decisionsRegister(decisions, new URL(import.meta.env.BASE_URL, site ?? 'https://localhost').href), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
