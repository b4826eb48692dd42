import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFigures, tableCsv } from '../../../../charts/chart-files.ts';
import type { FigureModel } from '../../../../charts/figure-model.ts';
import { indicators } from '../../../../content.ts';
import { sectionOn } from '../../../../settings.ts';

export const getStaticPaths = (() =>
  (sectionOn('performance') ? chartFigures(indicators) : []).filter(({ figure }) => figure.tables.length > 0).map(({ datasetId, figure }) => ({ params: { id: datasetId, figure: figure.key }, props: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: FigureModel }> = ({ props }) =>
  new Response(tableCsv(props.figure.tables[0]!), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
