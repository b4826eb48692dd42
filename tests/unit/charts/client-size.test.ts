// The tooltip script is the only JavaScript a chart page ships; the issue allows a chart page at
// most 12 KB of gzipped JavaScript. Bundled and minified as the build does, it must stay far below.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('the chart tooltip script is under 12 KB gzipped, with no imports left to load', async () => {
  const result = await build({ entryPoints: [new URL('../../../src/client/chart-tooltip.ts', import.meta.url).pathname], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0]!.text;
  expect(code).not.toMatch(/\bimport\b/);
  expect(gzipSync(code).length).toBeLessThan(12 * 1024);
});
