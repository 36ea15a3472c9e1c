import { createContext, useContext } from 'react';

/** Norwegian bokmål first, English second (users are Norwegian civil servants). */
export type Language = 'nb' | 'en';

export const LanguageContext = createContext<Language>('nb');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/**
 * Each feature keeps its own texts as `{ nb: {...}, en: {...} }` with the same keys;
 * the type makes a missing English text a compile error.
 */
export type Messages<T> = { nb: T; en: T };

export function useMessages<T>(messages: Messages<T>): T {
  return messages[useLanguage()];
}
