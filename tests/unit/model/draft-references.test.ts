// References to draft papers: what src/content.ts and src/plan.ts keep of them in a production build, and that the
// registers and dataset downloads built from those entries carry no draft's id or title.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mentions } from '../../../src/components/oversight/findings.ts';
import { datasetJsonLd } from '../../../src/lib/exports/dataset-catalogue.ts';
import { datasetCsv, datasetJson } from '../../../src/lib/exports/dataset-export.ts';
import {
  isPaperNotYetPublished,
  paperNotYetPublished,
  publicDecision,
  publicIndicator,
  publicInspection,
  publicMeeting,
  publicPaper,
  publicPaperId,
  publicPlanAction,
  publicPlanTheme,
  publicSource,
} from '../../../src/lib/model/draft-references.ts';
import { decisionsRegister, meetingsRegister, papersRegister } from '../../../src/lib/exports/registers.ts';
import { decisionSchema } from '../../../src/schemas/decision.ts';
import { indicatorSchema } from '../../../src/schemas/indicator.ts';
import { inspectionSchema } from '../../../src/schemas/inspection.ts';
import { meetingSchema } from '../../../src/schemas/meeting.ts';
import { paperSchema } from '../../../src/schemas/paper.ts';
import { planActionSchema, planThemeSchema } from '../../../src/schemas/plan.ts';

const draft = { id: '2018-05-10-secret-subject-draft', title: 'Secret subject of a draft' };
const final = '2018-05-10-a-paper';
const isDraft = (id: string) => id === draft.id;
const draftSource = { title: draft.title, location: 'page 3', url: 'https://example.org/secret-subject', provenance: 'notes', paper: draft.id };
const finalSource = { title: 'Published pack', location: 'page 1', paper: final };
/** Neither the draft's id nor its title (nor the slug words of its id) is anywhere in the text. */
const expectNoTrace = (text: string) => {
  expect(text).not.toContain(draft.id);
  expect(text).not.toContain(draft.title);
  expect(text.toLowerCase()).not.toContain('secret');
};

describe('paperNotYetPublished', () => {
  it('cannot be a paper id, so a paper field holding it is never taken for one', () => {
    expect(paperSchema.shape.source.shape.paper.safeParse(paperNotYetPublished).success).toBe(false);
    expect(isPaperNotYetPublished(paperNotYetPublished)).toBe(true);
    expect(isPaperNotYetPublished(final)).toBe(false);
    expect(isPaperNotYetPublished(undefined)).toBe(false);
  });
});

describe.each([
  ['a draft', draft.id, paperNotYetPublished],
  ['a published paper', final, final],
  ['no paper', undefined, undefined],
])('publicPaperId of %s', (_name, id, expected) => {
  it(`is ${expected}`, () => expect(publicPaperId(id, isDraft)).toBe(expected));
});

describe('publicSource', () => {
  it('keeps only the words of a source that is a draft: its title, place and address describe it', () => {
    expect(publicSource(draftSource, isDraft)).toEqual({ title: paperNotYetPublished });
  });
  it.each([['a published paper', finalSource], ['no paper', { title: 'Minutes' }]])('keeps a source of %s as it is', (_name, source) => {
    expect(publicSource(source, isDraft)).toBe(source);
  });
});

const meeting = meetingSchema.parse({
  board: 'test-board',
  date: '2018-05-10',
  status: 'held',
  summary: 'A meeting.',
  agenda: [
    { item: '1', title: 'A paper', paper: final },
    { item: '2', title: draft.title, presenter: 'Chief Constable', paper: draft.id },
    { item: '3', title: 'Any other business' },
  ],
  sources: [{ title: 'Agenda pack' }, draftSource],
});

describe('publicMeeting', () => {
  const shown = publicMeeting(meeting, isDraft);
  it('shows an agenda item with a draft paper as "a paper not yet published", keeping its number and presenter', () => {
    expect(shown.agenda[1]).toEqual({ item: '2', title: paperNotYetPublished, presenter: 'Chief Constable', paper: paperNotYetPublished });
  });
  it('keeps the other items and sources', () => {
    expect(shown.agenda[0]).toBe(meeting.agenda[0]);
    expect(shown.agenda[2]).toBe(meeting.agenda[2]);
    expect(shown.sources).toEqual([{ title: 'Agenda pack' }, { title: paperNotYetPublished }]);
  });
  it('leaves nothing of the draft in the meetings register', () => {
    const register = JSON.stringify(meetingsRegister([{ id: 'test-board-2018-05-10', data: shown }], 'https://example.org/'));
    expectNoTrace(register);
    expect(register).toContain(`"paper":"${paperNotYetPublished}"`);
    expect(register).toContain(`"paper":"${final}"`);
  });
});

