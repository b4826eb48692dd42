// Tables in content: marks numeric columns so they right-align, and turns Markdown's column
// alignment into a class, so pages need no inline styles (which a strict Content-Security-Policy blocks).
import type { HastNode } from './hast-node.ts';

const numericPattern = /^[-+−–]?[£$]?\(?\d[\d,]*(\.\d+)?\)?%?$|^[-–—]$|^n\/a$/i;

/** Visible text of a node. */
export function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** True for cells such as "1,593", "94.4%", "-13.1%", "£500" or a dash for no value. */
export function isNumericCell(text: string): boolean {
  return numericPattern.test(text.trim().replace(/\s/g, ''));
}

function elements(node: HastNode, tagName: string): HastNode[] {
  const found: HastNode[] = [];
  for (const child of node.children ?? []) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) found.push(child);
    else found.push(...elements(child, tagName));
  }
  return found;
}

function addClass(node: HastNode, name: string): void {
  node.properties ??= {};
  const current = node.properties.className;
  const list = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(' ') : [];
  if (!list.includes(name)) list.push(name);
  node.properties.className = list;
}

/** Mark the numeric columns of one table. */
export function markTable(table: HastNode): void {
  const rows = elements(table, 'tr');
  const cells = rows.map((row) => (row.children ?? []).filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')));
  for (const row of cells) {
    for (const cell of row) {
      // Markdown's :---: alignment arrives as an align attribute or an inline style; both become a class.
      const style = cell.properties?.style;
      const align = cell.properties?.align ?? (typeof style === 'string' ? /text-align:\s*(\w+)/.exec(style)?.[1] : undefined);
      if (typeof align === 'string') {
        addClass(cell, `align-${align}`);
        delete cell.properties!.align;
        if (typeof style === 'string') delete cell.properties!.style;
      }
    }
  }
  const bodyRows = cells.filter((row) => row.some((cell) => cell.tagName === 'td'));
  const columns = Math.max(0, ...cells.map((row) => row.length));
  for (let column = 1; column < columns; column += 1) {
    const values = bodyRows.map((row) => row[column]).filter((cell): cell is HastNode => Boolean(cell));
    const filled = values.filter((cell) => textOf(cell).trim() !== '');
    if (filled.length === 0 || !filled.every((cell) => isNumericCell(textOf(cell)))) continue;
    for (const row of cells) if (row[column]) addClass(row[column]!, 'numeric');
  }
}

/** A plain copy of a hast subtree (the processor hands out read-only nodes). */
function plainCopy(node: HastNode): HastNode {
  const copy: HastNode = { type: node.type };
  if (node.tagName !== undefined) copy.tagName = node.tagName;
  if (node.value !== undefined) copy.value = node.value;
  if (node.properties) copy.properties = { ...node.properties };
  if (node.children) copy.children = node.children.map(plainCopy);
  return copy;
}

/**
 * The box a content table scrolls in on narrow screens, never the page. It takes keyboard focus so it can be
 * scrolled without a mouse, and is named for screen readers. role="group", not "region": a summary can hold
 * several tables, and a landmark for each would fill the landmark list with identical names. Search leaves it out
 * of its text, so that results quote the prose, not runs of cells.
 */
export function scrollBox(table: HastNode): HastNode {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-wrap'], tabIndex: 0, role: 'group', ariaLabel: 'Table (scroll sideways on a narrow screen)', dataPagefindIgnore: '' },
    children: [table],
  };
}

/** The same as a plugin for Astro's Markdown processor (Sätteri): each table is replaced by its marked copy in its scroll box. */
export const tablesHastPlugin = {
  name: 'pcc-numeric-tables',
  element: {
    filter: ['table'],
    visit(node: Readonly<unknown>) {
      const copy = plainCopy(node as HastNode);
      markTable(copy);
      return scrollBox(copy) as never;
    },
  },
};
