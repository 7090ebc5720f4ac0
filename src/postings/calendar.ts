/**
 * Calendar dates for postings. A closing date is a day, not an instant: "closes 31 January" means applications
 * are accepted all that day where the force is, so comparisons use the date in the force's time zone.
 */

/** The force's time zone unless a caller says otherwise (UK forces). */
export const DEFAULT_TIME_ZONE = 'Europe/London';

/** The calendar date ("YYYY-MM-DD") of an instant in a time zone. */
export function calendarDate(now: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  // en-CA formats as YYYY-MM-DD; Intl does the time-zone arithmetic (BST/GMT) for us.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** True when "YYYY-MM-DD" names a real day (rejects 2027-02-30). */
export function isRealDate(isoDate: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-01-31" -> "Sunday 31 January 2027", for people (built by hand: Intl's en-GB adds a comma on some ICU builds). */
export function formatClosingDate(isoDate: string): string {
  if (!isRealDate(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T12:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
