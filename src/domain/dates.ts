const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy-mm-dd` of a Date in the user's own calendar (deadlines are calendar days, not instants). */
export function toCalendarDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** dd.mm.yyyy, the ministry's date format in every language, from `yyyy-mm-dd` or an ISO instant. */
export function formatNorwegianDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}

/**
 * `dd.mm.yyyy` and `HH:MM` of an instant in the user's own time zone (a report's ReportedAt is
 * UTC), or null when it is no instant.
 */
export function formatLocalDateTime(iso: string): { date: string; time: string } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  return {
    date: formatNorwegianDate(toCalendarDate(instant)),
    time: `${pad(instant.getHours())}:${pad(instant.getMinutes())}`,
  };
}
