import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { MEASURE_COLUMNS, type MeasuresError, type ProvisionResult } from '../../graph';
import type { ConfigureTexts } from './configure-messages';
import type { SetupCheck } from './use-list-setup';

const DISPLAY_NAMES = new Map<string, string>(
  MEASURE_COLUMNS.map((column): [string, string] => [column.name, column.displayName]),
);

/** Internal names as SharePoint shows the columns to people (Norwegian, as in the list). */
function columnNames(names: readonly string[]): string {
  return names.map((name) => DISPLAY_NAMES.get(name) ?? name).join(', ');
}

function describeProblem(error: MeasuresError, t: ConfigureTexts): string {
  if (error.kind === 'forbidden' || error.kind === 'conflict') return t.problems.server;
  return t.problems[error.kind];
}

function ProvisionSummary({ result, t }: { result: ProvisionResult; t: ConfigureTexts }) {
  return (
    <>
      {result.addedColumns.length > 0 && <> {t.createdColumns(columnNames(result.addedColumns))}</>}
      {result.indexedColumns.length > 0 && (
        <> {t.createdIndexes(columnNames(result.indexedColumns))}</>
      )}
      {result.conflictingColumns.length > 0 && (
        <> {t.conflicting(columnNames(result.conflictingColumns.map((c) => c.name)))}</>
      )}
    </>
  );
}

type CheckResultProps = {
  check: SetupCheck;
  /** Inside Teams' configuration dialog (Save is Teams' button), or on a page of its own. */
  inTeams: boolean;
  /** The tab's address with the checked list, for a page of its own. */
  tabUrl: string | null;
  onCreate: () => void;
  t: ConfigureTexts;
};

/** What the check (or the creation of the list) found, and what the user can do next. */
export function CheckResult({ check, inTeams, tabUrl, onCreate, t }: CheckResultProps) {
  switch (check.kind) {
    case 'loading':
      return <Spinner size="small" labelPosition="after" label={t.loading} />;
    case 'unchecked':
      return <p>{t.unchecked}</p>;
    case 'checking':
      return <Spinner size="small" labelPosition="after" label={t.checking} />;
    case 'creating':
      return <Spinner size="small" labelPosition="after" label={t.creating(check.location.list)} />;
    case 'ok':
    case 'created': {
      const next = inTeams ? (
        t.okInTeams
      ) : tabUrl ? (
        <>
          {t.okStandalone} <Link href={tabUrl}>{t.openTab}</Link>
        </>
      ) : null;
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {check.kind === 'created' ? (
              <>
                <MessageBarTitle>
                  {check.result.created
                    ? t.created(check.location.list)
                    : t.completed(check.location.list)}
                </MessageBarTitle>
                <ProvisionSummary result={check.result} t={t} /> {next}
              </>
            ) : (
              <>
                <MessageBarTitle>{t.ok(check.location.list)}</MessageBarTitle> {next}
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case 'site-missing':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.siteMissing(check.location.site)}</MessageBarTitle>{' '}
            {t.siteMissingAction}
          </MessageBarBody>
        </MessageBar>
      );
    case 'list-missing':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.listMissing(check.location.list)}</MessageBarTitle>{' '}
            {t.listMissingAction}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={onCreate}>
              {t.create}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'forbidden':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.forbidden(check.location.list)}</MessageBarTitle>{' '}
            {t.forbiddenAction}
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.checkFailed}</MessageBarTitle> {describeProblem(check.error, t)}
          </MessageBarBody>
        </MessageBar>
      );
    case 'create-failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.createFailed}</MessageBarTitle>{' '}
            {check.error.kind === 'forbidden' ? t.createForbidden : describeProblem(check.error, t)}
          </MessageBarBody>
          {check.error.kind !== 'forbidden' && (
            <MessageBarActions>
              <Button onClick={onCreate}>{t.create}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      );
  }
}
