// Meeting times are written as local UK clock times ("14:00"). Calendars need the instant, which
// depends on whether British Summer Time was in force on the day.

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes that London was ahead of UTC at a given instant (0 in winter, 60 in summer). */
export function londonOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant of a UK clock time on a date: ("2018-05-10", "14:00") → 2018-05-10T13:00:00Z. */
export function londonTimeToUtc(isoDate: string, clock: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  const guess = new Date(Date.UTC(year, month - 1, day, hours, minutes));
  // Use the offset in force at the guessed instant; near a clock change, check it once more.
  const first = new Date(guess.getTime() - londonOffsetMinutes(guess) * 60_000);
  return new Date(guess.getTime() - londonOffsetMinutes(first) * 60_000);
}
