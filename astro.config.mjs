// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentValidation } from './src/lib/validation-integration.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { tablesHastPlugin } from './src/lib/content-tables.ts';

// SITE_URL and BASE_PATH let the same code deploy to Netlify (root) or a GitHub Pages project site (/repo/).
const site = process.env.SITE_URL ?? process.env.URL ?? 'https://www.cambridgeshire-pcc.gov.uk';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Separate caches let several builds run at once (tests, benchmark) without sharing a content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [contentValidation(), mdx(), sitemap()],
  markdown: { processor: satteri({ hastPlugins: [tablesHastPlugin] }) },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's warning about it is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
