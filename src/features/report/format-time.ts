import { formatNorwegianDate } from '../../domain';

/**
 * `dd.mm.yyyy`, hour and minute of an instant in the user's own time zone (a report's ReportedAt
 * is UTC). The time is left as numbers: each language writes it its own way («kl. 09.12», 09:12).
 */
export function splitLocalDateTime(
  iso: string,
): { date: string; hours: number; minutes: number } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: formatNorwegianDate(
      `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`,
    ),
    hours: instant.getHours(),
    minutes: instant.getMinutes(),
  };
}
