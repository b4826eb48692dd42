// Markdown texts (.md) are rendered by Sätteri without the project's hast plugins and marked here, on the HTML:
// a JavaScript plugin that sees every text node costs Sätteri about five times the rendering itself. The marks are
// those of the hast plugins that MDX still uses (content-tables.ts, glossary-plugin.ts), made by the same rules,
// and tests/unit/markdown/content-html.test.ts holds the two ways to the same HTML.
import { markTable, scrollBox } from './content-tables.ts';
import { markFirstUses, type TermMatcher } from './glossary.ts';
import { segmentToHast, skippedTags } from './glossary-plugin.ts';
import type { HastNode } from './hast-node.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';

/** A tag or comment: quoted attribute values may hold ">". */
const tagPattern = /<!--[\s\S]*?-->|<\/?[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>/g;
const tagName = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;
const cellStartTag = /<(td|th)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const tablePattern = /<table\b[\s\S]*?<\/table>/g;

const attributeNames: Record<string, string> = { className: 'class', tabIndex: 'tabindex', ariaLabel: 'aria-label', dataPagefindIgnore: 'data-pagefind-ignore' };
// As Sätteri writes them, so that marked HTML is the same whichever way it was marked.
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text an HTML text run stands for (the character references Sätteri writes, and numeric ones). */
export function decodeText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (!name.startsWith('#')) return entities[name] ?? reference;
    const hex = name[1] === 'x' || name[1] === 'X';
    return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

function attributes(properties: Record<string, unknown> = {}): string {
  return Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => `${attributeNames[name] ?? name}="${escapeAttribute(Array.isArray(value) ? value.join(' ') : String(value))}"`)
    .map((attribute) => ` ${attribute}`)
    .join('');
}

/** HTML for the small trees the marks add (elements and text). */
export function hastToHtml(node: HastNode): string {
  if (node.type === 'text') return escapeText(node.value ?? '');
  const children = (node.children ?? []).map(hastToHtml).join('');
  return node.type === 'element' ? `<${node.tagName}${attributes(node.properties)}>${children}</${node.tagName}>` : children;
}

const rowPattern = /<tr\b[^>]*>([\s\S]*?)<\/tr>/g;
const cellPattern = /<(td|th)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1>/g;
const attributePattern = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** A start tag's attributes as hast properties (for the few attributes a Markdown table cell has). */
function propertiesOf(attributeText: string): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [, name, double, single, bare] of attributeText.matchAll(attributePattern)) properties[name!] = decodeText(double ?? single ?? bare ?? '');
  return properties;
}

/** A table's rows and cells as a small hast tree (each cell's text as one text node): what markTable reads. */
function tableTree(table: string): { tree: HastNode; cells: HastNode[] } {
  const cells: HastNode[] = [];
  const rows = [...table.matchAll(rowPattern)].map(([, row]): HastNode => ({
    type: 'element',
    tagName: 'tr',
    children: [...row!.matchAll(cellPattern)].map(([, tagName, attributeText, content]) => {
      const cell: HastNode = { type: 'element', tagName, properties: propertiesOf(attributeText!), children: [{ type: 'text', value: decodeText(content!.replace(tagPattern, '')) }] };
      cells.push(cell);
      return cell;
    }),
  }));
  return { tree: { type: 'element', tagName: 'table', children: rows }, cells };
}

/** Each table with its numeric columns and alignment marked (markTable), in its scroll box. Cells' contents are kept as written. */
export function markTables(html: string): string {
  if (!html.includes('<table')) return html;
  return html.replace(tablePattern, (table) => {
    const { tree, cells } = tableTree(table);
    markTable(tree);
    let index = 0;
    const rewritten = table.replace(cellStartTag, (tag, name: string) => {
      const cell = cells[index++];
      return cell ? `<${name}${attributes(cell.properties)}>` : tag;
    });
    const box = scrollBox({ type: 'element', tagName: 'table' });
    return `<div${attributes(box.properties)}>${rewritten}</div>`;
  });
}

/**
 * The first use of each glossary term linked to its definition (segmentToHast), outside the elements whose text is
 * never marked (headings, links, code and the rest of skippedTags). `seen` holds the terms already used.
 */
export function markGlossary(html: string, matchers: readonly TermMatcher<GlossaryEntry>[], href: (id: string) => string, seen = new Set<string>()): string {
  let marked = '';
  let last = 0;
  let skipping = 0;
  const markText = (text: string) => {
    if (text === '' || skipping > 0) return text;
    const segments = markFirstUses(decodeText(text), matchers, seen);
    if (!segments.some((segment) => segment.entry)) return text;
    return segments.map((segment) => (segment.entry ? hastToHtml(segmentToHast(segment, href)) : escapeText(segment.text))).join('');
  };
  for (const match of html.matchAll(tagPattern)) {
    marked += markText(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
    const [, closing, name] = tagName.exec(match[0]) ?? [];
    if (!name || !skippedTags.has(name.toLowerCase()) || match[0].endsWith('/>')) continue;
    skipping = Math.max(0, skipping + (closing ? -1 : 1));
  }
  return marked + markText(html.slice(last));
}
