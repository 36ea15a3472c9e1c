import { createContext, useContext } from 'react';
import type { Language, Messages } from '../../domain';

export const LanguageContext = createContext<Language>('nb');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The texts of the language the user reads; each feature keeps its own `Messages`. */
export function useMessages<T>(messages: Messages<T>): T {
  return messages[useLanguage()];
}
