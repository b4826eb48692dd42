import ical from 'ical-generator';
import type { Meeting } from '../schemas/meeting.ts';
import { londonTimeToUtc } from './london-time.ts';

/** What a calendar entry needs to know about one meeting. */
export interface CalendarMeeting {
  id: string;
  boardName: string;
  url: string;
  data: Pick<Meeting, 'date' | 'startTime' | 'venue' | 'status' | 'summary'>;
}

/**
 * An iCalendar file of meetings. Times are written in UTC (converted from the UK clock time), so
 * every calendar shows them right; meetings with no published time are all-day entries. The
 * timestamp of each entry is its meeting date, so the same content always gives the same file.
 */
export function meetingsCalendar(name: string, meetings: readonly CalendarMeeting[], domain: string): string {
  const calendar = ical({ name, prodId: { company: domain, product: 'board-meetings', language: 'EN' } });
  for (const meeting of meetings) {
    const { data } = meeting;
    const start = data.startTime ? londonTimeToUtc(data.date, data.startTime) : new Date(`${data.date}T00:00:00Z`);
    calendar.createEvent({
      id: `${meeting.id}@${domain}`,
      start,
      allDay: !data.startTime,
      stamp: new Date(`${data.date}T00:00:00Z`),
      summary: `${data.status === 'cancelled' ? 'CANCELLED: ' : ''}${meeting.boardName}`,
      description: data.summary,
      location: data.venue ?? null,
      url: meeting.url,
    });
  }
  return calendar.toString();
}
