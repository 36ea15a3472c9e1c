import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../features/i18n';
import { browserStorage } from './browser-storage';
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
    readThemeChoice(browserStorage('localStorage')),
  );
  const [language, setLanguageState] = useState<Language>(() =>
    readLanguage(browserStorage('localStorage')),
  );

  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setTheme = useCallback((choice: ThemeChoice) => {
    writeThemeChoice(browserStorage('localStorage'), choice);
    setThemeState(choice);
  }, []);
  const setLanguage = useCallback((choice: Language) => {
    writeLanguage(browserStorage('localStorage'), choice);
    setLanguageState(choice);
  }, []);

  return { theme, setTheme, language, setLanguage };
}
