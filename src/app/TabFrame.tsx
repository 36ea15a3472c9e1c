import {
  FluentProvider,
  makeStaticStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { LanguageContext } from '../features/shared';
import type { Host } from '../platform';
import { DisplayContext } from './display-context';
import type { ThemeChoice } from './preferences';
import { useDisplaySettings } from './use-display-settings';

const THEMES: Record<ThemeChoice, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

/** Theme and language around every page of the tab, the error pages included. */
export function TabFrame({
  host,
  children,
}: {
  host: Pick<Host, 'context' | 'onThemeChange'>;
  children: ReactNode;
}) {
  useGlobalStyles();
  const display = useDisplaySettings(host);
  return (
    <FluentProvider theme={THEMES[display.theme]}>
      <LanguageContext.Provider value={display.language}>
        <DisplayContext.Provider value={display}>{children}</DisplayContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
