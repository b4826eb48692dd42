// What an editor may write in data/plan, and what the schema refuses.
import { describe, expect, it } from 'vitest';
import { actionFileId, actionId, planActionSchema, planThemeSchema, planUpdateSchema } from '../../../src/schemas/plan.ts';

const update = { date: '2018-05-10', status: 'not-stated', progress: ['Reported.'], source: { title: 'Pack', paper: '2018-05-10-police-and-crime-plan-progress' } };
const action = { id: 'O2.1', theme: 'offenders', parent: 'O2', title: 'A part', action: 'Do it.', opccLead: 'CK', deliveryLead: 'CSPs', updates: [update], source: { title: 'Pack' } };
const theme = { id: 'victims', name: 'Victims' };

describe('actionId', () => {
  it.each(['V1', 'O11', 'C10', 'T10', 'O1.1', 'C10.2'])('accepts %s', (id) => expect(actionId.safeParse(id).success).toBe(true));
  it.each(['v1', 'X1', 'V0', 'V01', 'O2.', 'O2.1.1', 'O2-1', 'V', 1])('refuses %s', (id) => expect(actionId.safeParse(id).success).toBe(false));
  it.each([['V1', 'v1'], ['O2.1', 'o2-1'], ['C10.2', 'c10-2']])('keeps %s in the file %s.yaml', (id, file) => expect(actionFileId(id)).toBe(file));
});

describe('planActionSchema', () => {
  it('accepts a part with leads and a dated update, and fills in empty lists', () => {
    const parsed = planActionSchema.parse(action);
    expect(parsed.partnershipOpportunities).toEqual([]);
    expect(parsed.indicators).toEqual([]);
    expect(parsed.updates[0]!.links).toEqual([]);
  });

  it('accepts an action with no leads (blank cells) and no updates (reported in parts)', () => {
    const { opccLead: _o, deliveryLead: _d, parent: _p, updates: _u, ...bare } = action;
    expect(planActionSchema.safeParse({ ...bare, id: 'O2' }).success).toBe(true);
  });

  it('turns a YAML date back into text', () => {
    const parsed = planActionSchema.parse({ ...action, updates: [{ ...update, date: new Date('2018-05-10T00:00:00Z') }] });
    expect(parsed.updates[0]!.date).toBe('2018-05-10');
  });

  it.each([
    ['an unknown theme', { theme: 'policing' }],
    ['a badly written number', { id: 'O2-1' }],
    ['an empty title', { title: '' }],
    ['an unknown field', { colour: 'red' }],
    ['a status that is not in the key', { updates: [{ ...update, status: 'yellow' }] }],
    ['a missing status', { updates: [{ ...update, status: undefined }] }],
    ['an unknown direction', { updates: [{ ...update, direction: 'up' }] }],
    ['an update with no progress', { updates: [{ ...update, progress: [] }] }],
    ['an impossible date', { updates: [{ ...update, date: '2018-02-30' }] }],
    ['a link that is not a web address', { updates: [{ ...update, links: [{ title: 'x', url: 'www.example.org' }] }] }],
    ['an indicator that is not an id', { indicators: ['All Recorded Crime'] }],
    ['a missing source', { source: undefined }],
  ])('refuses %s', (_label, change) => {
    expect(planActionSchema.safeParse({ ...action, ...change }).success).toBe(false);
  });
});

describe('planUpdateSchema', () => {
  it.each(['red', 'amber', 'green', 'not-started', 'not-stated'])('accepts the status %s', (status) => {
    expect(planUpdateSchema.safeParse({ ...update, status }).success).toBe(true);
  });
  it.each(['no-change', 'improved', 'deteriorated'])('accepts the direction %s', (direction) => {
    expect(planUpdateSchema.safeParse({ ...update, direction }).success).toBe(true);
  });
  it('says what to write when the source gives no status', () => {
    const result = planUpdateSchema.safeParse({ ...update, status: 'unknown' });
    expect(result.error?.issues[0]?.message).toMatch(/write not-stated when the source does not give a status/);
  });
});

describe('planThemeSchema', () => {
  it('accepts a theme without an aim, and one with an aim and its source', () => {
    expect(planThemeSchema.safeParse(theme).success).toBe(true);
    expect(planThemeSchema.safeParse({ ...theme, aim: 'An aim.', aimSource: { title: 'Plan' } }).success).toBe(true);
  });
  it.each([{ id: 'policing' }, { name: '' }, { aim: '' }, { order: 1 }])('refuses %o', (change) => {
    expect(planThemeSchema.safeParse({ ...theme, ...change }).success).toBe(false);
  });
});
