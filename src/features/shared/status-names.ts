import type { Status } from '../../domain';
import type { Messages } from '../../domain';

/**
 * What a user reads for each Status choice. The list stores the Norwegian choice; English users
 * see a translation, and every feature shows the same words.
 */
export const statusNames: Messages<Record<Status, string>> = {
  nb: {
    'Ikke påbegynt': 'Ikke påbegynt',
    Pågår: 'Pågår',
    Gjennomført: 'Gjennomført',
    'Ikke gjennomført': 'Ikke gjennomført',
    'Ikke aktuelt': 'Ikke aktuelt',
  },
  en: {
    'Ikke påbegynt': 'Not started',
    Pågår: 'In progress',
    Gjennomført: 'Done',
    'Ikke gjennomført': 'Not done',
    'Ikke aktuelt': 'Not applicable',
  },
};