describe('publicDecision', () => {
  const decision = decisionSchema.parse({ title: 'Approved', date: '2018-05-10', decisionMaker: 'PCC', paper: draft.id, summary: 'Approved.', source: draftSource });
  it('leaves nothing of the draft in the decisions register, which says "a paper not yet published"', () => {
    const shown = publicDecision(decision, isDraft);
    expect(shown).toMatchObject({ paper: paperNotYetPublished, source: { title: paperNotYetPublished } });
    const register = JSON.stringify(decisionsRegister([{ id: '2018-05-10-approved', data: shown }], 'https://example.org/'));
    expectNoTrace(register);
    expect(register).toContain(paperNotYetPublished);
  });
  it('keeps a published paper', () => {
    const published = decisionSchema.parse({ ...decision, paper: final, source: finalSource });
    expect(publicDecision(published, isDraft)).toEqual(published);
  });
});

describe('publicPaper', () => {
  it('replaces a final paper\'s source when that source is a draft, and the register has neither', () => {
    const paper = paperSchema.parse({ title: 'Final', board: 'b', meeting: 'm', from: 'CC', date: '2018-05-10', classification: 'OFFICIAL', status: 'final', purpose: 'P.', recommendations: ['To note.'], source: draftSource });
    const shown = publicPaper(paper, isDraft);
    expect(shown.source).toEqual({ title: paperNotYetPublished });
    expectNoTrace(JSON.stringify(papersRegister([{ id: final, data: shown }], 'https://example.org/')));
  });
});

describe('publicInspection', () => {
  const inspection = inspectionSchema.parse({
    title: 'Report',
    inspectorate: 'HMICFRS',
    published: '2018-05-10',
    summary: 'Found.',
    papers: [final, draft.id, '2018-05-10-another-draft'],
    findings: [
      { id: 'a', ref: 'X-1', kind: 'action', text: 'Do it.', paper: draft.id, source: draftSource },
      { id: 'b', ref: 'X-2', kind: 'action', text: 'And this.', paper: final, source: finalSource },
    ],
    source: draftSource,
  });
  const shown = publicInspection(inspection, (id) => isDraft(id) || id === '2018-05-10-another-draft');
  it('names drafts only by the words in their place, once however many there are', () => {
    expect(shown.papers).toEqual([final, paperNotYetPublished]);
    expect(shown.findings.map((f) => f.paper)).toEqual([paperNotYetPublished, final]);
    expect(shown.findings.map((f) => f.source)).toEqual([{ title: paperNotYetPublished }, finalSource]);
    expect(shown.source).toEqual({ title: paperNotYetPublished });
    expect(mentions(shown).papers).toEqual([final, paperNotYetPublished]);
    expectNoTrace(JSON.stringify(shown));
  });
});

describe('publicIndicator', () => {
  const indicator = indicatorSchema.parse(parse(fs.readFileSync('tests/fixtures/data/valid/indicators/ksi-by-year.yaml', 'utf8')));
  const withDraft = indicatorSchema.parse({ ...indicator, sources: { panel: { ...indicator.sources.panel!, title: draft.title, paper: draft.id } } });
  const shown = publicIndicator(withDraft, isDraft);
  it.each([
    ['JSON', () => datasetJson('ksi-by-year', shown)],
    ['CSV', () => datasetCsv('ksi-by-year', shown)],
    ['schema.org metadata', () => JSON.stringify(datasetJsonLd({ id: 'ksi-by-year', indicator: shown, pageUrl: 'p', csvUrl: 'c', jsonUrl: 'j', publisher: 'PCC', area: 'Here' }))],
  ])('leaves nothing of a draft source in the dataset\'s %s, which cites "a paper not yet published"', (_name, text) => {
    expectNoTrace(text());
    expect(text()).toContain(paperNotYetPublished);
  });
  it('keeps every figure, still under its source key', () => {
    expect(shown.observations).toEqual(withDraft.observations);
    expect(Object.keys(shown.sources)).toEqual(['panel']);
  });
  it('changes nothing in a dataset without a draft source', () => {
    expect(datasetJson('ksi-by-year', publicIndicator(indicator, isDraft))).toBe(datasetJson('ksi-by-year', indicator));
  });
});

describe('plan', () => {
  it('replaces a plan action\'s source and its updates\' sources that are drafts', () => {
    const action = planActionSchema.parse({
      id: 'V1',
      theme: 'victims',
      title: 'An action',
      action: 'Do it.',
      updates: [{ date: '2018-05-10', status: 'green', progress: ['Done.'], source: draftSource }, { date: '2018-01-10', status: 'amber', progress: ['Started.'], source: finalSource }],
      source: draftSource,
    });
    const shown = publicPlanAction(action, isDraft);
    expect(shown.source).toEqual({ title: paperNotYetPublished });
    expect(shown.updates.map((u) => u.source)).toEqual([{ title: paperNotYetPublished }, finalSource]);
    expect(shown.updates[0]!.progress).toEqual(['Done.']);
    expectNoTrace(JSON.stringify(shown));
  });
  it('replaces a theme\'s aim source that is a draft, and leaves a theme without one alone', () => {
    const theme = planThemeSchema.parse({ id: 'victims', name: 'Victims', aim: 'Help.', aimSource: draftSource });
    expect(publicPlanTheme(theme, isDraft).aimSource).toEqual({ title: paperNotYetPublished });
    const bare = planThemeSchema.parse({ id: 'victims', name: 'Victims' });
    expect(publicPlanTheme(bare, isDraft)).toBe(bare);
  });
});
