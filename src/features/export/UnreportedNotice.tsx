import {
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { Measure } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import type { ExportTexts } from './export-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  unit: { color: tokens.colorNeutralForeground3 },
});

type UnreportedNoticeProps = {
  unreported: readonly Pick<Measure, 'id' | 'title' | 'responsibleUnit'>[];
  include: boolean;
  onIncludeChange: (include: boolean) => void;
  disabled: boolean;
  t: ExportTexts;
};

/** The measures with no report, each by name, before the caseworker exports. */
export function UnreportedNotice({
  unreported,
  include,
  onIncludeChange,
  disabled,
  t,
}: UnreportedNoticeProps) {
  const styles = useStyles();
  if (unreported.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t.allReported}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.unreportedTitle(unreported.length)}</MessageBarTitle>
          {t.unreportedLead(unreported.length)}
          <ul className={styles.list} aria-label={t.unreportedTitle(unreported.length)}>
            {unreported.map((m) => (
              <li key={m.id} lang={DATA_LANGUAGE}>
                {m.title}
                {m.responsibleUnit !== '' && (
                  <span className={styles.unit}> ({m.responsibleUnit})</span>
                )}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <Checkbox
        label={t.includeUnreported(unreported.length)}
        checked={include}
        disabled={disabled}
        onChange={(_, data) => onIncludeChange(data.checked === true)}
      />
    </div>
  );
}
