import type { APIRoute } from 'astro';
import { allDatasetsZip } from '../../lib/exports/all-datasets.ts';
import { notBuilt } from '../../settings.ts';
import { allDatasetsInput } from './_all-datasets.ts';

export const GET: APIRoute = ({ site }) => {
  const input = allDatasetsInput(site);
  return input ? new Response(allDatasetsZip(input), { headers: { 'content-type': 'application/zip' } }) : notBuilt();
};
