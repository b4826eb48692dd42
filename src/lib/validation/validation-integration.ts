import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { setGlossaryBase } from '../markdown/glossary-plugin.ts';
import { nestingProblem } from './markdown-limits.ts';
import { mdxProblems } from './mdx-rules.ts';
import { ContentProblemsError } from './problems.ts';
import { readSourceFile } from '../sources/source-file.ts';
import { validateSite } from './validate-site.ts';

/**
 * Waits for the content check that scripts/build.ts runs beside Astro: the build writes CONTENT_GATE_FILE only
 * once the whole check has passed, and stops Astro if it fails. There is no time limit that would let Astro go
 * on without it; if the build script is gone (this process was left an orphan), Astro stops.
 */
export async function waitForGate(file: string, parent = process.ppid): Promise<void> {
  while (!fs.existsSync(file)) {
    if (process.ppid !== parent) throw new Error('The build script stopped before the content check passed; nothing was built.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The last lock on MDX, in the build and in `astro dev`: an MDX file is compiled to a module only if it passes
 * the MDX rules (no import, export or {…}: nothing that runs). The check refuses such files first; this makes sure
 * no path through Astro or Vite compiles one that the check has not passed.
 */
export function mdxGate(): Plugin {
  return {
    name: 'pcc-mdx-gate',
    enforce: 'pre',
    transform(_code, id) {
      const absolute = id.split('?')[0]!;
      if (!absolute.endsWith('.mdx')) return undefined;
      const root = process.cwd();
      const file = path.relative(root, absolute);
      const { source, problems } = readSourceFile(root, absolute, file, path.basename(absolute, '.mdx'));
      if (source && !problems.length) {
        const nesting = nestingProblem(source);
        problems.push(...(nesting ? [nesting] : mdxProblems(source)));
      }
      if (problems.length) throw new ContentProblemsError(problems);
      return undefined;
    },
  };
}

/**
 * Checks all content before Astro renders anything, so a build (or dev server) stops with every problem listed at
 * once, in the same words as `npm run check`. A build applies the production rules (no OFFICIAL-SENSITIVE or
 * higher papers); the dev server previews. Under scripts/build.ts, which runs the check in a process of its own
 * while Astro starts, Astro waits for that check before it compiles or renders a page.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'pcc-content-validation',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { plugins: [mdxGate()] } });
        if (command !== 'build' && command !== 'dev') return;
        // The mode reaches validate-content.ts through CONTENT_MODE: the dev server previews (drafts and
        // production-only rules relaxed); astro build is always a production build, whatever the shell says.
        process.env.CONTENT_MODE = command === 'dev' ? 'preview' : 'production';
        if (command === 'build' && process.env.CONTENT_GATE_FILE) return; // checked by scripts/build.ts: see astro:build:start
        const { problems } = validateSite();
        if (problems.length) throw new ContentProblemsError(problems);
      },
      // The one base path, Astro's own, whether it came from BASE_PATH (astro.config.mjs) or `--base`.
      'astro:config:done': ({ config }) => setGlossaryBase(config.base),
      'astro:build:start': async () => {
        const gate = process.env.CONTENT_GATE_FILE;
        if (gate) await waitForGate(gate);
      },
    },
  };
}
