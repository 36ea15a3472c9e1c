import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { arrangeMeasures, filterMeasures, listSections, listUnits } from '../domain';
import type { OverviewFilter } from '../features/overview';
import { PlanPicker, PlanView } from '../features/report';
import {
  CurrentUserContext,
  ownerKey,
  OwnerScopeProvider,
  useMeasures,
  useMessages,
  usePlanChoice,
} from '../features/shared';
import type { HostUser, TeamsTab } from '../platform';
import { appMessages } from './app-messages';
import type { AuthSession } from './auth-session';
import type { DemoCaller } from './demo-caller';
import { DemoBanner } from './DemoBanner';
import { useDisplay } from './display-context';
import { ReportingFor } from './ReportingFor';
import type { RuntimeConfig } from './runtime-config';
import { SettingsBar } from './SettingsBar';
import { SignInBanner } from './SignInBanner';
import { SignOutButton } from './SignOutButton';
import { browserStorage } from './browser-storage';
import { useDemoUser } from './use-demo-user';
import { usePageTitle } from './use-page-title';
import { useTenantUser } from './use-tenant-user';
import { useToday } from '../features/shared/use-today';
import { useViewInAddress, viewLink } from './use-view-in-address';

// The manager's views (the overview, filters, the table) pull in Fluent's dropdowns, tabs and
// tables: they load just after the plan, so the first measures show without waiting for them.
const UnitOverview = lazy(() =>
  import('../features/overview').then((module) => ({ default: module.UnitOverview })),
);
const ViewBar = lazy(() =>
  import('../features/overview').then((module) => ({ default: module.ViewBar })),
);
const MeasureTable = lazy(() =>
  import('../features/overview').then((module) => ({ default: module.MeasureTable })),
);

// Building the plan (dialogs, the paste parser, the unit picker's combobox) is the caseworker's
// alone, and only now and then: it loads when a caseworker's page shows, not with the tab.
const PlanTools = lazy(() =>
  import('../features/plan').then((module) => ({ default: module.PlanTools })),
);

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
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
  },
  // The title side gives way (a long plan name is cut in its picker) before the tools wrap.
  titleSide: { flex: '1 1 420px', minWidth: 0 },
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
  plan: { marginTop: tokens.spacingVerticalS },
  tools: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    // Wrapped under the title on a narrow screen, they stay at the right.
    marginLeft: 'auto',
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

export type ShellProps = {
  config: RuntimeConfig;
  /** Sign-in in a tenant; null in demo mode. */
  session: AuthSession | null;
  /** Whom the demo's requests name as their caller: told whom the demo acts as. */
  demoCaller: DemoCaller | null;
  /** Who the host says is signed in (a name before MSAL knows the account). */
  hostUser: HostUser | null;
  /** A measure to open first: a deep link, `?measure=`, or where a sign-in redirect left off. */
  linkedMeasureId: string | null;
  /** A view to show first, from a Teams deep link. */
  linkedViewQuery?: string | null;
  /** The tab in Teams: a link to the view is a Teams deep link; null outside Teams. */
  teamsTab?: TeamsTab | null;
};

/**
 * The tab's frame: demo banner or sign-in and unit choice, title and settings, then the plan
 * (and the overview for the caseworker).
 */
