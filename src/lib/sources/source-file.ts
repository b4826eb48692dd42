import { LineCounter, parseDocument, isNode, isAlias, visit, type Document } from 'yaml';
import type { Problem } from '../validation/problems.ts';
import { readSourceText } from './source-files.ts';

/** A content or data file parsed with enough position information to point at a line. */
export interface SourceFile {
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  /** Id derived from the file name. */
  id: string;
  /** The parsed YAML data (frontmatter for MDX files). */
  data: unknown;
  /** MDX body, for MDX files. */
  body?: string;
  /** 1-based line on which the body starts. */
  bodyLine?: number;
  /** Line of the value at a data path, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** The one configuration every content and data file is read with: YAML 1.2 core, dates stay text, no repeated keys. */
export const yamlOptions = { schema: 'core', uniqueKeys: true, prettyErrors: false } as const;

/** How deeply lists and fields may nest: the deepest real file nests 6 levels. */
export const maxYamlDepth = 32;

/** The `yaml` library's document, with what is needed to turn its offsets into line numbers. */
function locatedDocument(source: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { document: parseDocument(source, { ...yamlOptions, lineCounter }), lineCounter };
}

/** How deeply a value nests (a scalar is 0), counted without recursion so that no input can exhaust the stack. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > maxYamlDepth) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const yamlFix = 'check the indentation, that every "key: value" has a space after the colon, and that text containing ": " or "#" is in quotes';

/** What the site refuses in YAML that the library accepts: anchors and aliases (an alias bomb), and tags it does not know. */
function unsupportedYaml(document: Document, file: string, line: (offset: number) => number): Problem[] {
  const problems: Problem[] = [];
  visit(document, (_key, node) => {
    if (!isNode(node)) return;
    const at = line(node.range?.[0] ?? -1);
    if (isAlias(node) || node.anchor) {
      problems.push({ file, line: at, field: '(YAML)', message: `uses a YAML ${isAlias(node) ? `alias (*${node.source})` : `anchor (&${node.anchor})`}`, fix: 'write the value out in full where it is needed; content files do not use & or *' });
      return visit.BREAK;
    }
    if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
      problems.push({ file, line: at, field: '(YAML)', message: `uses the YAML tag ${node.tag}, which the site does not read`, fix: `remove ${node.tag}; if the value starts with "!", put it in quotes` });
    }
    return undefined;
  });
  return problems;
}

function parseYaml(source: string, file: string, firstLine: number) {
  // The plain reader handles almost every file; the library's document, which costs far more, is
  // built only for the rest and, lazily, when a problem needs a line number.
  const plain = readPlainYaml(source);
  let located = plain === undefined ? locatedDocument(source) : undefined;
  // Errors carry offsets (pos), not lines: linePos is filled in only with prettyErrors, which would
  // also change the message. An error with no position (-1) is put on the first line.
  // An error found only at the end of the text (an unclosed "{") is put on its last line, not the one after.
  const lastLine = source.replace(/\n$/, '').split('\n').length;
  const errorLine = (offset: number) => (offset >= 0 && located ? Math.min(lastLine, Math.max(1, located.lineCounter.linePos(offset).line)) : 1) + firstLine - 1;
  // One problem for a file the library cannot read: its first error is the cause, the rest usually follow from it.
  const [firstError] = located?.document.errors ?? [];
  const problems: Problem[] = firstError
    ? [{ file, line: errorLine(firstError.pos[0]), field: '(YAML)', message: `cannot be read: ${firstError.message.split('\n')[0]}`, fix: yamlFix }]
    : located
      ? unsupportedYaml(located.document, file, errorLine)
      : [];
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    located ??= locatedDocument(source);
    const { document, lineCounter } = located;
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  const data = plain !== undefined ? plain : problems.length ? undefined : located!.document.toJS({ maxAliasCount: 0 });
  if (nestingDepth(data) > maxYamlDepth) {
    return { data: undefined, problems: [{ file, line: firstLine, field: '(YAML)', message: `nests lists and fields more than ${maxYamlDepth} levels deep`, fix: 'check the indentation: each field is indented under its parent by two spaces, and no deeper' }], lineOf };
  }
  return { data, problems, lineOf };
}

/** Parse a YAML data file. */
export function parseYamlFile(file: string, id: string, source: string): { source: SourceFile; problems: Problem[] } {
  const parsed = parseYaml(source, file, 1);
  return { source: { file, id, data: parsed.data, lineOf: parsed.lineOf }, problems: parsed.problems };
}

