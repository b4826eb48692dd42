import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure code, schemas, content rules) and `site` (the built dist/).
// `npm test` runs unit, builds, then site; `npx vitest run --project unit` is the quick loop.
export default defineConfig({
  test: {
    env: { TZ: 'Europe/London' },
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', environment: 'node', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
