import type { Messages, Status } from '../../domain';
import { terms } from '../../domain/terms';

/**
 * What a user reads for each Status choice. The list stores the Norwegian choice; English users
 * see a translation, and every feature shows the same words (defined once, in domain/terms).
 */
export const statusNames: Messages<Record<Status, string>> = {
  nb: terms.nb.statusNames,
  en: terms.en.statusNames,
};
