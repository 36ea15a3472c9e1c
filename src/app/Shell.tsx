import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { Language } from '../features/i18n';
import { useMessages } from '../features/i18n';
import { UnitOverview } from '../features/overview';
import { PlanView, useMeasures } from '../features/report';
import { CurrentUserContext } from '../features/services';
import { appMessages } from './app-messages';
import { DemoBanner } from './DemoBanner';
import type { ThemeChoice } from './preferences';
import type { RuntimeConfig } from './runtime-config';
import { SettingsBar } from './SettingsBar';
import { useDemoUser } from './use-demo-user';

// The memo export pulls in docx; it loads when first opened, not with the tab.
const ExportDialog = lazy(() =>
  import('../features/export').then((module) => ({ default: module.ExportDialog })),
);

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  skipLink: {
    position: 'absolute',
    left: tokens.spacingHorizontalM,
    top: '-48px',
    zIndex: 1,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    ':focus': { top: tokens.spacingVerticalS },
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titleBar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  subtitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  tools: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
  },
  main: {
    flex: 1,
    width: '100%',
    maxWidth: '1100px',
    boxSizing: 'border-box',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    ':focus': { outlineStyle: 'none' },
  },
});

type ShellProps = {
  config: RuntimeConfig;
  theme: ThemeChoice;
  onThemeChange: (theme: ThemeChoice) => void;
  language: Language;
  onLanguageChange: (language: Language) => void;
};

/** The tab's frame: demo banner, title and settings, then the plan (and the overview for the caseworker). */
export function Shell({ config, theme, onThemeChange, language, onLanguageChange }: ShellProps) {
  const styles = useStyles();
  const t = useMessages(appMessages);
  const demo = useDemoUser();
  const { measures } = useMeasures();
  const [exportOpen, setExportOpen] = useState(false);
  const isCaseworker = demo.user.role === 'caseworker';
  const caseNumber = config.caseNumber ?? measures[0]?.caseNumber ?? '';
  const exportMeasures = useMemo(() => [...measures], [measures]);

  return (
    <CurrentUserContext.Provider value={demo.user}>
      <div className={styles.page}>
        <a href="#main" className={styles.skipLink}>
          {t.skipToContent}
        </a>
        <header className={styles.header}>
          {config.mode === 'demo' && <DemoBanner demo={demo} />}
          <div className={styles.titleBar}>
            <div>
              <h1 className={styles.title}>{t.appName}</h1>
              <p className={styles.subtitle}>{t.planLine(config.caseNumber, config.list)}</p>
            </div>
            <div className={styles.tools}>
              <Button
                appearance={isCaseworker ? 'primary' : 'secondary'}
                onClick={() => setExportOpen(true)}
              >
                {t.exportMemo}
              </Button>
              <SettingsBar
                theme={theme}
                onThemeChange={onThemeChange}
                language={language}
                onLanguageChange={onLanguageChange}
              />
            </div>
          </div>
        </header>
        {/* Keyed by the user: acting as someone else starts from a clean view, no editor left open. */}
        <main id="main" tabIndex={-1} className={styles.main} key={demo.choice}>
          {isCaseworker && measures.length > 0 && (
            <UnitOverview measures={measures} today={new Date()} />
          )}
          <PlanView />
        </main>
        {exportOpen && (
          <Suspense fallback={null}>
            <ExportDialog
              open={exportOpen}
              onClose={() => setExportOpen(false)}
              caseNumber={caseNumber}
              measures={exportMeasures}
            />
          </Suspense>
        )}
      </div>
    </CurrentUserContext.Provider>
  );
}
