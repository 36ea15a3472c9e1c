import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { MAX_TITLE_LENGTH, type Measure } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import {
  formOf,
  hasProblems,
  measureFormProblems,
  measurePatch,
  newMeasure,
  type MeasureFormValues,
} from './measure-form';
import { MeasureConflict } from './MeasureConflict';
import { planMessages } from './plan-messages';
import { ContributingUnitsField, LeadUnitField } from './UnitFields';
import { useMeasureWrite } from './use-measure-write';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    alignItems: 'start',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * One measure as the caseworker edits or adds it: title, units, section, order, deadline, and a
 * revised deadline with its reason. A stale eTag shows both versions (MeasureConflict).
 */
export function MeasureEditPanel({
  original,
  initial,
  caseNumber,
  planDate,
  units,
  onDone,
  onCancel,
}: {
  /** The measure as read; null for a new one. */
  original: Measure | null;
  /** The form's first values (a new measure's defaults). */
  initial: MeasureFormValues;
  caseNumber: string;
  planDate: string | null;
  units: readonly string[];
  onDone: (measure: Measure) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const t = useMessages(planMessages);
  const write = useMeasureWrite();
  const [values, setValues] = useState(initial);
  // The version the form was opened on (their version, once the caseworker took it).
  const [base, setBase] = useState(original);
  const [tried, setTried] = useState(false);
  const headingId = useId();
  const leadId = useId();
  const contributorsId = useId();
  const problems = measureFormProblems(values, planDate);
  const shown = tried ? problems : {};
  const busy = write.state.kind === 'busy';
  const set = (change: Partial<MeasureFormValues>) => setValues((v) => ({ ...v, ...change }));

  const save = async () => {
    setTried(true);
    if (hasProblems(problems)) return;
    const saved =
      base === null
        ? await write.create(newMeasure(values, caseNumber))
        : await write.update(base.id, base.etag, measurePatch(values, base));
    if (saved) onDone(saved);
  };

  if (write.state.kind === 'conflict' && base !== null) {
    const current = write.state.current;
    return (
      <MeasureConflict
        mine={measurePatch(values, base)}
        current={current}
        busy={busy}
        onKeepMine={() => {
          void write.update(current.id, current.etag, measurePatch(values, base)).then((saved) => {
            if (saved) onDone(saved);
          });
        }}
        onTakeTheirs={() => {
          setBase(current);
          setValues(formOf(current));
          write.reset();
        }}
      />
    );
  }

  const text = (field: 'section' | 'sortOrder' | 'deadline' | 'revisedDeadline') => ({
    value: values[field],
    disabled: busy,
    onChange: (_: unknown, data: { value: string }) => set({ [field]: data.value }),
  });

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={headingId} className={styles.heading}>
        {original === null ? t.addHeading : t.editHeading}
      </h3>
      <Field
        label={t.measureTitle}
        required
        validationMessage={shown.title ? t.problemNoTitle : undefined}
      >
        <Textarea
          lang={DATA_LANGUAGE}
          maxLength={MAX_TITLE_LENGTH}
          value={values.title}
          disabled={busy}
          onChange={(_, data) => set({ title: data.value })}
        />
      </Field>
      <Field label={t.description}>
        <Textarea
          lang={DATA_LANGUAGE}
          resize="vertical"
          value={values.description}
          disabled={busy}
          onChange={(_, data) => set({ description: data.value })}
        />
      </Field>
      <div className={styles.grid}>
        <Field
          label={{ children: t.leadUnit, htmlFor: leadId }}
          required
          validationMessage={shown.responsibleUnit ? t.leadRequired : undefined}
        >
          <LeadUnitField
            id={leadId}
            value={values.responsibleUnit}
            units={units}
            disabled={busy}
            onChange={(responsibleUnit) => set({ responsibleUnit })}
          />
        </Field>
        <Field label={{ children: t.contributingUnits, htmlFor: contributorsId }}>
          <ContributingUnitsField
            id={contributorsId}
            value={values.contributingUnits}
            units={units}
            lead={values.responsibleUnit}
            placeholder={t.contributingNone}
            disabled={busy}
            onChange={(contributingUnits) => set({ contributingUnits })}
          />
        </Field>
        <Field label={t.section}>
          <Input lang={DATA_LANGUAGE} {...text('section')} />
        </Field>
        <Field label={t.order} validationMessage={shown.sortOrder ? t.orderInvalid : undefined}>
          <Input inputMode="numeric" {...text('sortOrder')} />
        </Field>
        <Field label={t.deadline}>
          <Input type="date" {...text('deadline')} />
        </Field>
        <Field
          label={t.revisedDeadline}
          validationMessage={shown.revisedDeadline ? t.revisedBeforePlan : undefined}
        >
          <Input type="date" {...text('revisedDeadline')} />
        </Field>
      </div>
      <Field
        label={t.deadlineReason}
        required={values.revisedDeadline !== ''}
        validationMessage={shown.deadlineChangeReason ? t.reasonRequired : undefined}
      >
        <Textarea
          lang={DATA_LANGUAGE}
          value={values.deadlineChangeReason}
          disabled={busy || values.revisedDeadline === ''}
          onChange={(_, data) => set({ deadlineChangeReason: data.value })}
        />
      </Field>
      <div aria-live="polite">
        {write.state.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.saveFailed}</MessageBarTitle> {t.problem[write.state.error.kind]}
            </MessageBarBody>
          </MessageBar>
        )}
        {write.state.kind === 'gone' && (
          <MessageBar intent="error">
            <MessageBarBody>{t.goneTitle}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={busy || write.state.kind === 'gone'}
        >
          {busy ? t.saving : t.save}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}
