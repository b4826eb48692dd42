import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { builtFile } from './urls.ts';

/** The paths with the listed pages first, in the list's order; the others after them, in their own order. */
export function orderPaths<T extends { pathname: string }>(paths: readonly T[], first: readonly string[]): T[] {
  const position = new Map(first.map((file, index) => [file, index]));
  const rank = (path: T) => position.get(builtFile(path.pathname)) ?? first.length;
  return paths
    .map((path, index) => ({ path, index, rank: rank(path) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ path }) => path);
}

/** How long to wait for the list: far longer than the content check of a large archive takes. */
const waitLimitMs = 120_000;

/** The list of pages another process is writing (whole, by a rename), or none if it is not there in time. */
async function readWhenWritten(file: string): Promise<string[]> {
  const started = Date.now();
  while (!fs.existsSync(file)) {
    if (Date.now() - started > waitLimitMs) return [];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
}

/**
 * Builds the pages listed in the JSON file named by BUILD_ORDER_FILE first, in that order. scripts/build.ts lists
 * the archive's search pages, oldest part of the search index first, so that each part can be indexed while Astro
 * still builds the rest. The build writes the list once the content check has passed, which is usually well before
 * Astro starts writing pages; until then this waits (two minutes at most, then it keeps Astro's order). Without
 * BUILD_ORDER_FILE (astro build, astro dev) it does nothing.
 */
export function buildOrder(): AstroIntegration {
  return {
    name: 'pcc-build-order',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        const file = process.env.BUILD_ORDER_FILE;
        if (!file) return;
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: 'pcc-build-order',
          getStaticPaths: async () => orderPaths(await prerenderer.getStaticPaths(), await readWhenWritten(file)),
        }));
      },
    },
  };
}
