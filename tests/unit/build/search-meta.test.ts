import { describe, expect, it } from 'vitest';
import { searchDetailsText, searchResultMeta, type SearchDetail } from '../../../src/lib/build/search-meta.ts';

describe('searchDetailsText', () => {
  it.each<[string, SearchDetail[], string]>([
    ['a label and its value, then a value alone', [{ label: 'From', value: 'Chief Constable' }, { value: 'Business Coordination Board' }], 'From: Chief Constable · Business Coordination Board'],
    ['facts with no value left out', [{ label: 'Status', value: '' }, { value: '  ' }, { label: 'Theme', value: 'Victims' }], 'Theme: Victims'],
    ['white space inside a value made single', [{ label: ' Decision-maker ', value: 'Police and\n  Crime Commissioner ' }], 'Decision-maker: Police and Crime Commissioner'],
    ['an empty label as no label', [{ label: '', value: 'Held' }], 'Held'],
    ['no facts', [], ''],
  ])('%s', (_, details, expected) => {
    expect(searchDetailsText(details)).toBe(expected);
  });
});

describe('searchResultMeta', () => {
  it.each<[string, Record<string, string | undefined>, string]>([
    ['type, date and details, in that order', { details: 'From: Chief Constable · Business Coordination Board', date: '10 May 2018', type: 'Paper', title: 'Fire update' }, 'Paper · 10 May 2018 · From: Chief Constable · Business Coordination Board'],
    ['a page with no date', { type: 'Plan action', details: 'Theme: Victims' }, 'Plan action · Theme: Victims'],
    ['a page built before details existed', { type: 'Performance indicator', date: 'updated 10 May 2018' }, 'Performance indicator · updated 10 May 2018'],
    ['never the title, the image or other keys', { title: 'Fire update', image: '/a.png' }, ''],
  ])('%s', (_, meta, expected) => {
    expect(searchResultMeta(meta)).toBe(expected);
  });
});
