import { describe, expect, it } from 'vitest';
import { correctionLog, newestFirst } from '../../../src/lib/model/corrections.ts';
import { decisionSchema } from '../../../src/schemas/decision.ts';
import { indicatorSchema } from '../../../src/schemas/indicator.ts';
import { meetingSchema } from '../../../src/schemas/meeting.ts';
import { paperSchema } from '../../../src/schemas/paper.ts';

const paper = {
  title: 'Fire update',
  board: 'business-coordination-board',
  meeting: 'business-coordination-board-2018-05-10',
  from: 'Chief Executive',
  date: '2018-05-10',
  classification: 'OFFICIAL',
  status: 'final',
  purpose: 'To update.',
  recommendations: ['To note.'],
  source: { title: 'Pack' },
};
const meeting = { board: 'business-coordination-board', date: '2018-05-10', status: 'held', summary: 'Met.', sources: [{ title: 'Pack' }] };
const decision = { title: 'S22A', date: '2018-04-12', decisionMaker: 'Police and Crime Commissioner', summary: 'Agreed.', source: { title: 'Minutes' } };
const indicator = { title: 'Crime', topics: ['recorded-crime'], unit: { kind: 'count', of: 'crimes' }, polarity: 'neither', definition: 'Crimes.', lastUpdated: '2018-05-10', sources: { dashboard: { title: 'Dashboard' } } };

describe.each([
  ['paper', paperSchema, paper],
  ['meeting', meetingSchema, meeting],
  ['decision', decisionSchema, decision],
  ['indicator dataset', indicatorSchema, indicator],
] as const)('corrections on a %s', (_kind, schema, valid) => {
  it('are optional and default to none', () => expect((schema.parse(valid) as { corrections: unknown[] }).corrections).toEqual([]));
  it('take a date and a note', () => {
    const corrections = [{ date: '2018-06-01', note: 'The start time was wrong.' }];
    expect((schema.parse({ ...valid, corrections }) as { corrections: unknown[] }).corrections).toEqual(corrections);
  });
  it.each([
    [[{ date: '1 June 2018', note: 'x' }]],
    [[{ date: '2018-06-01' }]],
    [[{ date: '2018-06-01', note: '' }]],
    [[{ date: '2018-06-01', note: 'x', by: 'me' }]],
    ['a correction'],
  ])('refuse %j', (corrections) => expect(schema.safeParse({ ...valid, corrections }).success).toBe(false));
});

describe('the corrections log', () => {
  it('lists every correction newest first; on the same day by title, then as written', () => {
    const log = correctionLog([
      { kind: 'Paper', title: 'B paper', href: '/papers/b/', corrections: [{ date: '2018-06-01', note: 'b1' }, { date: '2018-07-01', note: 'b2' }] },
      { kind: 'Meeting', title: 'A meeting', href: '/meetings/a/', corrections: [{ date: '2018-06-01', note: 'a1' }, { date: '2018-06-01', note: 'a2' }] },
      { kind: 'Decision', title: 'C', href: '/decisions/c/', corrections: [] },
    ]);
    expect(log.map((e) => `${e.date} ${e.title} ${e.note}`)).toEqual(['2018-07-01 B paper b2', '2018-06-01 A meeting a1', '2018-06-01 A meeting a2', '2018-06-01 B paper b1']);
    expect(log[0]).toEqual({ date: '2018-07-01', note: 'b2', kind: 'Paper', title: 'B paper', href: '/papers/b/' });
  });

  it('is empty when nothing was corrected', () => expect(correctionLog([])).toEqual([]));

  it('orders one item\'s notes newest first', () => {
    expect(newestFirst([{ date: '2018-01-01', note: 'old' }, { date: '2019-01-01', note: 'new' }]).map((c) => c.note)).toEqual(['new', 'old']);
  });
});
