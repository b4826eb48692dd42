// The brand colours of content/site.yaml reach the CSS as a module of Astro's own stylesheet
// ("virtual:brand-colours.css", imported by the layout), so they ship in the same hashed file as the rest of the
// styles: no inline style, which the Content-Security-Policy would block, and no extra request.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { contentPaths } from '../sources/content-paths.ts';
import { formatProblem } from '../validation/problems.ts';
import { readSettings, settingsFileName } from '../validation/validate-settings.ts';
import { brandStylesheet } from './brand-css.ts';

/** The module the layout imports. */
export const brandModule = 'virtual:brand-colours.css';
const resolved = `\0${brandModule}`;

function brandColours(): Plugin {
  return {
    name: 'pcc-brand-colours',
    resolveId: (id) => (id === brandModule ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const { root, contentDir } = contentPaths();
      // The content check has refused bad settings before Astro renders; reading them again here is cheap.
      const { settings, problems } = readSettings(root, contentDir);
      if (!settings) throw new Error(`The site settings cannot be used:\n${problems.map(formatProblem).join('\n')}`);
      this.addWatchFile(`${contentDir}/${settingsFileName}`);
      return brandStylesheet(settings.colours);
    },
  };
}

/** Adds the brand colours module to Astro's Vite. */
export function brandColoursIntegration(): AstroIntegration {
  return { name: 'pcc-brand-colours', hooks: { 'astro:config:setup': ({ updateConfig }) => void updateConfig({ vite: { plugins: [brandColours()] } }) } };
}
