// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentValidation } from './src/lib/validation-integration.ts';

// SITE_URL and BASE_PATH let the same code deploy to Netlify (root) or a GitHub Pages project site (/repo/).
const site = process.env.SITE_URL ?? process.env.URL ?? 'https://www.cambridgeshire-pcc.gov.uk';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory' },
  integrations: [contentValidation(), mdx(), sitemap()],
  devToolbar: { enabled: false },
});