/**
 * The one front-matter splitter, used by the check, the loaders, the page renderer and the editing scripts. The
 * file starts with a line "---"; the front matter ends at the next line that starts with "---", which must be
 * exactly "---". Astro and MDX end front matter at any line starting with "---", so a file they would read
 * differently (a closing "----" or "--- x") is refused rather than read one way here and another there.
 */
export function splitFrontmatter(text: string): { frontmatter: string; rest: string; bodyLine: number } | { problem: 'missing' | 'unclosed' | 'closing'; line: number } {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^---[ \t]*(\n|$)/.test(source)) return { problem: 'missing', line: 1 };
  const opening = source.indexOf('\n') + 1;
  if (opening === 0) return { problem: 'unclosed', line: 1 };
  const close = /^---.*$/m;
  close.lastIndex = 0;
  const after = source.slice(opening);
  const match = close.exec(after);
  if (!match) return { problem: 'unclosed', line: 1 };
  const frontmatter = after.slice(0, match.index);
  const closingLine = frontmatter.split('\n').length + 1;
  if (!/^---[ \t]*$/.test(match[0])) return { problem: 'closing', line: closingLine };
  const restStart = opening + match.index + match[0].length + 1;
  return { frontmatter, rest: source.slice(restStart), bodyLine: closingLine + 1 };
}

const frontmatterProblems = {
  missing: { message: 'is missing', fix: 'start the file with a line "---", the fields, then another "---" line' },
  unclosed: { message: 'is not closed', fix: 'add a line "---" after the last field' },
  closing: { message: 'ends with a line that starts with "---" but is not exactly "---"', fix: 'make the line that ends the fields exactly three hyphens, "---", with nothing after them' },
} as const;

/** Parse an MDX/Markdown file: YAML front matter between --- lines (see splitFrontmatter), then the body. */
export function parseMdxFile(file: string, id: string, source: string): { source: SourceFile; problems: Problem[] } {
  const split = splitFrontmatter(source);
  if ('problem' in split) {
    return {
      source: { file, id, data: undefined, lineOf: () => undefined },
      problems: [{ file, line: split.line, field: '(frontmatter)', ...frontmatterProblems[split.problem] }],
    };
  }
  const parsed = parseYaml(split.frontmatter, file, 2);
  return {
    source: { file, id, data: parsed.data, body: split.rest, bodyLine: split.bodyLine, lineOf: parsed.lineOf },
    problems: parsed.problems,
  };
}

/**
 * Reads and parses one content or data file through the gate (readSourceText): YAML, or Markdown/MDX with front
 * matter. Any failure of the parsers becomes a problem naming the file, never an exception without one.
 */
export function readSourceFile(root: string, absolute: string, file: string, id: string): { source?: SourceFile; problems: Problem[] } {
  const read = readSourceText(root, absolute);
  if (read.text === undefined) return { problems: read.problems };
  try {
    return /\.ya?ml$/.test(absolute) ? parseYamlFile(file, id, read.text) : parseMdxFile(file, id, read.text);
  } catch (error) {
    return { problems: [unreadable(file, error)] };
  }
}

