import matter from 'gray-matter';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './problems.ts';

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

const yamlOptions = { schema: 'core', uniqueKeys: true, prettyErrors: false } as const;

function parseYaml(source: string, file: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(source, { ...yamlOptions, lineCounter });
  const problems: Problem[] = document.errors.map((error) => ({
    file,
    line: (error.linePos?.[0].line ?? 1) + firstLine - 1,
    field: '(YAML)',
    message: `cannot be read: ${error.message.split('\n')[0]}`,
    fix: 'check the indentation, that every "key: value" has a space after the colon, and that text containing ": " or "#" is in quotes',
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { data: problems.length ? undefined : document.toJS(), problems, lineOf };
}

/** Parse a YAML data file. */
export function parseYamlFile(file: string, id: string, source: string): { source: SourceFile; problems: Problem[] } {
  const parsed = parseYaml(source, file, 1);
  return { source: { file, id, data: parsed.data, lineOf: parsed.lineOf }, problems: parsed.problems };
}

/** Parse an MDX/Markdown file: YAML frontmatter between --- lines, then the body. */
export function parseMdxFile(file: string, id: string, source: string): { source: SourceFile; problems: Problem[] } {
  if (!/^---\r?\n/.test(source)) {
    return {
      source: { file, id, data: undefined, body: source, bodyLine: 1, lineOf: () => undefined },
      problems: [{ file, line: 1, field: '(frontmatter)', message: 'is missing', fix: 'start the file with a line "---", the fields, then another "---" line' }],
    };
  }
  // gray-matter splits the file; `yaml` parses it so that we keep line numbers and dates stay text.
  const split = matter(source, { engines: { yaml: () => ({}) } });
  const frontmatterLines = split.matter.split('\n').length;
  const closed = source.slice(4 + split.matter.length).match(/^\r?\n?---/) !== null || split.matter.length === 0;
  if (!closed) {
    return {
      source: { file, id, data: undefined, lineOf: () => undefined },
      problems: [{ file, line: 1, field: '(frontmatter)', message: 'is not closed', fix: 'add a line "---" after the last field' }],
    };
  }
  const parsed = parseYaml(split.matter.replace(/^\r?\n/, ''), file, 2);
  return {
    source: { file, id, data: parsed.data, body: split.content, bodyLine: frontmatterLines + 2, lineOf: parsed.lineOf },
    problems: parsed.problems,
  };
}
