// Content MDX must not run code. MDX is a programming language: an author could import modules, run
// JavaScript at build time or add scripts that run in readers' browsers. Each body is parsed with the
// same MDX parser Astro uses (Sätteri) and only Markdown plus the components the project provides pass.
import { mdxToMdast } from 'satteri';
import { isRefusedScheme, linkProblem } from './link-rules.ts';
import type { Problem } from './problems.ts';
import type { SourceFile } from '../sources/source-file.ts';

/** Components content may use, with the attributes each takes (all plain strings). The pages pass them in. */
export const allowedComponents: Readonly<Record<string, readonly string[]>> = {
  IndicatorChart: ['id'],
};

/** Elements named in their own message, because they are the usual ways to run or inject code. */
export const dangerousElements = new Set(['script', 'iframe', 'style', 'object', 'embed']);

interface Point {
  line: number;
}
interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: Point };
}
interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export const bodyField = '(body)';
export const chartExample = '<IndicatorChart id="all-recorded-crime" />';
export const markdownInstead = 'use Markdown instead (## headings, **bold**, - lists, | tables |, [links](https://…))';

/** Attributes whose value a browser follows or loads as an address. */
const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'ping', 'xlink:href', 'longdesc', 'manifest', 'codebase', 'usemap']);

/** The text of a parser error without the parser's own position and rule name, and without its advice on MDX comments (which are code too). */
function plainParserMessage(message: string): string {
  return message
    .replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '')
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
    .replace(/\s*\(note: .*\)$/, '')
    .replace(/\s*\(\d+:\d+\)/g, '')
    .replace(/`/g, '')
    .trim();
}

function syntaxProblem(source: SourceFile, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):\d+/.exec(message);
  const line = (source.bodyLine ?? 1) + (at ? Number(at[1]) - 1 : 0);
  return {
    file: source.file,
    line,
    field: bodyField,
    // A "{" starts JavaScript in MDX; say so, since the parser's own words are about code, not text.
    message: /expression|brace/i.test(message)
      ? `cannot be read: MDX reads "{" as the start of JavaScript (${plainParserMessage(message)})`
      : `cannot be read: ${plainParserMessage(message)}`,
    fix: `close every tag (a chart is written ${chartExample}, ending "/>"); to show "<" or "{" as text, write \\< or \\{; no HTML tags or <!-- comments -->`,
  };
}

/** Problems with one JSX element: its name, then each attribute. */
function elementProblems(node: MdxNode, at: (node: MdxNode) => Pick<Problem, 'file' | 'line' | 'field'>): Problem[] {
  const problems: Problem[] = [];
  const name = node.name ?? '';
  const tag = name ? `<${name}>` : '<>';
  const allowed = Object.hasOwn(allowedComponents, name) ? allowedComponents[name]! : undefined;
  if (dangerousElements.has(name.toLowerCase())) {
    problems.push({ ...at(node), message: `has ${tag}, which could run code, load another site or restyle the page in readers' browsers`, fix: `remove it; to show a chart, use ${chartExample}` });
  } else if (!allowed) {
    problems.push({ ...at(node), message: `has the tag ${tag}; the only tag content may use is <IndicatorChart>`, fix: `${markdownInstead}, or remove the tag` });
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push({ ...at(node), message: `has {…} inside the ${tag} tag, which MDX runs as JavaScript`, fix: `remove it; write attributes as name="text", for example ${chartExample}` });
      continue;
    }
    const attributeName = attribute.name ?? '';
    const value = attribute.value;
    if (/^on/i.test(attributeName)) {
      problems.push({ ...at(node), message: `has an event handler ${attributeName}= on ${tag}, which runs code in readers' browsers`, fix: `remove ${attributeName}=…` });
      continue;
    }
    if (value !== null && typeof value === 'object') {
      problems.push({ ...at(node), message: `has ${attributeName}={…} on ${tag}, which MDX runs as JavaScript`, fix: `write the value in quotes, for example ${chartExample}` });
      continue;
    }
    // Any attribute that takes an address follows the link rule; any other with a javascript:, data: or file: value is refused too.
    const addressProblem = typeof value === 'string' && (urlAttributes.has(attributeName.toLowerCase()) || isRefusedScheme(value)) ? linkProblem(value) : undefined;
    if (addressProblem) {
      problems.push({ ...at(node), message: `has ${attributeName}= on ${tag}: ${addressProblem.message}`, fix: addressProblem.fix });
      continue;
    }
    if (allowed && !allowed.includes(attributeName)) {
      problems.push({ ...at(node), message: `has ${attributeName}= on ${tag}, which it does not take`, fix: `remove it; ${tag} takes only ${allowed.map((a) => `${a}="…"`).join(', ')}, for example ${chartExample}` });
    } else if (allowed && typeof value !== 'string') {
      problems.push({ ...at(node), message: `has ${attributeName} on ${tag} without a value`, fix: `give it a value in quotes, for example ${chartExample}` });
    }
  }
  if (allowed) {
    const given = new Set((node.attributes ?? []).map((a) => a.name));
    for (const required of allowed) {
      if (!given.has(required)) problems.push({ ...at(node), message: `${tag} has no ${required}`, fix: `add ${required}="…", for example ${chartExample}` });
    }
    if ((node.children ?? []).length) problems.push({ ...at(node), message: `${tag} has text or tags inside it`, fix: `write it as one self-closing tag, ${chartExample}, and put any text before or after it` });
  }
  return problems;
}

/**
 * Every reason an MDX body could run code or do more than Markdown does: import/export lines,
 * {…} expressions, tags other than the allowed components (<script>, <iframe>, <style> and any HTML
 * included), on…= attributes, and links, images and addresses in attributes that break the link rule of
 * link-rules.ts (javascript:, data:, file:, "//host", backslashes, relative links). A body that does not parse (an unclosed tag,
 * a stray "{") becomes one problem with its line, never a crash. Lines are lines of the file.
 */
export function mdxProblems(source: SourceFile): Problem[] {
  const body = source.body ?? '';
  if (!body.trim()) return [];
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body, { features: { frontmatter: false } }) as unknown as MdxNode;
  } catch (error) {
    return [syntaxProblem(source, error)];
  }
  const offset = (source.bodyLine ?? 1) - 1;
  const at = (node: MdxNode) => ({ file: source.file, line: (node.position?.start.line ?? 1) + offset, field: bodyField });
  const problems: Problem[] = [];
  const visit = (node: MdxNode): void => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*export\b/.test(String(node.value ?? '')) ? 'export' : 'import';
        problems.push({ ...at(node), message: `has an "${keyword}" line, which runs code when the site is built`, fix: `delete the line; content needs no imports, and a chart is written ${chartExample}` });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ ...at(node), message: 'has {…}, which MDX runs as JavaScript', fix: 'remove the braces; to show a brace as text, write \\{' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...elementProblems(node, at));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string') {
          const problem = linkProblem(node.url, node.type === 'image' ? 'image' : 'link');
          if (problem) problems.push({ ...at(node), message: problem.message, fix: problem.fix });
        }
        break;
      case 'html':
        problems.push({ ...at(node), message: 'has raw HTML', fix: `${markdownInstead}, or remove it` });
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
