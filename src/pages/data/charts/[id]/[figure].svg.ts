import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFigures, chartSvgFile } from '../../../../charts/chart-files.ts';
import type { FigureModel } from '../../../../charts/figure-model.ts';
import { indicators } from '../../../../content.ts';
import { sectionOn } from '../../../../settings.ts';

export const getStaticPaths = (() =>
  (sectionOn('performance') ? chartFigures(indicators) : []).map(({ datasetId, figure }) => ({ params: { id: datasetId, figure: figure.key }, props: { datasetId, figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ datasetId: string; figure: FigureModel }> = ({ props }) =>
  new Response(chartSvgFile(props.datasetId, props.figure), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
