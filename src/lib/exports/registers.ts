// The registers as open data: plain JSON of meetings, papers and decisions, with links to their pages.
import type { Decision } from '../../schemas/decision.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Paper } from '../../schemas/paper.ts';
import { paths } from '../build/urls.ts';

type Entry<T> = { id: string; data: T };
const absolute = (origin: string, path: string) => new URL(path.replace(/^\//, ''), origin).href;

/** Meetings with their agenda and actions; minutes text stays on the page. */
export function meetingsRegister(meetings: readonly Entry<Meeting>[], origin: string) {
  return meetings.map(({ id, data }) => {
    const { sources: _sources, ...published } = data;
    return { id, url: absolute(origin, paths.meeting(id)), ...published };
  });
}

/** Papers' metadata (not their summaries), with the page address. */
export function papersRegister(papers: readonly Entry<Paper>[], origin: string) {
  return papers.map(({ id, data }) => {
    const { source: _source, ...published } = data;
    return { id, url: absolute(origin, paths.paper(id)), ...published };
  });
}

/** Decisions with their page address and where they are recorded. */
export function decisionsRegister(decisions: readonly Entry<Decision>[], origin: string) {
  return decisions.map(({ id, data }) => {
    const { provenance: _p, paper: _paper, ...source } = data.source;
    return { id, url: absolute(origin, paths.decision(id)), ...data, source };
  });
}
