/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects: `unit` (pure code, schemas, content rules) and `site` (the built dist/).
// `npm test` runs unit, builds, then site; `npx vitest run --project unit` is the quick loop.
// getViteConfig adds Astro's Vite plugins, so unit tests can render .astro components with the
// container API (tests/unit/charts/). configFile: false leaves out the site's integrations, so a
// problem in the content cannot stop the unit tests from starting.
export default getViteConfig({
  test: {
    env: { TZ: 'Europe/London' },
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', environment: 'node', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
}, { configFile: false, logLevel: 'error', devToolbar: { enabled: false } });
