import { describe, expect, it } from 'vitest';
import { meetingsCalendar } from '../../src/lib/meeting-calendar.ts';

const meetings = [
  { id: 'bcb-2018-05-10', boardName: 'Business Coordination Board', url: 'https://example.org/meetings/bcb-2018-05-10/', data: { date: '2018-05-10', startTime: '14:00', venue: 'CR2', status: 'held' as const, summary: 'Reports on performance; road safety.' } },
  { id: 'pcp-2015-03-18', boardName: 'Police and Crime Panel', url: 'https://example.org/meetings/pcp-2015-03-18/', data: { date: '2015-03-18', status: 'held' as const, summary: 'Objective Five.' } },
];

describe('meetingsCalendar', () => {
  const text = meetingsCalendar('Meetings', meetings, 'example.org');
  const unfolded = text.replace(/\r\n[ \t]/g, '');

  it('is an iCalendar file with one event per meeting', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
  it('puts a 2pm meeting in British Summer Time at 13:00 UTC', () => {
    expect(unfolded).toContain('DTSTART:20180510T130000Z');
    expect(unfolded).toContain('LOCATION:CR2');
    expect(unfolded).toContain('UID:bcb-2018-05-10@example.org');
  });
  it('makes a meeting with no published time an all-day entry', () => {
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20150318');
  });
  it('is the same every time for the same meetings', () => {
    expect(meetingsCalendar('Meetings', meetings, 'example.org')).toBe(text);
  });
});
