// The real content in content/ must always be valid and complete: these are the facts the public reads.
import { describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/lib/sources/content-paths.ts';
import { formatReport } from '../../src/lib/validation/problems.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';

const { root, contentDir } = contentPaths();
const { content, problems } = validateContent(root, contentDir);
const ids = (list: { id: string }[]) => list.map((entry) => entry.id);

describe('content/', () => {
  it('has no problems', () => {
    expect(problems, formatReport(problems)).toEqual([]);
  });

  it('holds a meeting for every dated meeting in the five source documents', () => {
    expect(ids(content.meetings)).toEqual(
      expect.arrayContaining([
        'business-coordination-board-2014-11-13',
        'police-and-crime-panel-2015-03-18',
        'business-coordination-board-2016-08-11',
        'business-coordination-board-2018-03-01',
        'business-coordination-board-2018-04-12',
        'business-coordination-board-2018-05-10',
      ]),
    );
  });

  it('has a paper for each agenda item 4 to 11 of the 10 May 2018 pack, linked from the agenda', () => {
    const meeting = content.meetings.find((m) => m.id === 'business-coordination-board-2018-05-10')!;
    const linked = meeting.data.agenda.filter((item) => item.paper).map((item) => item.item.replace(/\.0$/, ''));
    expect(linked).toEqual(['4', '5', '6', '7', '8', '9', '10', '11']);
    expect(content.papers.filter((p) => p.data.meeting === meeting.id)).toHaveLength(8);
  });

  it('keeps the 12 April 2018 minutes as draft, with their three actions and two Section 22A decisions', () => {
    const april = content.meetings.find((m) => m.id === 'business-coordination-board-2018-04-12')!;
    expect(april.data.minutes?.status).toBe('draft');
    expect(april.data.actions.map((a) => a.ref)).toEqual(['12.4 (i)', '14.3 (i)', '14.3 (ii)']);
    const s22a = content.decisions.filter((d) => d.data.meeting === april.id && /22A/i.test(d.data.title));
    expect(s22a).toHaveLength(2);
  });

  it('marks the 11 August 2016 paper as issued DRAFT, and publishes it', () => {
    const paper = content.papers.find((p) => p.id === '2016-08-11-police-and-crime-plan-development-communities')!;
    expect(paper.data.markedDraft).toBe(true);
    expect(paper.data.status).toBe('final');
  });

  it('never uses a source file name or line number in text the public sees', () => {
    for (const entry of [...content.meetings, ...content.papers, ...content.decisions, ...content.inspections]) {
      const data = entry.data as { source?: { location?: string }; sources?: { location?: string }[] };
      const locations = [data.source?.location, ...(data.sources ?? []).map((s) => s.location)].filter(Boolean);
      for (const location of locations) expect(location, entry.source.file).not.toMatch(/seed|lines? \d/i);
      expect(entry.source.body ?? '', entry.source.file).not.toMatch(/\bseed 00\d|\bL\d{3,}\b/);
    }
  });
});
