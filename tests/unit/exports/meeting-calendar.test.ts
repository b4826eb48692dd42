import { describe, expect, it } from 'vitest';
import { calendarPlainText, calendarText, meetingsCalendar } from '../../../src/lib/exports/meeting-calendar.ts';

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

describe('meetingsCalendar with no meetings (a new site)', () => {
  const text = meetingsCalendar('Meetings', [], 'example.org');
  const lines = text.split('\r\n').filter(Boolean);

  it('is still a valid calendar: RFC 5545 asks for at least one component, so it holds the UK time zone', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).not.toContain('BEGIN:VEVENT');
    expect(lines.filter((line) => line === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), -1).at(-1)).toBe('END:VTIMEZONE');
  });
  it('has no time zone when it has meetings, which are written in UTC', () => {
    expect(meetingsCalendar('Meetings', meetings, 'example.org')).not.toContain('VTIMEZONE');
  });
});

describe('calendarText and calendarPlainText', () => {
  it.each([
    ['a\\b; c, d', 'a\\\\b\\; c\\, d'],
    ['one\r\ntwo\rthree\nfour', 'one\\ntwo\\nthree\\nfour'],
    ['bell\u0007 tab\t del\u007F esc\u001B', 'bell tab\t del esc'],
  ])('escapes %j as %j', (text, expected) => expect(calendarText(text)).toBe(expected));

  it('leaves the escaping to ical-generator but drops control characters and old Mac line ends', () => {
    expect(calendarPlainText('a;b,c\\d\r\ne\rf\u0000')).toBe('a;b,c\\d\ne\nf');
  });
});

describe('meetingsCalendar with text that tries to add lines', () => {
  const injected = '\r\nBEGIN:VEVENT\r\nSUMMARY:evil';
  const hostile = [
    { ...meetings[0]!, boardName: `Board${injected}`, data: { ...meetings[0]!.data, summary: `Summary${injected}`, venue: `Room${injected}` } },
    { ...meetings[1]!, id: 'pcp-2015-03-18', boardName: `Panel\nEND:VCALENDAR` },
  ];
  const text = meetingsCalendar(`Board${injected}; a, b\\ meetings`, hostile, 'example.org');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');

  it('has exactly one VEVENT per meeting and no injected line', () => {
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('SUMMARY:evil'))).toEqual([]);
    expect(lines.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  });

  it('escapes the calendar name, which ical-generator writes as given', () => {
    expect(lines).toContain('NAME:Board\\nBEGIN:VEVENT\\nSUMMARY:evil\\; a\\, b\\\\ meetings');
    expect(lines).toContain('X-WR-CALNAME:Board\\nBEGIN:VEVENT\\nSUMMARY:evil\\; a\\, b\\\\ meetings');
  });

  it('escapes the summary, description and location once', () => {
    expect(lines).toContain('SUMMARY:Board\\nBEGIN:VEVENT\\nSUMMARY:evil');
    expect(lines).toContain('DESCRIPTION:Summary\\nBEGIN:VEVENT\\nSUMMARY:evil');
    expect(lines).toContain('LOCATION:Room\\nBEGIN:VEVENT\\nSUMMARY:evil');
    expect(lines).toContain('SUMMARY:Panel\\nEND:VCALENDAR');
  });
});
