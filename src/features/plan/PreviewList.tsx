import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import { planMessages, type PlanTexts } from './plan-messages';
import type { RowChanges, RowProblem, RowView } from './preview-rows';
import { ContributingUnitsField, LeadUnitField } from './UnitFields';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  warning: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteYellowBorder2}` },
  blocked: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}` },
  excluded: { opacity: 0.6 },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    alignItems: 'start',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  small: { maxWidth: '140px' },
});

function problemText(problem: RowProblem, t: PlanTexts): string {
  switch (problem) {
    case 'no-unit':
      return t.problemNoUnit;
    case 'no-lead':
      return t.problemNoLead;
    case 'too-long':
      return t.problemTooLong;
    case 'no-title':
      return t.problemNoTitle;
    case 'bad-order':
      return t.problemBadOrder;
  }
}

/** A field's message: an error for what stops the import, a warning for what wants a look. */
function validation(view: RowView, problems: readonly RowProblem[], t: PlanTexts) {
  const found = view.problems.filter((problem) => problems.includes(problem));
  if (found.length === 0 || !view.include) return {};
  const blocking = found.some((p) => p === 'no-lead' || p === 'no-title' || p === 'bad-order');
  return {
    validationState: blocking ? ('error' as const) : ('warning' as const),
    validationMessage: found.map((problem) => problemText(problem, t)).join(' '),
  };
}

function PreviewRowItem({
  view,
  units,
  onChange,
  disabled,
}: {
  view: RowView;
  units: readonly string[];
  onChange: (change: RowChanges) => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const t = useMessages(planMessages);
  const headingId = useId();
  const leadId = useId();
  const contributorsId = useId();
  const flagged = view.include && view.problems.length > 0;
  return (
    <li
      aria-labelledby={headingId}
      className={mergeClasses(
        styles.row,
        flagged && (view.blocked ? styles.blocked : styles.warning),
        !view.include && styles.excluded,
      )}
      data-needs-fix={flagged ? (view.blocked ? 'error' : 'warning') : undefined}
    >
      <div className={styles.head}>
        <h4 id={headingId} className={styles.heading}>
          {t.rowLabel(view.position)}
        </h4>
        <Checkbox
          label={t.include}
          checked={view.include}
          disabled={disabled}
          onChange={(_, data) => onChange({ include: data.checked === true })}
        />
      </div>
      <Field label={t.measureText} {...validation(view, ['no-title', 'too-long'], t)}>
        <Textarea
          lang={DATA_LANGUAGE}
          resize="vertical"
          value={view.text}
          disabled={disabled}
          onChange={(_, data) => onChange({ text: data.value })}
        />
      </Field>
      <div className={styles.fields}>
        <Field
          label={{ children: t.leadUnit, htmlFor: leadId }}
          {...validation(view, ['no-unit', 'no-lead'], t)}
        >
          <LeadUnitField
            id={leadId}
            value={view.responsibleUnit}
            units={units}
            disabled={disabled}
            onChange={(responsibleUnit) => onChange({ responsibleUnit })}
          />
        </Field>
        <Field label={{ children: t.contributingUnits, htmlFor: contributorsId }}>
          <ContributingUnitsField
            id={contributorsId}
            value={view.contributingUnits}
            units={units}
            lead={view.responsibleUnit}
            placeholder={t.contributingNone}
            disabled={disabled}
            onChange={(contributingUnits) => onChange({ contributingUnits })}
          />
        </Field>
        <Field label={t.section}>
          <Input
            lang={DATA_LANGUAGE}
            value={view.section}
            disabled={disabled}
            onChange={(_, data) => onChange({ section: data.value })}
          />
        </Field>
        <Field label={t.order} {...validation(view, ['bad-order'], t)}>
          <Input
            className={styles.small}
            inputMode="numeric"
            value={view.sortOrder}
            disabled={disabled}
            onChange={(_, data) => onChange({ sortOrder: data.value })}
          />
        </Field>
        <Field label={t.deadline}>
          <Input
            type="date"
            value={view.deadline}
            disabled={disabled}
            onChange={(_, data) => onChange({ deadline: data.value })}
          />
        </Field>
      </div>
    </li>
  );
}

/** One editable row per measure read from the pasted text; rows that need a fix are marked. */
export function PreviewList({
  views,
  units,
  onChange,
  disabled,
  labelledBy,
}: {
  views: readonly RowView[];
  units: readonly string[];
  onChange: (position: number, change: RowChanges) => void;
  disabled: boolean;
  labelledBy: string;
}) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-labelledby={labelledBy}>
      {views.map((view) => (
        <PreviewRowItem
          key={view.position}
          view={view}
          units={units}
          disabled={disabled}
          onChange={(change) => onChange(view.position, change)}
        />
      ))}
    </ol>
  );
}
