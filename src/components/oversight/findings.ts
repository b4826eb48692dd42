// Counting and listing tracked inspection items for the tracker and the inspection pages.
import { findingStatuses, type Finding, type FindingStatus, type Inspection } from '../../schemas/inspection.ts';

/** How many items have each status, in the order of findingStatuses. */
export function countFindings(findings: readonly Finding[]): Record<FindingStatus, number> {
  const counts = Object.fromEntries(findingStatuses.map((status) => [status, 0])) as Record<FindingStatus, number>;
  for (const finding of findings) counts[finding.status] += 1;
  return counts;
}

/** "6 items: 2 in progress, 1 complete, 3 not stated" (statuses with none left out). */
export function describeCounts(findings: readonly Finding[]): string {
  const counts = countFindings(findings);
  const parts = findingStatuses.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${status}`);
  const total = `${findings.length} ${findings.length === 1 ? 'item' : 'items'}`;
  return parts.length ? `${total}: ${parts.join(', ')}` : total;
}

/** Every paper and meeting an inspection links to, its own lists first, then those its items cite. */
export function mentions(inspection: Inspection): { papers: string[]; meetings: string[] } {
  const papers = new Set(inspection.papers);
  const meetings = new Set(inspection.meetings);
  for (const finding of inspection.findings) {
    if (finding.paper) papers.add(finding.paper);
    if (finding.meeting) meetings.add(finding.meeting);
  }
  return { papers: [...papers], meetings: [...meetings] };
}
