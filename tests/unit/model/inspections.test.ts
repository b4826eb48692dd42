// Inspection reports: the schema with its tracked items, the tracker's counts, and the real content in content/inspections.
import { describe, expect, it } from 'vitest';
import { countFindings, describeCounts, mentions } from '../../../src/components/oversight/findings.ts';
import { contentPaths } from '../../../src/lib/sources/content-paths.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { inspectionSchema, type Finding } from '../../../src/schemas/inspection.ts';

const base = { title: 'SPR', inspectorate: 'HMIC', published: '2014-11-07', summary: 'Found.', source: { title: 'Report' } };
const finding = { id: 'a', ref: 'X-1', kind: 'recommendation', text: 'Do it.', source: { title: 'Paper' } };

describe('inspectionSchema', () => {
  it('still accepts an inspection written before tracked items existed, with safe defaults', () => {
    const parsed = inspectionSchema.parse(base);
    expect(parsed).toMatchObject({ scope: 'force', findingsInSources: true, papers: [], meetings: [], findings: [] });
  });

  it('defaults an item to "not stated", with a reference made up by this site', () => {
    const parsed = inspectionSchema.parse({ ...base, findings: [finding] });
    expect(parsed.findings[0]).toMatchObject({ status: 'not stated', refInSource: false });
  });

  it.each([
    [{ findings: [{ ...finding, status: 'done' }] }, 'findings.0.status'],
    [{ findings: [{ ...finding, kind: 'suggestion' }] }, 'findings.0.kind'],
    [{ findings: [finding, { ...finding, ref: 'X-2' }] }, 'findings.1.id'],
    [{ findings: [{ ...finding, statusDate: '2018-13-01' }] }, 'findings.0.statusDate'],
    [{ programme: 'peel' }, 'programme'],
    [{ papers: ['Not A Slug'] }, 'papers.0'],
  ])('rejects %o', (change, field) => {
    const result = inspectionSchema.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('tracker counts', () => {
  const items = [{ status: 'in progress' }, { status: 'complete' }, { status: 'in progress' }] as Finding[];
  it('counts each status', () => expect(countFindings(items)).toEqual({ 'in progress': 2, complete: 1, 'not stated': 0 }));
  it('describes the counts in words, leaving out statuses with none', () => {
    expect(describeCounts(items)).toBe('3 items: 2 in progress, 1 complete');
    expect(describeCounts([])).toBe('0 items');
  });
  it('lists the papers and meetings an inspection and its items mention, once each', () => {
    const inspection = inspectionSchema.parse({ ...base, papers: ['p1'], findings: [{ ...finding, paper: 'p1', meeting: 'm1' }, { ...finding, id: 'b', paper: 'p2' }] });
    expect(mentions(inspection)).toEqual({ papers: ['p1', 'p2'], meetings: ['m1'] });
  });
});

describe('content/inspections', () => {
  const { root, contentDir } = contentPaths();
  const { content } = validateContent(root, contentDir);
  const byId = new Map(content.inspections.map((i) => [i.id, i]));
  const paperIds = new Set(content.papers.filter((p) => p.data.status === 'final').map((p) => p.id));
  const meetingIds = new Set(content.meetings.map((m) => m.id));

  it('has a page for every inspectorate report the papers mention', () => {
    expect([...byId.keys()].sort()).toEqual([
      'hmic-crime-data-integrity-2014',
      'hmic-hmcpsi-living-in-fear-2017',
      'hmic-interim-crime-inspection-2014',
      'hmic-peel-legitimacy-2016',
      'hmic-police-integrity-and-corruption-2014',
      'hmic-strategic-policing-requirement-2014',
      'hmicfrs-peel-effectiveness-2017',
      'hmip-hmicfrs-custody-2018',
    ]);
  });

  it('links only to published papers and to meetings that exist', () => {
    for (const inspection of content.inspections) {
      const { papers, meetings } = mentions(inspection.data);
      for (const id of papers) expect(paperIds.has(id), `${inspection.id} → paper ${id}`).toBe(true);
      for (const id of meetings) expect(meetingIds.has(id), `${inspection.id} → meeting ${id}`).toBe(true);
    }
  });

  it('links every report whose findings are not in the sources to at least one paper or meeting that mentions it', () => {
    for (const inspection of content.inspections.filter((i) => !i.data.findingsInSources)) {
      const { papers, meetings } = mentions(inspection.data);
      expect(papers.length + meetings.length, inspection.id).toBeGreaterThan(0);
      expect(inspection.source.body, inspection.id).toMatch(/not in the papers|not listed in the papers/);
    }
  });

  it('keeps the figures of the custody inspection as the paper gives them', () => {
    const custody = byId.get('hmip-hmicfrs-custody-2018')!;
    expect(custody.data.published).toBe('2018-02-08');
    expect(custody.data.summary).toMatch(/27 areas for improvement/);
    expect(custody.data.summary).toMatch(/20 of the 42 actions/);
    expect(custody.data.findings.find((f) => f.id === 'improvement-plan')).toMatchObject({ status: 'in progress', statusDate: '2018-05-10' });
  });

  it('dates the PEEL effectiveness report 22 March 2018, from the minutes of 12 April 2018', () => {
    const peel = byId.get('hmicfrs-peel-effectiveness-2017')!;
    expect(peel.data).toMatchObject({ published: '2018-03-22', programme: 'PEEL', meetings: ['business-coordination-board-2018-04-12'] });
  });

  it('never shows a made-up date: a report whose publication the papers only expected has a label saying so', () => {
    for (const id of ['hmic-crime-data-integrity-2014', 'hmic-interim-crime-inspection-2014', 'hmic-police-integrity-and-corruption-2014']) {
      expect(byId.get(id)!.data.publishedLabel, id).toMatch(/not confirm|Not known/);
    }
  });

  it('covers the five national threats and the four requirements on the Strategic Policing Requirement page', () => {
    const body = byId.get('hmic-strategic-policing-requirement-2014')!.source.body!;
    const sections = body.split(/^## /m);
    for (const threat of ['Terrorism', 'Civil emergencies', 'Serious organised crime', 'Public order', 'Large-scale cyber incidents']) {
      const section = sections.find((s) => s.startsWith(`${threat}\n`));
      expect(section, threat).toBeDefined();
      for (const area of ['Capacity and contribution', 'Capability', 'Consistency', 'Connectivity']) expect(section, `${threat}: ${area}`).toContain(`### ${area}\n`);
    }
  });

  it('gives each tracked item a status only where a paper gives one, with the date it was reported', () => {
    for (const inspection of content.inspections) {
      for (const item of inspection.data.findings) {
        if (item.status !== 'not stated') expect(item.statusDate, `${inspection.id} ${item.id}`).toBeDefined();
        expect(item.source.location ?? '', `${inspection.id} ${item.id}`).not.toMatch(/seed|lines? \d/i);
      }
    }
  });
});
