import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { DEADLINE_RULES, formatNorwegianDate, type DeadlineRule } from '../../domain';
import { deadlineRuleSpec, defaultDates } from '../../domain/deadline-rules';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import type { PlanFormProblems, PlanFormValues } from './plan-form';
import { editPlanForm } from './plan-form';
import { planMessages } from './plan-messages';
import { LeadUnitField } from './UnitFields';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    alignItems: 'start',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    // A field keeps to its column: a select as wide as its longest choice would reach into the next.
    '& > *': { minWidth: 0 },
  },
  wide: { gridColumn: '1 / -1' },
  select: { minWidth: 0, '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
});

/** The plans list item's fields, and the dates the chosen deadline rule proposes. */
export function PlanFields({
  values,
  problems,
  units,
  onChange,
  disabled,
}: {
  values: PlanFormValues;
  /** Shown once the caseworker tried to create (or for fields already typed in). */
  problems: PlanFormProblems;
  units: readonly string[];
  onChange: (values: PlanFormValues) => void;
  /** The plan is saved: its fields no longer change here. */
  disabled: boolean;
}) {
  const styles = useStyles();
  const t = useMessages(planMessages);
  const text = (field: 'title' | 'caseNumber' | 'evaluation' | 'planDate') => ({
    value: values[field],
    disabled,
    onChange: (_: unknown, data: { value: string }) =>
      onChange(editPlanForm(values, { field, value: data.value })),
  });
  const proposed = defaultDates(values.deadlineRule, values.planDate || null);
  const rule = deadlineRuleSpec(values.deadlineRule);
  const date = (value: string | null) => (value ? formatNorwegianDate(value) : null);
  const message = (problem: string | undefined, texts: Record<string, string>) =>
    problem === undefined ? undefined : texts[problem];

  return (
    <div className={styles.grid}>
      <Field
        className={styles.wide}
        label={t.title}
        required
        validationMessage={message(problems.title, { required: t.titleRequired })}
      >
        <Input {...text('title')} lang={DATA_LANGUAGE} />
      </Field>
      <Field
        label={t.caseNumber}
        required
        hint={t.caseNumberHint}
        validationMessage={message(problems.caseNumber, {
          required: t.caseNumberRequired,
          taken: t.caseNumberTaken(values.caseNumber.trim()),
        })}
      >
        <Input {...text('caseNumber')} />
      </Field>
      <Field label={t.evaluation}>
        <Input {...text('evaluation')} lang={DATA_LANGUAGE} />
      </Field>
      <Field
        label={t.planDate}
        validationMessage={message(problems.planDate, { invalid: t.dateInvalid })}
      >
        <Input type="date" {...text('planDate')} />
      </Field>
      <Field label={t.coordinator}>
        <LeadUnitField
          value={values.coordinator}
          units={units}
          disabled={disabled}
          onChange={(value) => onChange(editPlanForm(values, { field: 'coordinator', value }))}
        />
      </Field>
      <Field
        label={t.deadlineRule}
        hint={
          values.deadlineRule === ''
            ? undefined
            : `${rule?.description ?? ''} ${t.ruleProposes(date(proposed.reportDue), date(proposed.measureDeadline))}`
        }
      >
        <Select
          className={styles.select}
          value={values.deadlineRule}
          disabled={disabled}
          onChange={(_, data) =>
            onChange(
              editPlanForm(values, {
                field: 'deadlineRule',
                value: data.value as DeadlineRule | '',
              }),
            )
          }
        >
          <option value="">{t.noRule}</option>
          {DEADLINE_RULES.map((name) => (
            <option key={name} value={name} lang={DATA_LANGUAGE}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t.reportDue}
        validationMessage={message(problems.reportDue, { invalid: t.dateInvalid })}
      >
        <Input
          type="date"
          value={values.reportDue}
          disabled={disabled}
          onChange={(_, data) =>
            onChange(editPlanForm(values, { field: 'reportDue', value: data.value }))
          }
        />
      </Field>
      <Field
        label={t.measureDeadline}
        validationMessage={message(problems.measureDeadline, { invalid: t.dateInvalid })}
      >
        <Input
          type="date"
          value={values.measureDeadline}
          onChange={(_, data) =>
            onChange(editPlanForm(values, { field: 'measureDeadline', value: data.value }))
          }
        />
      </Field>
    </div>
  );
}
