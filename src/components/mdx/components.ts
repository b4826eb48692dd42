// The only components content can use. MDX files receive these from the page, never import them.
import IndicatorChart from './IndicatorChart.astro';
import Table from './Table.astro';

export const contentComponents = { table: Table, IndicatorChart };
