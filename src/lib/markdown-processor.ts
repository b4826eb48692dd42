// The site's Markdown processor: Astro's Sätteri with the project's two hast plugins (numeric tables in a
// scroll box, glossary terms). astro.config.mjs gives it to Astro for MDX; the pages render Markdown texts
// with it themselves (see render-text.ts), so both go through exactly the same pipeline.
import { satteri } from '@astrojs/markdown-satteri';
import { tablesHastPlugin } from './content-tables.ts';
import { glossaryHastPlugin } from './glossary-plugin.ts';

/** The Markdown settings astro.config.mjs gives Astro, and render-text.ts uses for the pages' own rendering. */
export const markdownSettings = { processor: satteri({ hastPlugins: [tablesHastPlugin, glossaryHastPlugin] }), syntaxHighlight: false } as const;
