// The site's Markdown processor: Astro's Sätteri with the project's two hast plugins (numeric tables in a
// scroll box, glossary terms). astro.config.mjs gives it to Astro for MDX; the pages render Markdown texts
// themselves with the plain processor and mark the HTML (see render-text.ts and content-html.ts).
import { satteri } from '@astrojs/markdown-satteri';
import { tablesHastPlugin } from './content-tables.ts';
import { glossaryHastPlugin } from './glossary-plugin.ts';

/** The Markdown settings astro.config.mjs gives Astro (for MDX). */
export const markdownSettings = { processor: satteri({ hastPlugins: [tablesHastPlugin, glossaryHastPlugin] }), syntaxHighlight: false } as const;

/**
 * The same without the project's hast plugins: render-text.ts renders Markdown texts with it and makes the same
 * marks on the HTML (content-html.ts), several times faster.
 */
export const plainMarkdownSettings = { processor: satteri(), syntaxHighlight: false } as const;
