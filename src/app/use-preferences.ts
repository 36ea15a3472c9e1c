import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../features/i18n';
import {
  readLanguage,
  readThemeChoice,
  writeLanguage,
  writeThemeChoice,
  type ThemeChoice,
} from './preferences';

/** Theme and language, remembered in this browser. */
export function usePreferences() {
  const [theme, setThemeState] = useState<ThemeChoice>(() =>
    readThemeChoice(globalThis.localStorage),
  );
  const [language, setLanguageState] = useState<Language>(() =>
    readLanguage(globalThis.localStorage),
  );

  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setTheme = useCallback((choice: ThemeChoice) => {
    writeThemeChoice(globalThis.localStorage, choice);
    setThemeState(choice);
  }, []);
  const setLanguage = useCallback((choice: Language) => {
    writeLanguage(globalThis.localStorage, choice);
    setLanguageState(choice);
  }, []);

  return { theme, setTheme, language, setLanguage };
}
