import { Label, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useMessages } from '../shared/i18n';
import type { PlanSummary } from '../shared/plan-choice';
import { reportMessages } from './report-messages';

const useStyles = makeStyles({
  picker: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    maxWidth: '100%',
  },
  // As wide as the longest plan's name, but no wider than the header gives it.
  select: {
    minWidth: '220px',
    flexShrink: 1,
    '& select': { textOverflow: 'ellipsis' },
  },
});

export type PlanPickerProps = {
  plans: readonly PlanSummary[];
  /** The plan shown ('' for the measures without a case number). */
  selected: string | null;
  onChoose: (caseNumber: string) => void;
};

/**
 * Which follow-up plan of the list the tab shows, a labelled native select: "<case number> – <title>"
 * from the plans list, or "<case number> (N tiltak)" on a site that has none yet.
 */
export function PlanPicker({ plans, selected, onChoose }: PlanPickerProps) {
  const styles = useStyles();
  const t = useMessages(reportMessages);
  const selectId = useId();
  const shown = plans.find((plan) => plan.caseNumber === selected);
  return (
    <span className={styles.picker}>
      <Label htmlFor={selectId} weight="semibold">
        {t.planPicker}
      </Label>
      <Select
        id={selectId}
        className={styles.select}
        value={selected ?? ''}
        // The whole name where the header is too narrow for it.
        title={shown ? t.planOption(shown) : undefined}
        onChange={(_, data) => onChoose(data.value)}
      >
        {plans.map((plan) => (
          <option key={plan.caseNumber} value={plan.caseNumber}>
            {t.planOption(plan)}
          </option>
        ))}
      </Select>
    </span>
  );
}
