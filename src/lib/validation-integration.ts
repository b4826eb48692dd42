import type { AstroIntegration } from 'astro';
import { formatReport } from './problems.ts';
import { validateSite } from './validate-site.ts';

/**
 * Checks all content before Astro loads it, so a build (or dev server) stops with every
 * problem listed at once, in the same words as `npm run check`. A build applies the production
 * rules (no OFFICIAL-SENSITIVE or higher papers); the dev server previews.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'pcc-content-validation',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' && command !== 'dev') return;
        // The mode reaches validate-content.ts through CONTENT_MODE: the dev server previews (drafts and
        // production-only rules relaxed); astro build is always a production build, whatever the shell says.
        process.env.CONTENT_MODE = command === 'dev' ? 'preview' : 'production';
        // scripts/build.ts has just run the same production check before starting this build.
        if (command === 'build' && process.env.CONTENT_CHECKED === 'production') return;
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
