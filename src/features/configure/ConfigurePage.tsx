import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { buildContentUrl } from '../../platform';
import { useMessages } from '../shared/i18n';
import { CheckResult } from './CheckResult';
import { configureMessages } from './configure-messages';
import { useListSetup, type ListSetupOptions } from './use-list-setup';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    maxWidth: '640px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  input: { width: '100%' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export type ConfigurePageProps = ListSetupOptions & {
  /** The tab's origin, for the link to the tab on a page of its own. */
  pageOrigin: string;
  /** Shown above the form: the shell's sign-in message. */
  notice?: ReactNode;
};

/** The channel tab's configuration page: which SharePoint list the tab shows. */
export function ConfigurePage({ pageOrigin, notice, ...options }: ConfigurePageProps) {
  const styles = useStyles();
  const t = useMessages(configureMessages);
  const setup = useListSetup(options);
  const busy =
    setup.check.kind === 'loading' ||
    setup.check.kind === 'checking' ||
    setup.check.kind === 'creating';
  // While the saved settings are read they would overwrite what is typed; while the list is
  // being created, a change would not be what gets saved.
  const fieldsLocked = setup.check.kind === 'loading' || setup.check.kind === 'creating';
  const showSiteProblem = setup.fieldProblem === 'site-invalid' && setup.site.trim() !== '';
  const showListProblem = setup.fieldProblem === 'list-missing' && setup.check.kind !== 'loading';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setup.checkAccess();
  };

  return (
    <div className={styles.page}>
      <main className={styles.main}>
        {notice}
        <h1 className={styles.title}>{t.title}</h1>
        <p className={styles.text}>
          {t.intro} {setup.source && t.source[setup.source]}
        </p>
        <form className={styles.form} onSubmit={onSubmit} noValidate>
          <Field
            label={t.site}
            hint={t.siteHint}
            validationState={showSiteProblem ? 'error' : 'none'}
            validationMessage={showSiteProblem ? t.siteInvalid : undefined}
          >
            <Input
              className={styles.input}
              value={setup.site}
              disabled={fieldsLocked}
              onChange={(_, data) => setup.setSite(data.value)}
            />
          </Field>
          <Field
            label={t.list}
            hint={t.listHint}
            validationState={showListProblem ? 'error' : 'none'}
            validationMessage={showListProblem ? t.listMissingName : undefined}
          >
            <Input
              className={styles.input}
              value={setup.list}
              disabled={fieldsLocked}
              onChange={(_, data) => setup.setList(data.value)}
            />
          </Field>
          <Field label={t.plan} hint={t.planHint}>
            <Input
              className={styles.input}
              value={setup.plan}
              disabled={fieldsLocked}
              onChange={(_, data) => setup.setPlan(data.value)}
            />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" disabledFocusable={busy || setup.fieldProblem !== null}>
              {t.check}
            </Button>
          </div>
        </form>
        <div aria-live="polite">
          <CheckResult
            check={setup.check}
            inTeams={options.teams !== null}
            tabUrl={setup.location ? buildContentUrl(pageOrigin, setup.location) : null}
            onCreate={setup.createList}
            t={t}
          />
        </div>
      </main>
    </div>
  );
}
