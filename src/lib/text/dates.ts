// Dates in content are plain `YYYY-MM-DD` strings. They are formatted in UTC so that the
// output never depends on the build machine's time zone (a date has no time zone).

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(isoDate: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${isoDate}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "10 May 2018" */
export function formatDate(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  return `${day} ${months[month - 1]} ${year}`;
}

/** "Thursday 10 May 2018" */
export function formatDateWithWeekday(isoDate: string): string {
  const { year, month, day } = parts(isoDate);
  const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${formatDate(isoDate)}`;
}

/** "May 2018" */
export function formatMonth(isoDate: string): string {
  const { year, month } = parts(isoDate);
  return `${months[month - 1]} ${year}`;
}

/** The calendar year of a date. */
export function yearOf(isoDate: string): number {
  return parts(isoDate).year;
}

/** "14:00" → "2pm"; "09:30" → "9:30am" (the GOV.UK style for times). */
export function formatTime(clock: string): string {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  if (hours === 12 && minutes === 0) return 'midday';
  if (hours === 0 && minutes === 0) return 'midnight';
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
}

/** Newest first, then by a tie-breaker so that output is stable. */
export function byDateDescending<T>(date: (item: T) => string, tieBreak: (item: T) => string) {
  return (a: T, b: T): number => date(b).localeCompare(date(a)) || tieBreak(a).localeCompare(tieBreak(b), 'en');
}
