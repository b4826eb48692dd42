import type { AstroIntegration } from 'astro';
import { formatReport } from './problems.ts';
import { validateSite } from './validate-site.ts';

/**
 * Checks all content before Astro loads it, so a build (or dev server) stops with every
 * problem listed at once, in the same words as `npm run check`.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'pcc-content-validation',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = validateSite();
        if (problems.length) {
          const error = new Error(`\n${formatReport(problems)}\n`);
          error.stack = error.message;
          throw error;
        }
      },
    },
  };
}
