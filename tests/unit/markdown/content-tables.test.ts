import { describe, expect, it } from 'vitest';
import { isNumericCell, markTable } from '../../../src/lib/markdown/content-tables.ts';

describe('isNumericCell', () => {
  it.each(['1,593', '94.4%', '-13.1%', '£500', '–', '0.8', '(2016: 432)'.slice(7, 10), '+8,132'])('%s is numeric', (text) => expect(isNumericCell(text)).toBe(true));
  it.each(['2012-13', 'Totals', 'March 2018', '12 months', ''])('%s is not numeric', (text) => expect(isNumericCell(text)).toBe(false));
});

const cell = (tagName: string, text: string, properties: Record<string, unknown> = {}) => ({ type: 'element', tagName, properties, children: [{ type: 'text', value: text }] });
const row = (...children: ReturnType<typeof cell>[]) => ({ type: 'element', tagName: 'tr', properties: {}, children });

describe('markTable', () => {
  it('right-aligns columns whose every body cell is a number, header included, and drops align attributes', () => {
    const table = {
      type: 'element',
      tagName: 'table',
      properties: {},
      children: [
        { type: 'element', tagName: 'thead', properties: {}, children: [row(cell('th', 'Year'), cell('th', 'Fatal'), cell('th', 'Note', { style: 'text-align: center' }))] },
        {
          type: 'element',
          tagName: 'tbody',
          properties: {},
          children: [row(cell('td', '2012-13'), cell('td', '32'), cell('td', 'rose')), row(cell('td', 'Totals'), cell('td', '158'), cell('td', ''))],
        },
      ],
    };
    markTable(table);
    const [head, body] = table.children as { children: { children: { properties: Record<string, unknown> }[] }[] }[];
    expect(head!.children[0]!.children.map((c) => c.properties.className)).toEqual([undefined, ['numeric'], ['align-center']]);
    expect(body!.children[1]!.children[1]!.properties.className).toEqual(['numeric']);
    expect(body!.children[0]!.children[0]!.properties.className).toBeUndefined();
    expect(head!.children[0]!.children[2]!.properties.style).toBeUndefined();
  });
});