export function Shell({
  config,
  session,
  demoCaller,
  hostUser,
  linkedMeasureId,
  linkedViewQuery = null,
  teamsTab = null,
}: ShellProps) {
  const styles = useStyles();
  const t = useMessages(appMessages);
  const display = useDisplay();
  const demo = useDemoUser();
  useEffect(() => demoCaller?.actAs(demo.user), [demoCaller, demo.user]);
  const tenant = useTenantUser(session, hostUser);
  const acting =
    config.mode === 'demo'
      ? {
          key: demo.choice,
          user: demo.user,
          owner: ownerKey({ kind: 'demo', person: demo.choice }),
        }
      : { key: tenant.choice ?? '', user: tenant.user, owner: tenant.owner };
  const { measures, refresh, complete } = useMeasures();
  const [view, setView] = useViewInAddress(linkedViewQuery);
  // The list follows the view a moment after the controls: typing in the search box stays quick.
  const listView = useDeferredValue(view);
  const today = useToday();
  const units = useMemo(() => listUnits(measures), [measures]);
  const sections = useMemo(() => listSections(measures), [measures]);
  const tableMeasures = useMemo(
    () =>
      listView.layout === 'table'
        ? arrangeMeasures(filterMeasures(measures, listView, today), listView).flatMap(
            (group) => group.measures,
          )
        : [],
    [measures, listView, today],
  );
  const filterFromOverview = useCallback(
    (filter: OverviewFilter) =>
      setView({
        ...view,
        units: filter.unit === null ? [] : [filter.unit],
        statuses: filter.status ? [filter.status] : [],
        sections: [],
        reviewStates: [],
        overdue: filter.overdue === true,
        unreported: filter.unreported === true,
        search: '',
      }),
    [view, setView],
  );
  const plan = usePlanChoice();
  const [exportOpen, setExportOpen] = useState(false);
  usePageTitle(exportOpen ? 'export' : 'plan');
  // Mounted from the first opening on, so the dialog closes as Fluent means it to (giving the
  // page back to screen readers); focus then returns to the button that opened it.
  const [exportMounted, setExportMounted] = useState(false);
  const exportButtonRef = useRef<HTMLButtonElement>(null);
  const openExport = useCallback(() => {
    setExportMounted(true);
    setExportOpen(true);
  }, []);
  const closeExport = useCallback(() => {
    setExportOpen(false);
    exportButtonRef.current?.focus();
  }, []);
  const [linked, setLinked] = useState(linkedMeasureId);
  const linkShown = useCallback(() => setLinked(null), []);
  const openInCards = useCallback(
    (measureId: string) => {
      setView({ ...view, layout: 'cards' });
      setLinked(measureId);
    },
    [view, setView],
  );
  const reload = useCallback(() => void refresh(), [refresh]);
  const isCaseworker = acting.user.role === 'caseworker';
  // Once loaded, the plan tools stay mounted when the role changes (the demo banner): a Fluent
  // dialog unmounted while it is closing leaves the page aria-hidden. They show other roles nothing.
  const [keepPlanTools, setKeepPlanTools] = useState(isCaseworker);
  if (isCaseworker && !keepPlanTools) setKeepPlanTools(true);
  const caseNumber = plan.selected ?? '';
  const exportMeasures = useMemo(() => [...measures], [measures]);

  return (
    <CurrentUserContext.Provider value={acting.user}>
      <OwnerScopeProvider
        owner={acting.owner}
        listKey={`${config.site}/${config.list}`}
        storage={browserStorage('localStorage')}
      >
        <div className={styles.page}>
          <a href="#main" className={styles.skipLink}>
            {t.skipToContent}
          </a>
          <header className={styles.header}>
            {config.mode === 'demo' && <DemoBanner demo={demo} />}
            {session && <SignInBanner session={session} onSignedIn={reload} />}
            {config.mode === 'tenant' && <ReportingFor tenant={tenant} />}
            <div className={styles.titleBar}>
              <div className={styles.titleSide}>
                <h1 className={styles.title}>{t.appName}</h1>
                <p className={styles.subtitle}>
                  {t.planLine(plan.selected === '' ? null : plan.selected, config.list)}
                </p>
                {plan.choosable && (
                  <div className={styles.plan}>
                    <PlanPicker
                      plans={plan.plans}
                      selected={plan.selected}
                      onChoose={plan.choose}
                    />
                  </div>
                )}
                {keepPlanTools && (
                  <div className={isCaseworker ? styles.plan : undefined}>
                    <Suspense fallback={null}>
                      <PlanTools />
                    </Suspense>
                  </div>
                )}
              </div>
              <div className={styles.tools}>
                <Button
                  ref={exportButtonRef}
                  appearance={isCaseworker ? 'primary' : 'secondary'}
                  // The memo is of the whole plan: not while a large plan is still being read.
                  disabled={!complete}
                  onClick={openExport}
                >
                  {t.exportMemo}
                </Button>
                {/* On a page of its own the tab signed in itself, so it signs out too; a host has its own. */}
                {session && hostUser === null && acting.owner !== null && (
                  <SignOutButton session={session} owner={acting.owner} />
                )}
                {/* Inside Teams, Outlook or the Microsoft 365 app, the host decides theme and language. */}
                {display.adjustable && (
                  <SettingsBar
                    theme={display.theme}
                    onThemeChange={display.setTheme}
                    language={display.language}
                    onLanguageChange={display.setLanguage}
                  />
                )}
              </div>
            </div>
          </header>
          {/* Keyed by the user: acting as someone else starts from a clean view, no editor left open. */}
          <main id="main" tabIndex={-1} className={styles.main} key={acting.key}>
            {/* The case officer and a manager follow progress per unit. */}
            {acting.user.role !== 'unit' && measures.length > 0 && (
              <Suspense fallback={null}>
                <UnitOverview measures={measures} today={today} onFilter={filterFromOverview} />
              </Suspense>
            )}
            {measures.length > 0 && (
              <Suspense fallback={null}>
                <ViewBar
                  view={view}
                  onChange={setView}
                  units={units}
                  sections={sections}
                  link={viewLink(view, teamsTab)}
                />
              </Suspense>
            )}
            {listView.layout === 'table' ? (
              <Suspense fallback={null}>
                <MeasureTable measures={tableMeasures} today={today} onOpen={openInCards} />
              </Suspense>
            ) : (
              <PlanView view={listView} linkedMeasureId={linked} onLinkedShown={linkShown} />
            )}
          </main>
          {exportMounted && (
            <Suspense fallback={null}>
              <ExportDialog
                open={exportOpen}
                onClose={closeExport}
                caseNumber={caseNumber}
                measures={exportMeasures}
                planDate={plan.plans.find((p) => p.caseNumber === plan.selected)?.planDate}
              />
            </Suspense>
          )}
        </div>
      </OwnerScopeProvider>
    </CurrentUserContext.Provider>
  );
}
