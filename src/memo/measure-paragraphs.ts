import { sanitizeLine } from './sanitize-text';

/** "<Title>:" as the memo prints it; a title that already ends in a colon keeps just that one. */
export function measureLead(title: string): string {
  const clean = sanitizeLine(title);
  return clean.endsWith(':') ? clean : `${clean}:`;
}
