import { formatNorwegianDate } from '../../domain';

/** `dd.mm.yyyy` and `HH:MM` of an instant in the user's own time zone (a report's ReportedAt is UTC). */
export function splitLocalDateTime(iso: string): { date: string; time: string } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: formatNorwegianDate(
      `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`,
    ),
    time: `${pad(instant.getHours())}:${pad(instant.getMinutes())}`,
  };
}
