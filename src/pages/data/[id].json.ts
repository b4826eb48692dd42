import type { APIRoute, GetStaticPaths } from 'astro';
import { indicators, type IndicatorEntry } from '../../content.ts';
import { sectionOn } from '../../settings.ts';
import { datasetJson } from '../../lib/exports/dataset-export.ts';

export const getStaticPaths = (() => (sectionOn('performance') ? indicators : []).map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ indicator: IndicatorEntry }> = ({ props }) =>
  new Response(datasetJson(props.indicator.id, props.indicator.data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
