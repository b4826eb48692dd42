// Edits YAML text through the `yaml` Document API, so a file keeps its key order, its comments and
// its layout, and only the edited part changes. Used by `npm run new` (a meeting's agenda) and
// `npm run import` (indicator datasets).
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { splitFrontmatter as splitSource, yamlOptions } from '../sources/source-file.ts';

export { yamlOptions };

/** How edited YAML is written: never fold long lines, as the files are written by hand with one figure a line. */
export const yamlWriteOptions = { lineWidth: 0 } as const;

/**
 * Split off the comment lines (and blank lines) at the very end of a YAML text. The `yaml` package
 * attaches them to the last nested value and indents them when it writes the file back, which
 * would turn a commented-out top-level field into a field of the last list.
 */
export function splitTrailingComments(text: string): { body: string; trailing: string } {
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 0 && (lines[end - 1]!.trim() === '' || lines[end - 1]!.startsWith('#'))) end -= 1;
  // Keep a blank line run that ends the file as it was; a body that is all comments stays whole.
  if (end === 0) return { body: text, trailing: '' };
  const body = `${lines.slice(0, end).join('\n')}\n`;
  return { body, trailing: text.slice(body.length) };
}

/** Parse YAML for editing. Throws with the first error's line when the text is not valid YAML. */
export function parseForEdit(text: string, file: string): Document {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...yamlOptions, lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line ?? lineCounter.linePos(error.pos[0]).line;
    throw new Error(`${file}${line ? `:${line}` : ''} cannot be read as YAML: ${error.message.split('\n')[0]}`);
  }
  return document;
}

/** Apply `edit` to the YAML text and write it back, keeping comments (including trailing ones) and order. */
export function editYaml(text: string, file: string, edit: (document: Document) => void): string {
  const { body, trailing } = splitTrailingComments(text);
  const document = parseForEdit(body, file);
  edit(document);
  return document.toString(yamlWriteOptions) + trailing;
}

/** Split a Markdown or MDX file into its front matter (without the --- lines) and the rest, as the check does; undefined when the check would refuse it. */
export function splitFrontmatter(text: string): { frontmatter: string; rest: string } | undefined {
  const split = splitSource(text);
  return 'problem' in split ? undefined : { frontmatter: split.frontmatter, rest: split.rest };
}

/** Edit the frontmatter of an MDX file through the Document API; the body is kept byte for byte. */
export function editFrontmatter(text: string, file: string, edit: (document: Document) => void): string {
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error(`${file} has no frontmatter: it must start with a line "---", the fields, then another "---" line`);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const frontmatter = editYaml(parts.frontmatter.replace(/\r\n/g, '\n'), file, edit);
  return `---${newline}${frontmatter.replace(/\n/g, newline)}---${newline}${parts.rest.replace(/\n/g, newline)}`;
}

/** Insert a top-level key where the schema puts it: after the last present key that comes before it. */
export function insertInOrder(document: Document, key: string, value: unknown, order: readonly string[]): void {
  const map = document.contents;
  if (!isMap(map)) {
    document.set(key, value);
    return;
  }
  const rank = order.indexOf(key);
  const at = map.items.findIndex((pair) => order.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key)) > rank);
  const pair = document.createPair(key, value);
  if (at < 0) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}
