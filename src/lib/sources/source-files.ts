// The gate every content and data file passes through: the one listing of a folder's files and the one reading
// of a file's text. The check, the Astro loaders and the page renderer all use these, so nothing is read that
// the check has not seen. Symbolic links are refused (git commits them, and a link can point anywhere on the
// build host), and so are hidden files, special files, files too large to be a page, and text that is not UTF-8.
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../validation/problems.ts';

/** The largest content or data file read, in bytes: 2 MB, or CONTENT_MAX_BYTES. A paper's summary is a few KB. */
export function maxSourceBytes(env: NodeJS.ProcessEnv = process.env): number {
  const setting = Number(env.CONTENT_MAX_BYTES);
  return Number.isSafeInteger(setting) && setting > 0 ? setting : 2 * 1024 * 1024;
}

const relative = (root: string, absolute: string) => path.relative(root, absolute) || '.';

function linkProblem(root: string, absolute: string): Problem {
  let target = '';
  try {
    target = ` (to ${fs.readlinkSync(absolute)})`;
  } catch {
    // the target is only for the message
  }
  return {
    file: relative(root, absolute),
    field: '(file)',
    message: `is a symbolic link${target}; the site reads only ordinary files, so that nothing outside content/ and data/ is ever published or run`,
    fix: 'replace the link with a copy of the file, or delete it',
  };
}

/** Files and folders whose names start with "." are never content; .gitkeep keeps an empty folder in git. */
const isHidden = (name: string) => name.startsWith('.') && name !== '.gitkeep';

/**
 * Every ordinary file below a folder, in a stable order: the one listing of content and data files. Symbolic
 * links (to files or folders), hidden files and folders, and special files are not listed but reported, and the
 * walk never follows a link. A missing folder has no files.
 */
export function listSourceFiles(root: string, dir: string): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) problems.push(linkProblem(root, absolute));
      else if (entry.name === '.gitkeep') continue;
      else if (isHidden(entry.name)) {
        problems.push({ file: relative(root, absolute), field: '(file)', message: `is a hidden ${entry.isDirectory() ? 'folder' : 'file'} (its name starts with ".")`, fix: 'rename it without the leading dot, or delete it' });
      } else if (entry.isDirectory()) walk(absolute);
      else if (entry.isFile()) files.push(absolute);
      else problems.push({ file: relative(root, absolute), field: '(file)', message: 'is not an ordinary file', fix: 'delete it' });
    }
  };
  let stat: fs.Stats | undefined;
  try {
    stat = fs.lstatSync(dir);
  } catch {
    return { files, problems };
  }
  if (stat.isSymbolicLink()) return { files, problems: [linkProblem(root, dir)] };
  if (stat.isDirectory()) walk(dir);
  // Sorted as whole paths, so "papers/2018-05-10-x.md" comes before "papers/2018/2018-05-10-x.md" however the disk lists them.
  return { files: files.sort(), problems };
}

/** The line (1-based) of a character offset. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Characters that are invisible in an editor and break what the site writes (XML feeds, CSV, calendars):
 * C0 controls other than tab and line ends, DEL, C1 controls, and the non-characters U+FFFE and U+FFFF.
 */
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

/**
 * The text of a content or data file, read as every part of the site reads it: an ordinary file (not a link) of
 * at most maxSourceBytes, in UTF-8; a byte-order mark is dropped and Windows (CRLF) line ends become "\n", so the
 * line numbers are those an editor shows. Undefined, with the problem, when the file cannot be read as text.
 */
export function readSourceText(root: string, absolute: string, env: NodeJS.ProcessEnv = process.env): { text?: string; problems: Problem[] } {
  const file = relative(root, absolute);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(absolute);
  } catch {
    return { problems: [{ file, field: '(file)', message: 'cannot be found', fix: 'check the file name' }] };
  }
  if (stat.isSymbolicLink()) return { problems: [linkProblem(root, absolute)] };
  if (!stat.isFile()) return { problems: [{ file, field: '(file)', message: 'is not an ordinary file', fix: 'delete it' }] };
  const limit = maxSourceBytes(env);
  if (stat.size > limit) {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
    return { problems: [{ file, field: '(file)', message: `is ${mb(stat.size)}, more than the ${mb(limit)} a content file may be`, fix: 'split it into smaller files, or shorten it (CONTENT_MAX_BYTES sets the limit, in bytes)' }] };
  }
  const bytes = fs.readFileSync(absolute);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const valid = validUtf8Prefix(bytes);
    const line = bytes.subarray(0, valid).toString('utf8').split('\n').length;
    return {
      problems: [{ file, line, field: '(file)', message: 'is not saved as UTF-8 (it may be Latin-1 or Windows-1252: letters such as é or £ would be published as �)', fix: 'save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8)' }],
    };
  }
  text = text.replace(/\r\n?/g, '\n');
  const control = controlCharacter.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { problems: [{ file, line: lineAt(text, control.index), field: '(file)', message: `has an invisible control character (U+${code})`, fix: 'delete it (it is often pasted in from a PDF or a word processor); retype the text around it if you cannot see it' }] };
  }
  return { text, problems: [] };
}

/** How many bytes at the start of a buffer are valid UTF-8. */
function validUtf8Prefix(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || at + length > bytes.length) return at;
    for (let i = 1; i < length; i += 1) if ((bytes[at + i]! & 0xc0) !== 0x80) return at;
    at += length;
  }
  return at;
}

/** What may be under content/ and data/: each folder the site reads, and each single file. Anything else is refused. */
export interface SourcePlaces {
  /** Folders (relative to content/ or data/) whose files are collections. */
  folders: readonly string[];
  /** Single files (relative to content/ or data/). */
  files: readonly string[];
  /** Notes for editors, never published (relative paths). */
  notes?: readonly string[];
}

/**
 * Problems for everything below a folder that the site does not read: files outside its collections' folders,
 * links and hidden files anywhere. A file nobody reads is refused because its author expects it to be published.
 */
export function unexpectedFiles(root: string, dir: string, places: SourcePlaces, what: string): Problem[] {
  const { files, problems } = listSourceFiles(root, dir);
  const inFolder = (file: string) => places.folders.some((folder) => file.startsWith(`${folder}/`));
  for (const absolute of files) {
    const inside = path.relative(dir, absolute).split(path.sep).join('/');
    if (inFolder(inside) || places.files.includes(inside) || places.notes?.includes(inside)) continue;
    problems.push({
      file: relative(root, absolute),
      field: '(file)',
      message: `is not in a place the site reads ${what} from`,
      fix: `move it into one of ${[...places.folders.map((f) => `${f}/`), ...places.files].join(', ')} (under ${relative(root, dir)}/), or delete it`,
    });
  }
  return problems;
}
