/** `yyyy-mm-dd` of a Date in the user's own calendar (deadlines are calendar days, not instants). */
export function toCalendarDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** dd.mm.yyyy, the ministry's date format in every language, from `yyyy-mm-dd` or an ISO instant. */
export function formatNorwegianDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}
