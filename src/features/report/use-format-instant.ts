import { formatLocalDateTime } from '../../domain';
import { useMessages } from '../shared/i18n';
import { reportMessages } from './report-messages';

/** "dd.mm.yyyy kl. HH.MM" (English "dd.mm.yyyy at HH:MM") in the user's language and time zone, or the raw value if it is no date. */
export function useFormatInstant(): (iso: string) => string {
  const t = useMessages(reportMessages);
  return (iso) => {
    const parts = formatLocalDateTime(iso);
    return parts ? t.dateTime(parts.date, parts.time) : iso;
  };
}
