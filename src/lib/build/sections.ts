import type { Sections } from '../../schemas/site.ts';
import { paths, withBase } from './urls.ts';

/** The folder of pages each section builds. */
export const sectionFolders: Record<keyof Sections, string> = {
  plan: paths.plan(),
  inspections: paths.inspections(),
  performance: paths.performance(),
  transparency: paths.transparency(),
};

/** The folders of the sections that are off, with the base path: no page is built there, so none may be listed. */
export function offSectionFolders(sections: Sections, base: string): string[] {
  return (Object.keys(sectionFolders) as (keyof Sections)[]).filter((section) => !sections[section]).map((section) => withBase(base, sectionFolders[section]));
}

/** Whether a page's address (a full URL or a path) is in a section that is off. */
export function inOffSection(page: string, sections: Sections, base: string): boolean {
  const pathname = new URL(page, 'http://site').pathname;
  return offSectionFolders(sections, base).some((folder) => pathname.startsWith(folder));
}
