import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { ExportTexts } from './export-messages';
import type { ExportState } from './use-memo-export';

/** What the export is doing or did, in plain words; announced to screen readers as it changes. */
export function ExportStatus({ state, t }: { state: ExportState; t: ExportTexts }) {
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
    case 'save-failed':
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
