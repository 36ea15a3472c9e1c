import { useCallback, useState } from 'react';
import type { Language } from '../domain';
import { browserStorage } from './browser-storage';
import {
  readLanguage,
  readThemeChoice,
  writeLanguage,
  writeThemeChoice,
  type ThemeChoice,
} from './preferences';

/** Theme and language as the user chose them, remembered in this browser. */
export function usePreferences(defaultLanguage: Language) {
  const [theme, setThemeState] = useState<ThemeChoice>(() =>
    readThemeChoice(browserStorage('localStorage')),
  );
  const [language, setLanguageState] = useState<Language>(() =>
    readLanguage(browserStorage('localStorage'), defaultLanguage),
  );

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
