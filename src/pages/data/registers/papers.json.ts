import type { APIRoute } from 'astro';
import { papers } from '../../../content.ts';
import { papersRegister } from '../../../lib/exports/registers.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(papersRegister(papers, new URL(import.meta.env.BASE_URL, site ?? 'https://localhost').href), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
