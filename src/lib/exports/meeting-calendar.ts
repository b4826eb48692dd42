import ical from 'ical-generator';
import type { Meeting } from '../../schemas/meeting.ts';
import { londonTimeToUtc } from '../text/london-time.ts';

/** What a calendar entry needs to know about one meeting. */
export interface CalendarMeeting {
  id: string;
  boardName: string;
  url: string;
  data: Pick<Meeting, 'date' | 'startTime' | 'venue' | 'status' | 'summary'>;
}

// RFC 5545 TEXT allows no control characters but tab and the line end, which it writes as \n.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text with one kind of line end (\n) and no other control characters: for the properties ical-generator escapes itself. */
export function calendarPlainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(controlCharacters, '');
}

/** An RFC 5545 TEXT value: \\, ; and , escaped with a backslash, line ends as \n. For the properties ical-generator writes as given. */
export function calendarText(text: string): string {
  return calendarPlainText(text).replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n');
}

/**
 * An iCalendar file of meetings. Times are written in UTC (converted from the UK clock time), so
 * every calendar shows them right; meetings with no published time are all-day entries. The
 * timestamp of each entry is its meeting date, so the same content always gives the same file.
 * ical-generator escapes SUMMARY, DESCRIPTION and LOCATION but writes NAME, X-WR-CALNAME, PRODID and UID as given.
 */
export function meetingsCalendar(name: string, meetings: readonly CalendarMeeting[], domain: string): string {
  const calendar = ical({ name: calendarText(name), prodId: { company: calendarText(domain), product: 'board-meetings', language: 'EN' } });
  for (const meeting of meetings) {
    const { data } = meeting;
    const start = data.startTime ? londonTimeToUtc(data.date, data.startTime) : new Date(`${data.date}T00:00:00Z`);
    calendar.createEvent({
      id: calendarText(`${meeting.id}@${domain}`),
      start,
      allDay: !data.startTime,
      stamp: new Date(`${data.date}T00:00:00Z`),
      summary: calendarPlainText(`${data.status === 'cancelled' ? 'CANCELLED: ' : ''}${meeting.boardName}`),
      description: calendarPlainText(data.summary),
      location: data.venue === undefined ? null : calendarPlainText(data.venue),
      url: meeting.url,
    });
  }
  return calendar.toString();
}
