// Limits on a Markdown or MDX body that are checked before it is parsed. Markdown parsers take time that grows
// with the square of the nesting (a line of 400,000 ">" kept the check busy for minutes), so a body nested
// deeper than any summary needs is refused at once, with its line, and never handed to a parser.
import { bodyField } from './mdx-rules.ts';
import type { Problem } from './problems.ts';
import type { SourceFile } from '../sources/source-file.ts';

/** How deeply quotes and lists may nest on one line: a summary uses two or three levels. */
export const maxMarkdownNesting = 12;

/**
 * How many character references (&amp;, &#233;) a body may have. The parser's time and memory grow with the
 * square of their number in one paragraph (40,000 of them exhausted it); text is typed as itself in UTF-8.
 */
export const maxCharacterReferences = 500;

const characterReference = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** A quote marker, or a list marker followed by a space, at the start of what is left of a line. */
const containerMarker = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/** How deeply one line nests: its quote and list markers, and every two columns of indentation before them. */
export function lineNesting(line: string): number {
  let markers = 0;
  let rest = line;
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
  for (let match = containerMarker.exec(rest); match && markers <= maxMarkdownNesting; match = containerMarker.exec(rest)) {
    markers += 1;
    rest = rest.slice(match[0].length);
  }
  return markers + Math.floor(indent / 2);
}

/** The first reason a body is beyond what the Markdown parsers can safely read, as a problem, or undefined. */
export function nestingProblem(source: SourceFile): Problem | undefined {
  const body = source.body ?? '';
  const references = body.match(characterReference)?.length ?? 0;
  if (references > maxCharacterReferences) {
    return {
      file: source.file,
      line: source.bodyLine,
      field: bodyField,
      message: `has ${references.toLocaleString('en-GB')} character references such as "&amp;" or "&#233;", more than the ${maxCharacterReferences} a text may have`,
      fix: 'type the characters themselves (&, é, £): files are UTF-8, so they need no references',
    };
  }
  const lines = body.split('\n');
  const index = lines.findIndex((line) => lineNesting(line) > maxMarkdownNesting);
  if (index === -1) return undefined;
  return {
    file: source.file,
    line: (source.bodyLine ?? 1) + index,
    field: bodyField,
    message: `nests quotes (">"), lists or indentation more than ${maxMarkdownNesting} levels deep`,
    fix: 'flatten it: a summary needs at most two or three levels of lists, and lines need no more than a few spaces of indentation',
  };
}
