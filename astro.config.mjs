// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { brandColoursIntegration } from './src/lib/build/brand-integration.ts';
import { contentPaths } from './src/lib/sources/content-paths.ts';
import { readSettings } from './src/lib/validation/validate-settings.ts';
import { inOffSection } from './src/lib/build/sections.ts';
import { buildOrder } from './src/lib/build/build-order-integration.ts';
import { contentValidation } from './src/lib/validation/validation-integration.ts';
import { markdownSettings } from './src/lib/markdown/markdown-processor.ts';

// A public body's build reports nothing out: Astro's usage telemetry is off for every astro command (dev, build,
// preview, check), which all read this file before they would send anything.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// SITE_URL and BASE_PATH let the same code deploy to Netlify (root) or a GitHub Pages project site (/repo/).
// Without either, the address in content/site.yaml (the content check reports anything wrong with that file).
const { root, contentDir } = contentPaths();
const settings = readSettings(root, contentDir).settings;
const site = process.env.SITE_URL ?? process.env.URL ?? settings?.siteUrl;
const base = process.env.BASE_PATH ?? '/';
let builtBase = base;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Another office's public/ folder (its logo), for the tests that build one.
  publicDir: process.env.PUBLIC_DIR ?? './public',
  // Separate caches let several builds run at once (tests, benchmark) without sharing a content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Four pages at a time: while one page's file is written, the next is rendered (a 10,000-paper archive
  // builds in about two thirds of the time it takes one page at a time).
  build: { format: 'directory', concurrency: 4 },
  // The sitemap leaves out the sections content/site.yaml turns off, whose pages are not built; under the base path
  // Astro settles on (BASE_PATH or astro build --base), which is known once the config is done.
  integrations: [
    contentValidation(),
    buildOrder(),
    brandColoursIntegration(),
    mdx(),
    { name: 'pcc-built-base', hooks: { 'astro:config:done': ({ config }) => void (builtBase = config.base) } },
    sitemap({ filter: (page) => !settings || !inOffSection(page, settings.sections, builtBase) }),
  ],
  // syntaxHighlight: false because Shiki colours code with style="" attributes, which the CSP below blocks.
  markdown: markdownSettings,
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> in every page: scripts and styles only from this site or by the hash
  // of what Astro bundled, never 'unsafe-inline' or 'unsafe-eval'. 'self' is listed so that it stays when a page
  // adds a source with Astro.csp.insertScriptResource (for example 'wasm-unsafe-eval', should Pagefind ever run on
  // the search page itself rather than in its worker). frame-ancestors, which a <meta> cannot carry, is a header in netlify.toml.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // Builds, tests and the benchmark write here; the dev server must not reload for them.
    server: { watch: { ignored: ['**/.build-tmp/**', '**/.bench/**', '**/dist/**'] } },
    build: {
      // Scripts and styles always ship as files, never inlined: a strict Content-Security-Policy needs no hashes.
      assetsInlineLimit: 0,
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
