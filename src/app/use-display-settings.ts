import { useEffect, useState } from 'react';
import type { Language } from '../domain';
import { languageFromLocale, type Host } from '../platform';
import { themeChoiceFromHost, type ThemeChoice } from './preferences';
import { usePreferences } from './use-preferences';

export type DisplaySettings = {
  theme: ThemeChoice;
  language: Language;
  /**
   * True on a standalone page, where the user picks theme and language. Inside Teams, Outlook
   * or the Microsoft 365 app the host decides both and the tab follows it.
   */
  adjustable: boolean;
  setTheme(choice: ThemeChoice): void;
  setLanguage(language: Language): void;
};

/** The browser's language, for a standalone page before the user has chosen one. */
export function browserLanguage(): Language {
  return languageFromLocale(typeof navigator === 'undefined' ? null : navigator.language);
}

/** Theme and language: the host's (following its live theme changes), or the user's own choice. */
export function useDisplaySettings(host: Pick<Host, 'context' | 'onThemeChange'>): DisplaySettings {
  const preferences = usePreferences(browserLanguage());
  const hosted = host.context.mode === 'hosted' ? host.context : null;
  const [hostTheme, setHostTheme] = useState<ThemeChoice>(() =>
    hosted ? themeChoiceFromHost(hosted.theme) : 'light',
  );
  useEffect(() => host.onThemeChange((theme) => setHostTheme(themeChoiceFromHost(theme))), [host]);

  const display: DisplaySettings = hosted
    ? {
        theme: hostTheme,
        language: hosted.language,
        adjustable: false,
        // The host's choice is not the user's preference for a standalone visit: nothing is stored.
        setTheme: setHostTheme,
        setLanguage: () => undefined,
      }
    : { ...preferences, adjustable: true };

  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = display.language;
  }, [display.language]);

  return display;
}
