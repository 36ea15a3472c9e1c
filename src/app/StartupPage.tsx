import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLanguage, useMessages } from '../features/shared';
import {
  authErrorMessages,
  describeAuthError,
  needsAdministrator,
  type AuthError,
  type ConfigProblem,
} from '../platform';
import { appMessages, type PageView } from './app-messages';
import { OpenInBrowserLink } from './OpenInBrowserLink';
import { usePageTitle } from './use-page-title';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    maxWidth: '720px',
    margin: '0 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

/** A page instead of the tab, when it cannot start: what is wrong and what to do. */
function StartupPage({
  view,
  title,
  children,
}: {
  view: PageView;
  title: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  usePageTitle(view);
  return (
    <div className={styles.page}>
      <main className={styles.main}>
        <h1 className={styles.title}>{title}</h1>
        {children}
      </main>
    </div>
  );
}

/** The build's configuration is missing or wrong: every problem, in the user's language. */
export function ConfigProblemsPage({ problems }: { problems: readonly ConfigProblem[] }) {
  const styles = useStyles();
  const t = useMessages(appMessages);
  const language = useLanguage();
  return (
    <StartupPage view="config-problems" title={t.configProblemsTitle}>
      <p className={styles.text}>{t.configProblemsIntro(problems.length)}</p>
      <ul className={styles.list}>
        {problems.map((problem) => (
          <li key={problem.variable}>{problem.message[language]}</li>
        ))}
      </ul>
      <p className={styles.text}>{t.configProblemsAfter}</p>
    </StartupPage>
  );
}

/** Tenant mode without a site: neither the tab's settings, a team, nor VITE_SITE name one. */
export function NoSitePage() {
  const styles = useStyles();
  const t = useMessages(appMessages);
  return (
    <StartupPage view="no-site" title={t.noSiteTitle}>
      <p className={styles.text}>{t.noSiteText}</p>
      <ul className={styles.list}>
        {t.noSiteActions.map((action) => (
          <li key={action}>{action}</li>
        ))}
      </ul>
    </StartupPage>
  );
}

/**
 * Sign-in failed before the tab could start (a redirect came back refused or cancelled): what
 * happened, and a button to try again.
 */
export function SignInFailedPage({ error, onSignIn }: { error: AuthError; onSignIn: () => void }) {
  const t = useMessages(appMessages);
  const text = describeAuthError(useMessages(authErrorMessages), error, window.location.host);
  return (
    <StartupPage view="sign-in-failed" title={t.signInFailedTitle}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.title}</MessageBarTitle> {text.action} {t.draftsKept}
        </MessageBarBody>
      </MessageBar>
      {!needsAdministrator(error.kind) && (
        <div>
          <Button appearance="primary" onClick={onSignIn}>
            {t.signIn}
          </Button>
        </div>
      )}
    </StartupPage>
  );
}

/**
 * The tab is framed (or in a phone's web view) and its host has not answered teams-js: still
 * waiting (`waiting`), or given up after teams-js' 60 s. Either way the user can open the tab in
 * the browser instead; a late answer replaces this page with the tab.
 */
export function HostNotAnsweringPage({ waiting, href }: { waiting: boolean; href: string }) {
  const styles = useStyles();
  const t = useMessages(appMessages);
  return (
    <StartupPage
      view="host-not-answering"
      title={waiting ? t.hostSlowTitle : t.hostUnreachableTitle}
    >
      <p className={styles.text} role="status">
        {waiting ? t.hostSlowText : t.hostUnreachableText}
      </p>
      <p className={styles.text}>
        <OpenInBrowserLink href={href} />
      </p>
    </StartupPage>
  );
}

/** A part of the tab did not come over the network (offline, a new version deployed meanwhile). */
export function LoadFailedPage({ onReload }: { onReload: () => void }) {
  const styles = useStyles();
  const t = useMessages(appMessages);
  return (
    <StartupPage view="load-failed" title={t.loadFailedTitle}>
      <p className={styles.text}>{t.loadFailedText}</p>
      <div>
        <Button appearance="primary" onClick={onReload}>
          {t.reload}
        </Button>
      </div>
    </StartupPage>
  );
}
