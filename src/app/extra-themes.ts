import { teamsDarkTheme, teamsHighContrastTheme, type Theme } from '@fluentui/react-components';
import type { ThemeChoice } from './preferences';

/** The themes besides the light one, loaded when a user or the host first asks for one. */
export const EXTRA_THEMES: Partial<Record<ThemeChoice, Theme>> = {
  dark: teamsDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};
