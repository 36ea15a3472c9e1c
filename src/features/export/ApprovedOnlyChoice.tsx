import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  tokens,
} from '@fluentui/react-components';
import type { Measure } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import type { ExportTexts, NotApproved } from './export-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { margin: 0, color: tokens.colorNeutralForeground3 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  detail: { color: tokens.colorNeutralForeground3 },
});

type ApprovedOnlyChoiceProps = {
  checked: boolean;
  onChange: (approvedOnly: boolean) => void;
  /** How many of the plan's measures are approved, of how many. */
  approved: number;
  total: number;
  /** What the memo leaves out because it is not approved, from the memo's own selection. */
  leftOut: readonly Pick<Measure, 'id' | 'title' | 'responsibleUnit' | 'reviewState'>[];
  disabled: boolean;
  t: ExportTexts;
};

/** "Only approved reports": the choice, and the measures it leaves out, each with its review state. */
export function ApprovedOnlyChoice({
  checked,
  onChange,
  approved,
  total,
  leftOut,
  disabled,
  t,
}: ApprovedOnlyChoiceProps) {
  const styles = useStyles();
  const reason = (state: Measure['reviewState']) =>
    state === 'Godkjent' ? '' : t.leftOutReasons[state satisfies NotApproved];
  return (
    <div className={styles.root}>
      <Switch
        label={t.approvedOnly}
        checked={checked}
        disabled={disabled}
        onChange={(_, data) => onChange(data.checked)}
      />
      <p className={styles.hint}>{t.approvedCount(approved, total)}</p>
      {checked && leftOut.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.leftOutTitle(leftOut.length)}</MessageBarTitle>
            <ul className={styles.list} aria-label={t.leftOutTitle(leftOut.length)}>
              {leftOut.map((m) => (
                <li key={m.id}>
                  <span lang={DATA_LANGUAGE}>{m.title}</span>
                  <span className={styles.detail}>
                    {' '}
                    (
                    {m.responsibleUnit !== '' && (
                      <span lang={DATA_LANGUAGE}>{m.responsibleUnit}, </span>
                    )}
                    {reason(m.reviewState)})
                  </span>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
