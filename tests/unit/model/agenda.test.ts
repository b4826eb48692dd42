import { describe, expect, it } from 'vitest';
import { agendaItemLabel, compareAgendaItems } from '../../../src/lib/model/agenda.ts';
import { countOf, groupBy } from '../../../src/lib/model/group.ts';
import { withBase } from '../../../src/lib/build/urls.ts';

describe('compareAgendaItems', () => {
  it('orders numbers as numbers, not text', () => {
    expect(['10.0', '2', '4.1', '4.0', '11.0'].sort(compareAgendaItems)).toEqual(['2', '4.0', '4.1', '10.0', '11.0']);
  });
  it('puts papers with no item number last', () => {
    expect(['5', undefined, '3'].sort(compareAgendaItems)).toEqual(['3', '5', undefined]);
  });
  it.each([['5.0', '5'], ['10.0', '10'], ['4.1', '4.1'], ['7', '7']])('labels %s as %s', (item, label) => expect(agendaItemLabel(item)).toBe(label));
});

describe('groupBy and countOf', () => {
  it('keeps first-seen key order', () => {
    const groups = groupBy([{ y: 2018 }, { y: 2014 }, { y: 2018 }], (i) => i.y);
    expect([...groups.keys()]).toEqual([2018, 2014]);
    expect(groups.get(2018)).toHaveLength(2);
  });
  it.each([[1, '1 paper'], [2, '2 papers'], [10000, '10,000 papers']])('counts %i', (n, text) => expect(countOf(n, 'paper')).toBe(text));
});

describe('withBase', () => {
  it.each([
    ['/', '/papers/', '/papers/'],
    ['/repo/', '/papers/', '/repo/papers/'],
    ['/repo', 'papers/', '/repo/papers/'],
  ])('base %s + %s = %s', (base, path, expected) => expect(withBase(base, path)).toBe(expected));
});
