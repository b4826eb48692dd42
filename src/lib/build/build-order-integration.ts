import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { builtFile } from './urls.ts';
import { waitForGate } from '../validation/validation-integration.ts';

/** The paths with the listed pages first, in the list's order; the others after them, in their own order. */
export function orderPaths<T extends { pathname: string }>(paths: readonly T[], first: readonly string[]): T[] {
  const position = new Map(first.map((file, index) => [file, index]));
  const rank = (path: T) => position.get(builtFile(path.pathname)) ?? first.length;
  return paths
    .map((path, index) => ({ path, index, rank: rank(path) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ path }) => path);
}

/**
 * Builds the pages listed in the content gate file (CONTENT_GATE_FILE, see validation-integration.ts) first, in
 * that order. scripts/build.ts writes the list there once the content check has passed, oldest part of the search
 * index first, so that each part can be indexed while Astro still builds the rest. Astro has waited for the file
 * before it builds anything. Without CONTENT_GATE_FILE (astro build, astro dev) it does nothing.
 */
export function buildOrder(): AstroIntegration {
  return {
    name: 'pcc-build-order',
    hooks: {
      'astro:build:start': async ({ setPrerenderer }) => {
        const file = process.env.CONTENT_GATE_FILE;
        if (!file) return;
        await waitForGate(file);
        const first = (JSON.parse(fs.readFileSync(file, 'utf8')) as { order?: string[] }).order ?? [];
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: 'pcc-build-order',
          getStaticPaths: async () => orderPaths(await prerenderer.getStaticPaths(), first),
        }));
      },
    },
  };
}
