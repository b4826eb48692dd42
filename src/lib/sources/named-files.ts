import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../validation/problems.ts';
import { listSourceFiles } from './source-files.ts';

/** Lower-case words joined by hyphens: the form of every file name that is an id. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every file below a folder of the built site (recursively), hidden files left out, in a stable order. Content and data files are listed by listSourceFiles. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A content or data file whose name is a valid, unique id. */
export interface NamedFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** The file name without its extension. */
  id: string;
}

/** How to word the file-name problems of one kind of file. */
export interface NamingRules {
  /** The extension every file must have, for example ".yaml", or the extensions it may have (the first is the usual one). */
  extension: string | readonly string[];
  /** The fix for a name that is not an id. */
  invalidIdFix: string;
  /** The fix for two files with one id. */
  duplicateFix?: string;
}

/**
 * The files of a folder whose names are usable ids. A wrong extension, a name that is not an id
 * and a repeated id are each reported as a problem (the same words for every kind of content),
 * and the file is left out.
 */
export function namedFiles(root: string, dir: string, rules: NamingRules, problems: Problem[]): NamedFile[] {
  const named: NamedFile[] = [];
  const seen = new Map<string, string>();
  const extensions: readonly string[] = typeof rules.extension === 'string' ? [rules.extension] : rules.extension;
  const wanted = extensions.join(' or ');
  const listed = listSourceFiles(root, dir);
  problems.push(...listed.problems);
  for (const absolute of listed.files) {
    const file = path.relative(root, absolute);
    const extension = path.extname(absolute);
    const id = path.basename(absolute, extension);
    if (!extensions.includes(extension)) {
      problems.push({ file, field: '(file name)', message: `is not a ${wanted} file`, fix: `rename it to end in ${extensions[0]}, or move it out of ${path.relative(root, dir)}` });
    } else if (!idPattern.test(id)) {
      problems.push({ file, field: '(file name)', message: `"${id}" is not a valid id`, fix: rules.invalidIdFix });
    } else if (seen.has(id)) {
      problems.push({ file, field: '(file name)', message: `repeats the id "${id}" of ${seen.get(id)}`, fix: rules.duplicateFix ?? 'give one of the two files a different name' });
    } else {
      seen.set(id, file);
      named.push({ absolute, file, id });
    }
  }
  return named;
}
