// The downloads of spending over £500: spending-<month>.csv and .json for each month, spending-all.csv and .json for every month.
import type { APIRoute, GetStaticPaths } from 'astro';
import { spendMonths } from '../../../content.ts';
import { spendCsv, spendJson } from '../../../lib/exports/spend-export.ts';
import { sectionOn } from '../../../settings.ts';
import type { SpendMonth } from '../../../schemas/spend.ts';

export const getStaticPaths = (() => {
  if (!sectionOn('transparency') || !spendMonths.length) return [];
  const sets: [string, SpendMonth[]][] = [['all', spendMonths.map((m) => m.data)], ...spendMonths.map((m): [string, SpendMonth[]] => [m.data.month, [m.data]])];
  return sets.flatMap(([name, months]) => (['csv', 'json'] as const).map((format) => ({ params: { file: `spending-${name}.${format}` }, props: { months, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ months: SpendMonth[]; format: 'csv' | 'json' }> = ({ props }) =>
  props.format === 'csv'
    ? new Response(spendCsv(props.months), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
    : new Response(spendJson(props.months), { headers: { 'content-type': 'application/json; charset=utf-8' } });
