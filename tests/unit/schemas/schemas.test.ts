// One table of valid and invalid examples per schema: what an author may write, and what is refused.
import { describe, expect, it } from 'vitest';
import { boardSchema } from '../../../src/schemas/board.ts';
import { decisionSchema } from '../../../src/schemas/decision.ts';
import { inspectionSchema } from '../../../src/schemas/inspection.ts';
import { meetingSchema } from '../../../src/schemas/meeting.ts';
import { paperSchema } from '../../../src/schemas/paper.ts';

const board = { name: 'Business Coordination Board', description: 'A board.', organisation: 'OPCC' };
const meeting = { board: 'business-coordination-board', date: '2018-05-10', status: 'held', summary: 'Met.', sources: [{ title: 'Pack' }] };
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
const decision = { title: 'S22A', date: '2018-04-12', decisionMaker: 'Police and Crime Commissioner', summary: 'Agreed.', source: { title: 'Minutes' } };
const inspection = { title: 'SPR', inspectorate: 'HMIC', published: '2014-11-07', summary: 'Found.', source: { title: 'Report' } };

describe.each([
  ['board', boardSchema, board, [{ name: '' }, { order: 1.5 }, { colour: 'blue' }, { description: undefined }]],
  [
    'meeting',
    meetingSchema,
    meeting,
    [{ date: '2018-02-30' }, { status: 'postponed' }, { startTime: '2pm' }, { sources: [] }, { agenda: [{ item: '1' }] }, { minutes: { status: 'final' } }, { board: 'Business Board' }],
  ],
  [
    'paper',
    paperSchema,
    paper,
    [{ title: undefined }, { date: '2018-13-40' }, { classification: 'Confidential' }, { status: 'published' }, { recommendations: [] }, { themes: ['policing'] }, { backgroundDocuments: [{ title: 'x', url: 'www.example.org' }] }, { contacts: [{ name: 'A', email: 'not-an-email' }] }],
  ],
  ['decision', decisionSchema, decision, [{ date: '12 April 2018' }, { decisionMaker: '' }, { meeting: 'Not An Id' }]],
  ['inspection', inspectionSchema, inspection, [{ published: '2014-11' }, { inspectorate: undefined }, { url: 'ftp://x' }]],
])('%s schema', (_name, schema, valid, invalid) => {
  it('accepts a valid example', () => {
    expect(schema.safeParse(valid).error).toBeUndefined();
  });
  it.each(invalid.map((change) => [JSON.stringify(change), change]))('refuses %s', (_label, change) => {
    expect(schema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('defaults and normalisation', () => {
  it('reads agenda item numbers written as numbers as text', () => {
    const parsed = meetingSchema.parse({ ...meeting, agenda: [{ item: 5, title: 'Report' }] });
    expect(parsed.agenda[0]!.item).toBe('5');
  });
  it('fills empty lists and markedDraft: false for a paper', () => {
    const parsed = paperSchema.parse(paper);
    expect(parsed.markedDraft).toBe(false);
    expect(parsed.contacts).toEqual([]);
    expect(parsed.themes).toEqual([]);
  });
});
