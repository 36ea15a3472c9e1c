import {
  FluentProvider,
  makeStaticStyles,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { LanguageContext } from '../features/shared';
import type { Host } from '../platform';
import { DisplayContext } from './display-context';
import type { ThemeChoice } from './preferences';
import { useDisplaySettings } from './use-display-settings';

// Most people use the light theme: the others load when first asked for (extra-themes.ts).
const LIGHT: Partial<Record<ThemeChoice, Theme>> = { light: teamsLightTheme };

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
  const [themes, setThemes] = useState(LIGHT);
  const theme = themes[display.theme];
  useEffect(() => {
    if (theme) return;
    void import('./extra-themes').then((module) =>
      setThemes((known) => ({ ...known, ...module.EXTRA_THEMES })),
    );
  }, [theme]);
  // A moment without a page rather than a light flash in a dark Teams.
  if (!theme) return null;
  return (
    <FluentProvider theme={theme}>
      <LanguageContext.Provider value={display.language}>
        <DisplayContext.Provider value={display}>{children}</DisplayContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