/** A problem for a file that made a parser fail: a bug or a limit of the parser, said so that the author can act. */
export function unreadable(file: string, error: unknown): Problem {
  const deep = error instanceof RangeError;
  return {
    file,
    field: '(file)',
    message: deep ? 'is nested too deeply to be read' : `could not be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    fix: deep ? 'flatten it: fewer lists, quotes or fields inside each other' : 'check the file against the content guide; if it looks right, report this message to the site maintainers',
  };
}

// ---------------------------------------------------------------------------------------------
// A fast reader for the plain YAML the project's files are written in.
//
// Nearly all of the time of a check used to go into the `yaml` library's parser (its concrete
// syntax tree), not into line numbers: yaml.parse() costs the same as parseDocument() with a
// LineCounter. Most files use a small, regular part of YAML: block mappings and lists, one-line
// flow collections (`- { period: 2024-03, value: 12 }`), one-line quoted or plain scalars and
// comments. `readPlainYaml` reads that part only, and gives up (returns undefined) on anything
// else: block scalars, anchors, tags, multi-line scalars, tabs, CR line ends, duplicate keys,
// unusual indentation and every syntax error. What it accepts it reads exactly as
// parseDocument(text, { schema: 'core' }).toJS() does; everything else goes to the `yaml` library,
// which also reports the errors and their lines.
// ---------------------------------------------------------------------------------------------

/** Thrown inside the reader when the text is outside the part of YAML it reads. */
const outside: unique symbol = Symbol('outside the plain YAML subset');

/** Characters the reader leaves to the `yaml` library: tabs, CR, other control characters, BOM, NEL, line and paragraph separators. */
const unusualCharacters = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
/** A block mapping entry: a plain key, a colon, then nothing or spaces and the value. */
const keyLine = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/;
const flowKey = /[A-Za-z_][A-Za-z0-9_-]{0,99}/y;

/**
 * A plain scalar as the YAML 1.2 core schema resolves it: the `yaml` library's core tags (null, bool,
 * int in octal, decimal and hex, float as .inf/.nan, with exponent and with a point). No text matches
 * two of them, so they are tried by first character: most text is words and none of them is tried.
 */
function resolvePlain(text: string): unknown {
  const first = text[0];
  if (first === undefined || first === '~' || first === 'n' || first === 'N') return /^(?:~|[Nn]ull|NULL)?$/.test(text) ? null : text;
  if (first === 't' || first === 'T' || first === 'f' || first === 'F') return /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text) ? first === 't' || first === 'T' : text;
  if (!/^[-+.0-9]/.test(first)) return text;
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : first === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

const escapes: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/** A double-quoted scalar starting at `text[start]`, on one line: its value and the index after the closing quote. */
function doubleQuoted(text: string, start: number): [string, number] {
  const close = text.indexOf('"', start + 1);
  const escape = text.indexOf('\\', start + 1);
  if (close !== -1 && (escape === -1 || escape > close)) return [text.slice(start + 1, close), close + 1];
  let value = '';
  for (let i = start + 1; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '"') return [value, i + 1];
    if (ch !== '\\') {
      value += ch;
      continue;
    }
    const next = text[i + 1] ?? '';
    const simple = escapes[next];
    if (simple !== undefined && Object.hasOwn(escapes, next)) {
      value += simple;
      i += 1;
      continue;
    }
    const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    const hex = text.substr(i + 2, length);
    if (!length || hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw outside;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) throw outside;
    value += String.fromCodePoint(code);
    i += 1 + length;
  }
  throw outside;
}

/** A single-quoted scalar starting at `text[start]`, on one line: its value and the index after the closing quote. */
function singleQuoted(text: string, start: number): [string, number] {
  let value = '';
  for (let i = start + 1; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch !== "'") value += ch;
    else if (text[i + 1] === "'") {
      value += "'";
      i += 1;
    } else return [value, i + 1];
  }
  throw outside;
}

/** Sets a key as the `yaml` library's toJS does (a key already `in` the object, such as "constructor", is defined, not assigned). */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key in map) Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/** A plain key is read only when the core schema resolves it to the same string (not null, true or false). */
function plainKey(key: string): string {
  if (key === '__proto__' || resolvePlain(key) !== key) throw outside;
  return key;
}

/** The index of the first character at or after `at` that is not a space. */
const spaces = (text: string, at: number) => {
  while (text[at] === ' ') at += 1;
  return at;
};

/** Without trailing spaces. Only spaces: String#trimEnd would also drop no-break spaces, which YAML keeps. */
const trimSpacesEnd = (text: string) => {
  let end = text.length;
  while (text[end - 1] === ' ') end -= 1;
  return text.slice(0, end);
};

/** A one-line flow collection starting at `text[start]` (`[` or `{`): its value and the index after it. */
function flowCollection(text: string, start: number): [unknown, number] {
  const isMap = text[start] === '{';
  const close = isMap ? '}' : ']';
  const map: Record<string, unknown> = {};
  const list: unknown[] = [];
  let at = spaces(text, start + 1);
  if (text[at] === close) return [isMap ? map : list, at + 1];
  for (;;) {
    let key = '';
    if (isMap) {
      flowKey.lastIndex = at;
      const match = flowKey.exec(text);
      if (!match) throw outside;
      key = plainKey(match[0]);
      at += key.length;
      // A repeated key is left to the full parser, which reports it.
      if (text[at] !== ':' || text[at + 1] !== ' ' || Object.hasOwn(map, key)) throw outside;
      at = spaces(text, at + 1);
    }
    const [value, end] = flowValue(text, at);
    if (isMap) setKey(map, key, value);
    else list.push(value);
    at = spaces(text, end);
    if (text[at] === close) return [isMap ? map : list, at + 1];
    if (text[at] !== ',') throw outside;
    at = spaces(text, at + 1);
    if (text[at] === close || text[at] === ',') throw outside;
  }
}

/** One value inside a flow collection. */
function flowValue(text: string, at: number): [unknown, number] {
  const ch = text[at];
  if (ch === '"') return doubleQuoted(text, at);
  if (ch === "'") return singleQuoted(text, at);
  if (ch === '[' || ch === '{') return flowCollection(text, at);
  let end = at;
  while (end < text.length && text[end] !== ',' && text[end] !== ']' && text[end] !== '}') end += 1;
  const plain = trimSpacesEnd(text.slice(at, end));
  // Left to the full parser: empty values, indicators, and anything that could be a key, a comment or a nested collection.
  if (plain === '' || /^[-?]( |$)|^[?:,\]}#&*!|>%@`]|[:#[{]/.test(plain)) throw outside;
  return [resolvePlain(plain), end];
}

/** The end of a line after a quoted scalar or flow collection: nothing, or a comment after a space. */
function lineEnd(text: string, at: number): void {
  if (at < text.length && !/^ +#/.test(text.slice(at))) throw outside;
}

/** A value on the same line as its key or list dash. */
function inlineValue(text: string): unknown {
  const ch = text[0];
  if (ch === '"' || ch === "'" || ch === '[' || ch === '{') {
    const [value, end] = ch === '"' ? doubleQuoted(text, 0) : ch === "'" ? singleQuoted(text, 0) : flowCollection(text, 0);
    lineEnd(text, end);
    return value;
  }
  const comment = text.indexOf(' #');
  const plain = comment === -1 ? text : trimSpacesEnd(text.slice(0, comment));
  // Left to the full parser: indicators (block scalars, anchors, aliases, tags, directives, a nested
  // list or key), and anything that looks like a nested mapping.
  if (/^[-?:]( |$)|^[?:,\]}#&*!|>%@`]/.test(plain) || plain.includes(': ') || plain.endsWith(':')) throw outside;
  return resolvePlain(plain);
}

interface Line {
  indent: number;
  text: string;
}

const isListItem = (text: string) => text === '-' || text.startsWith('- ');

/**
 * The data of a YAML text written in the plain part of YAML described above, exactly as the `yaml`
 * library reads it; undefined when the text is outside that part (then use the library).
 */
export function readPlainYaml(source: string): unknown {
  if (unusualCharacters.test(source)) return undefined;
  const lines: Line[] = [];
  for (const raw of source.split('\n')) {
    // Document markers and directives are left to the full parser.
    if (raw.startsWith('---') || raw.startsWith('...') || raw.startsWith('%')) return undefined;
    const indent = spaces(raw, 0);
    const text = trimSpacesEnd(raw.slice(indent));
    if (text === '' || text[0] === '#') continue;
    lines.push({ indent, text });
  }
  if (!lines.length || lines[0]!.indent !== 0) return undefined;
  let at = 0;

  const block = (indent: number): unknown => (isListItem(lines[at]!.text) ? list(indent) : mapping(indent));

  /** The value after `key:` with nothing else on the line: a block below it, a list at the same indent, or null. */
  const blockValue = (indent: number): unknown => {
    const next = lines[at];
    if (next && next.indent > indent) return block(next.indent);
    if (next && next.indent === indent && isListItem(next.text)) return list(indent);
    return null;
  };

  const mapping = (indent: number): Record<string, unknown> => {
    const map: Record<string, unknown> = {};
    while (at < lines.length) {
      const line = lines[at]!;
      if (line.indent < indent) break;
      const match = line.indent === indent ? keyLine.exec(line.text) : null;
      if (!match) throw outside;
      const key = plainKey(match[1]!);
      if (Object.hasOwn(map, key)) throw outside;
      const rest = match[2] ?? '';
      at += 1;
      if (rest === '' || rest[0] === '#') setKey(map, key, blockValue(indent));
      else {
        setKey(map, key, inlineValue(rest));
        if (at < lines.length && lines[at]!.indent > indent) throw outside;
      }
    }
    return map;
  };

  const list = (indent: number): unknown[] => {
    const items: unknown[] = [];
    while (at < lines.length) {
      const line = lines[at]!;
      if (line.indent < indent || (line.indent === indent && !isListItem(line.text))) break;
      if (line.indent > indent || line.text === '-') throw outside;
      const rest = line.text.slice(spaces(line.text, 1));
      if (rest[0] === '#' || isListItem(rest)) throw outside;
      if (keyLine.test(rest)) {
        // "- key: value": a mapping whose keys line up with the first one.
        lines[at] = { indent: indent + line.text.length - rest.length, text: rest };
        items.push(mapping(lines[at]!.indent));
      } else {
        items.push(inlineValue(rest));
        at += 1;
      }
      if (at < lines.length && lines[at]!.indent > indent) throw outside;
    }
    return items;
  };

  try {
    const value = block(0);
    return at === lines.length ? value : undefined;
  } catch (error) {
    if (error === outside) return undefined;
    throw error;
  }
}
