// The only components content can use. MDX files receive these from the page, never import them.
import Table from './Table.astro';

export const contentComponents = { table: Table };
