// Markdown content must not carry HTML. Markdown passes raw HTML straight into the page, so a body could add
// scripts, frames or styles that run in readers' browsers. Each body is parsed with the Markdown parser Astro
// uses (Sätteri); the one tag allowed is a chart on a line of its own, which the page replaces with the chart.
import { markdownToMdast } from 'satteri';
import { chartTagId } from '../markdown/content-charts.ts';
import { linkProblem } from './link-rules.ts';
import { bodyField, chartExample, dangerousElements, markdownInstead } from './mdx-rules.ts';
import type { Problem } from './problems.ts';
import type { SourceFile } from '../sources/source-file.ts';

interface MarkdownNode {
  type: string;
  value?: unknown;
  url?: string;
  children?: MarkdownNode[];
  position?: { start: { line: number } };
}

/** Block elements whose children are lines of text: an HTML tag inside them is inline. */
const phrasingParents = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

function htmlProblem(value: string, inline: boolean): Pick<Problem, 'message' | 'fix'> {
  const text = value.trim();
  if (/^<IndicatorChart\b/.test(text)) {
    if (inline) return { message: 'has a chart inside a line of text', fix: `put the chart on a line of its own, with an empty line before and after it: ${chartExample}` };
    if (/^<IndicatorChart\s*\/?>$/.test(text) || /\bid\s*=\s*(""|'')/.test(text)) return { message: '<IndicatorChart> has no id', fix: `add id="…", for example ${chartExample}` };
    return { message: 'has a chart tag that cannot be read', fix: `write it as one tag with only an id, ending "/>": ${chartExample}` };
  }
  if (/^<!--/.test(text)) return { message: 'has an HTML comment, which would be published in the page', fix: 'remove it; notes for editors belong in the commit message or the pull request' };
  const tag = /^<\/?([A-Za-z][\w-]*)/.exec(text)?.[1];
  if (tag && dangerousElements.has(tag.toLowerCase())) {
    return { message: `has <${tag}>, which could run code, load another site or restyle the page in readers' browsers`, fix: `remove it; to show a chart, use ${chartExample}` };
  }
  return { message: tag ? `has the HTML tag <${tag}>; Markdown content may not use HTML` : 'has raw HTML', fix: `${markdownInstead}, or remove it; to show "<" as text, write \\<` };
}

/**
 * Every reason a Markdown body could do more than Markdown does: HTML tags (other than a chart on its own line),
 * HTML comments, and links, images and link definitions that break the link rule of link-rules.ts (javascript:,
 * data:, file:, "//host", backslashes, relative links). Lines are lines of the file.
 */
export function markdownProblems(source: SourceFile): Problem[] {
  const body = source.body ?? '';
  if (!body.trim()) return [];
  const tree = markdownToMdast(body, { features: { frontmatter: false } }) as unknown as MarkdownNode;
  const offset = (source.bodyLine ?? 1) - 1;
  const at = (node: MarkdownNode) => ({ file: source.file, line: (node.position?.start.line ?? 1) + offset, field: bodyField });
  const problems: Problem[] = [];
  const visit = (node: MarkdownNode, parent: MarkdownNode | undefined): void => {
    if (node.type === 'html') {
      const value = String(node.value ?? '');
      const inline = parent !== undefined && phrasingParents.has(parent.type);
      // A chart on its own line with an id is the one tag allowed; an empty id is reported by htmlProblem.
      if (inline || !chartTagId(value)) problems.push({ ...at(node), ...htmlProblem(value, inline) });
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      const problem = linkProblem(node.url, node.type === 'image' ? 'image' : 'link');
      if (problem) problems.push({ ...at(node), message: problem.message, fix: problem.fix });
    }
    for (const child of node.children ?? []) visit(child, node);
  };
  visit(tree, undefined);
  // An opening and a closing tag on one line (<b>…</b>) are one mistake, not two.
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}\u0000${problem.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
