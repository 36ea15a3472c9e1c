/** Graph's timestamps: UTC, whole seconds, `Z` (e.g. `2012-12-03T09:12:00Z`). */
export function graphTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A SharePoint site's regional setting when nobody chose another: the ministry's. */
export const DEFAULT_SITE_TIME_ZONE = 'Europe/Oslo';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The wall clock of `instant` in `timeZone`, as if that wall clock were UTC (ms since epoch). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? NaN);
  return Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
}

/** `yyyy-mm-dd` of an instant on the site's calendar. */
export function siteCalendarDate(instant: Date, timeZone: string): string {
  return new Date(wallClockAsUtc(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/**
 * Midnight at the start of a calendar day in the site's time zone, as the UTC instant SharePoint
 * stores for a date-only column: 2012-08-25 on an Oslo site is 2012-08-24T22:00:00Z (summer time),
 * 2012-01-25 is 2012-01-24T23:00:00Z. Two steps find the offset that applies at that midnight,
 * which may differ from the one at UTC midnight on the days the clocks change.
 */
export function siteMidnight(calendarDate: string, timeZone: string): Date {
  const match = CALENDAR_DATE.exec(calendarDate);
  if (!match) throw new Error(`Not a calendar date: ${calendarDate}`);
  const wanted = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  let instant = wanted;
  for (let step = 0; step < 2; step++) {
    instant = wanted - (wallClockAsUtc(instant, timeZone) - instant);
  }
  return new Date(instant);
}
