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
 * The UK clock's time zone (GMT, and BST from the last Sunday in March to the last Sunday in October), as RFC 5545
 * writes it. Meetings are written in UTC and need none; it is there only in a calendar with no meetings yet.
 */
const londonTimeZone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

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
  const text = calendar.toString();
  // RFC 5545 requires at least one component in a calendar: one with no meetings yet (a new site) holds the time
  // zone alone, so that it is valid and can be subscribed to before the first meeting is published.
  if (meetings.length > 0) return text;
  return text.replace(/END:VCALENDAR(\r\n)?$/, `${londonTimeZone.join('\r\n')}\r\nEND:VCALENDAR$1`);
}
