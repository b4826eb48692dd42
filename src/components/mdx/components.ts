// The only components content can use. MDX files receive these from the page, never import them.
// (Tables get their scroll box from the Markdown processor: see src/lib/markdown/content-tables.ts.)
import IndicatorChart from './IndicatorChart.astro';

export const contentComponents = { IndicatorChart };
