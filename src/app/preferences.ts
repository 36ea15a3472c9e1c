import type { Language } from '../domain';
import type { HostTheme } from '../platform';

// The user's choices that outlive the tab: theme and language, per browser (localStorage).
// Inside a Microsoft 365 host the host decides both instead (use-display-settings.ts).

export const THEME_CHOICES = ['light', 'dark', 'high-contrast'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const LANGUAGES: readonly Language[] = ['nb', 'en'];

const THEME_KEY = 'oppfolging.theme';
const LANGUAGE_KEY = 'oppfolging.language';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Storage may be missing or refuse access (privacy settings, Teams' sandboxed webviews): fall back silently. */
function readItem(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeItem(storage: Storage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Not remembered across reloads; the choice still applies now.
  }
}

export function readThemeChoice(storage: Storage | undefined): ThemeChoice {
  const stored = readItem(storage, THEME_KEY);
  return isThemeChoice(stored) ? stored : 'light';
}

export function writeThemeChoice(storage: Storage | undefined, choice: ThemeChoice): void {
  writeItem(storage, THEME_KEY, choice);
}

/** The stored choice; `fallback` (the browser's language) until the user has made one. */
export function readLanguage(storage: Storage | undefined, fallback: Language = 'nb'): Language {
  const stored = readItem(storage, LANGUAGE_KEY);
  return isLanguage(stored) ? stored : fallback;
}

export function writeLanguage(storage: Storage | undefined, language: Language): void {
  writeItem(storage, LANGUAGE_KEY, language);
}

/** The host's theme names (TEAMS-NOTES.md) → the tab's: default → light, contrast → high contrast. */
export function themeChoiceFromHost(theme: HostTheme): ThemeChoice {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'high-contrast';
  return 'light';
}
