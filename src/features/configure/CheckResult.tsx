import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import {
  CONTRIBUTION_LIST_COLUMNS,
  MEASURE_COLUMNS,
  PLAN_LIST_COLUMNS,
} from '../../graph/measure-columns';
import type {
  CompanionList,
  ListsProvisionResult,
  MeasuresError,
  ProvisionResult,
} from '../../graph';
import { CONTRIBUTIONS_LIST_TITLE } from '../../graph/contribution-mapping';
import { PLANS_LIST_TITLE } from '../../graph/plan-mapping';
import type { ConfigureTexts } from './configure-messages';
import type { SetupCheck } from './use-list-setup';

const DISPLAY_NAMES = {
  measures: new Map(MEASURE_COLUMNS.map((c): [string, string] => [c.name, c.displayName])),
  plans: new Map(PLAN_LIST_COLUMNS.map((c): [string, string] => [c.name, c.displayName])),
  contributions: new Map(
    CONTRIBUTION_LIST_COLUMNS.map((c): [string, string] => [c.name, c.displayName]),
  ),
};
type ListKind = keyof typeof DISPLAY_NAMES;

/** Internal names as SharePoint shows the columns to people (Norwegian, as in the list). */
function columnNames(kind: ListKind, names: readonly string[]): string {
  return names.map((name) => DISPLAY_NAMES[kind].get(name) ?? name).join(', ');
}

function describeProblem(error: MeasuresError, t: ConfigureTexts): string {
  if (error.kind === 'forbidden' || error.kind === 'conflict') return t.problems.server;
  return t.problems[error.kind];
}

function changedNothing(result: ProvisionResult): boolean {
  return (
    !result.created &&
    result.addedColumns.length === 0 &&
    result.indexedColumns.length === 0 &&
    result.updatedColumns.length === 0 &&
    result.conflictingColumns.length === 0
  );
}

function ProvisionSummary({
  kind,
  title,
  result,
  t,
}: {
  kind: ListKind;
  title: string;
  result: ProvisionResult;
  t: ConfigureTexts;
}) {
  if (changedNothing(result)) return <li>{t.listUnchanged(title)}</li>;
  const names = (list: readonly string[]) => columnNames(kind, list);
  return (
    <li>
      {result.created ? t.created(title) : t.completed(title)}
      {result.addedColumns.length > 0 && <> {t.createdColumns(names(result.addedColumns))}</>}
      {result.indexedColumns.length > 0 && <> {t.createdIndexes(names(result.indexedColumns))}</>}
      {result.conflictingColumns.length > 0 && (
        <> {t.conflicting(names(result.conflictingColumns.map((c) => c.name)))}</>
      )}
    </li>
  );
}

function ListsSummary({ result, t }: { result: ListsProvisionResult; t: ConfigureTexts }) {
  return (
    <ul>
      {result.lists.map((list) => (
        <ProvisionSummary key={list.kind} {...list} t={t} />
      ))}
    </ul>
  );
}

/** Makes or completes all three lists again: safe to press any number of times. */
function CompleteListsAction({ onCreate, t }: { onCreate: () => void; t: ConfigureTexts }) {
  return (
    <MessageBarActions>
      <Button onClick={onCreate} title={t.completeListsHint}>
        {t.completeLists}
      </Button>
    </MessageBarActions>
  );
}

const COMPANION_TITLES: Record<CompanionList, string> = {
  plans: PLANS_LIST_TITLE,
  contributions: CONTRIBUTIONS_LIST_TITLE,
};

/**
 * The measures list is there, the plans or contributions list beside it is not (a site set up
 * before they existed): the tab works with what it can read, and one button adds what is missing.
 */
function MissingListsNotice({
  missing,
  onCreate,
  t,
}: {
  missing: readonly CompanionList[];
  onCreate: () => void;
  t: ConfigureTexts;
}) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {t.companionsMissing(missing.map((kind) => COMPANION_TITLES[kind]))}
        </MessageBarTitle>{' '}
        {t.companionsMissingAction}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onCreate}>
          {t.addMissingLists}
        </Button>
      </MessageBarActions>
    </MessageBar>
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
      const missing = check.kind === 'ok' ? check.missing : [];
      return (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.ok(check.location.list)}</MessageBarTitle> {next}
              {check.kind === 'created' && <ListsSummary result={check.result} t={t} />}
            </MessageBarBody>
            {missing.length === 0 && <CompleteListsAction onCreate={onCreate} t={t} />}
          </MessageBar>
          {missing.length > 0 && <MissingListsNotice missing={missing} onCreate={onCreate} t={t} />}
        </>
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
