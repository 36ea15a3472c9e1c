import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { DATA_LANGUAGE } from '../../domain/terms';
import type { ExportTexts } from './export-messages';
import type { MemoForm } from './memo-form';
import type { MemoNotice, MemoSaveState } from './use-plan-memo';

const SHOWN_LENGTH = 80;
const shorten = (text: string) =>
  text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;

/** The fields where two versions of the memo differ, by the dialog's labels, each shortened. */
function differences(mine: MemoForm, theirs: MemoForm, t: ExportTexts) {
  const fields = [
    ['to', t.to],
    ['via', t.via],
    ['copyTo', t.copyTo],
    ['from', t.from],
    ['caseworker', t.caseworker],
    ['date', t.date],
    ['documentNumber', t.caseNumber],
    ['caseNumber', t.caseNumber],
    ['subject', t.subject],
    ['introduction', t.introduction],
    ['closing', t.closing],
    ['attachments', t.attachments],
    ['language', t.language],
  ] as const;
  return fields
    .filter(([key]) => mine[key] !== theirs[key])
    .map(([key, label]) => ({
      label,
      mine: shorten(mine[key].replace(/\s+/g, ' ')),
      theirs: shorten(theirs[key].replace(/\s+/g, ' ')),
    }));
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  saved: { margin: 0, color: tokens.colorNeutralForeground3 },
  stored: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    maxHeight: '120px',
    overflow: 'auto',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  theirs: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

type MemoSaveStatusProps = {
  /** What this caseworker has on screen (set against theirs in a conflict). */
  mine: MemoForm;
  notices: readonly MemoNotice[];
  save: MemoSaveState;
  onRetry: () => void;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  t: ExportTexts;
};

function noticeText(notice: MemoNotice, t: ExportTexts): string {
  switch (notice.kind) {
    case 'missing':
      return t.notices.missing;
    case 'invalid':
      return t.notices.invalid;
    case 'moved':
      return t.notices.moved;
    case 'older-copy-dropped':
      return t.notices.olderCopyDropped;
    case 'no-plan':
      return t.notices.noPlan;
    case 'read-failed':
      return `${t.notices.readFailed} ${t.saveProblems[notice.problem]}`;
  }
}

/** Where the memo came from, whether it is saved on the plan, and a conflict to decide. */
export function MemoSaveStatus({
  mine,
  notices,
  save,
  onRetry,
  onTakeTheirs,
  onKeepMine,
  t,
}: MemoSaveStatusProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {notices.map((notice) => (
        <MessageBar
          key={notice.kind}
          intent={notice.kind === 'invalid' || notice.kind === 'read-failed' ? 'warning' : 'info'}
          layout="multiline"
        >
          <MessageBarBody>
            {noticeText(notice, t)}
            {notice.kind === 'invalid' && (
              <details>
                <summary>{t.notices.invalidStored}</summary>
                <pre className={styles.stored}>{notice.stored}</pre>
              </details>
            )}
          </MessageBarBody>
        </MessageBar>
      ))}
      <div role="status" aria-live="polite">
        {save.kind === 'pending' && <p className={styles.saved}>{t.saveStates.pending}</p>}
        {save.kind === 'saving' && (
          <Spinner size="extra-tiny" labelPosition="after" label={t.saveStates.saving} />
        )}
        {save.kind === 'saved' && <p className={styles.saved}>{t.saveStates.saved}</p>}
        {save.kind === 'browser-only' && <p className={styles.saved}>{t.saveStates.browserOnly}</p>}
        {save.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.saveStates.failed}</MessageBarTitle>
              {t.saveProblems[save.problem]} {t.keptValues}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={onRetry}>
                {t.retrySave}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {save.kind === 'conflict' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.conflictTitle}</MessageBarTitle>
              {t.conflictBody}
              <ul className={styles.theirs} aria-label={t.conflictTheirs}>
                {differences(mine, save.theirs, t).map((d) => (
                  <li key={d.label}>
                    {d.label}: <span lang={DATA_LANGUAGE}>«{d.theirs}»</span> ({t.conflictMine}{' '}
                    <span lang={DATA_LANGUAGE}>«{d.mine}»</span>)
                  </li>
                ))}
              </ul>
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={onTakeTheirs}>
                {t.takeTheirs}
              </Button>
              <Button size="small" onClick={onKeepMine}>
                {t.keepMine}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
