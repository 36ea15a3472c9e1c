import {
  FluentProvider,
  makeStaticStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { LanguageContext } from '../features/i18n';
import { MeasuresProvider, type PlanSource } from '../features/report';
import { ServicesContext, type Services } from '../features/services';
import { browserStorage } from './browser-storage';
import type { ThemeChoice } from './preferences';
import type { RuntimeConfig } from './runtime-config';
import { Shell } from './Shell';
import { usePreferences } from './use-preferences';

const THEMES: Record<ThemeChoice, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

/** The providers every feature relies on: theme, language, services, the plan's data. */
export function App({ config, services }: { config: RuntimeConfig; services: Services }) {
  useGlobalStyles();
  const { theme, setTheme, language, setLanguage } = usePreferences();
  const source = useMemo<PlanSource>(
    () => ({
      listTitle: config.list,
      listKey: `${config.site}/${config.list}`,
      caseNumber: config.caseNumber,
    }),
    [config],
  );

  return (
    <FluentProvider theme={THEMES[theme]}>
      <LanguageContext.Provider value={language}>
        <ServicesContext.Provider value={services}>
          <MeasuresProvider source={source} storage={browserStorage('localStorage')}>
            <Shell
              config={config}
              theme={theme}
              onThemeChange={setTheme}
              language={language}
              onLanguageChange={setLanguage}
            />
          </MeasuresProvider>
        </ServicesContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
