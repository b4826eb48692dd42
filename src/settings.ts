// The site's settings (content/site.yaml), read once through the content gate. Components import them from here;
// nothing else reads the file. The content check has refused bad settings before Astro renders a page, so a
// problem here means the check did not run: it is reported as it would have been.
import { contentPaths } from './lib/sources/content-paths.ts';
import { formatProblem } from './lib/validation/problems.ts';
import { readSettings } from './lib/validation/validate-settings.ts';
import type { Sections, SiteSettings } from './schemas/site.ts';

function load(): SiteSettings {
  const { root, contentDir } = contentPaths();
  const { settings, problems } = readSettings(root, contentDir);
  if (!settings) throw new Error(`The site settings cannot be used:\n${problems.map(formatProblem).join('\n')}`);
  return settings;
}

/** Who publishes the site, its colours, sections and footer links. */
export const settings: SiteSettings = load();

/** Whether a section of the site is built. */
export const sectionOn = (section: keyof Sections): boolean => settings.sections[section];

/**
 * What a page of a section that is off returns instead of its HTML: a response with no body, which Astro's
 * static build writes no file for, so the page is not published. (Not 404, which Astro answers with the 404 page.)
 */
export const notBuilt = (): Response => new Response(null, { status: 204 });
