import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { ExportTexts } from './export-messages';
import { MEMO_FOLDER, type ExportState } from './use-memo-export';

/** The caseworker's answers when the memo could not simply be saved under its name. */
export type SaveChoices = {
  replace: () => void;
  saveAsNew: () => void;
  cancel: () => void;
};

/** What the export is doing or did, in plain words; announced to screen readers as it changes. */
export function ExportStatus({
  state,
  t,
  choices,
}: {
  state: ExportState;
  t: ExportTexts;
  choices: SaveChoices;
}) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'building':
      return <Spinner size="tiny" labelPosition="after" label={t.building} />;
    case 'saving':
      return (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={state.waitSeconds === null ? t.saving : t.waiting(state.waitSeconds)}
        />
      );
    case 'downloaded':
      return (
        <MessageBar intent="success">
          <MessageBarBody>{t.downloaded(state.fileName)}</MessageBarBody>
        </MessageBar>
      );
    case 'saved':
      return (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t.saved}</MessageBarTitle>
            <Link href={state.file.webUrl} target="_blank" rel="noreferrer">
              {t.openSaved(state.file.name)}
            </Link>
          </MessageBarBody>
        </MessageBar>
      );
    case 'build-failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t.buildFailed} {t.keptValues}
          </MessageBarBody>
        </MessageBar>
      );
    case 'name-taken':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.nameTakenTitle}</MessageBarTitle>
            {t.nameTaken(state.fileName, MEMO_FOLDER)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={choices.replace}>{t.replaceFile}</Button>
            <Button onClick={choices.saveAsNew}>{t.saveAsNew}</Button>
            <Button appearance="subtle" onClick={choices.cancel}>
              {t.cancelSave}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'save-failed':
      if (state.problem === 'locked') {
        return (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.saveFailed}</MessageBarTitle>
              {t.locked(state.fileName)} {t.keptValues}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={choices.replace}>{t.tryAgain}</Button>
              <Button onClick={choices.saveAsNew}>{t.saveAsNew}</Button>
            </MessageBarActions>
          </MessageBar>
        );
      }
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.saveFailed}</MessageBarTitle>
            {t.saveProblems[state.problem]} {t.keptValues}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
