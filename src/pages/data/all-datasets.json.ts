import type { APIRoute } from 'astro';
import { allDatasetsJson } from '../../lib/exports/all-datasets.ts';
import { notBuilt } from '../../settings.ts';
import { allDatasetsInput } from './_all-datasets.ts';

export const GET: APIRoute = ({ site }) => {
  const input = allDatasetsInput(site);
  return input ? new Response(allDatasetsJson(input), { headers: { 'content-type': 'application/json; charset=utf-8' } }) : notBuilt();
};
