import { createContext, useContext } from 'react';
import type { DisplaySettings } from './use-display-settings';

export const DisplayContext = createContext<DisplaySettings | null>(null);

export function useDisplay(): DisplaySettings {
  const display = useContext(DisplayContext);
  if (!display) throw new Error('useDisplay outside TabFrame.');
  return display;
}
