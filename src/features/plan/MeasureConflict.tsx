import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { formatNorwegianDate, type Measure, type MeasurePatch } from '../../domain';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useMessages } from '../shared/i18n';
import { planMessages, type PlanTexts } from './plan-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  version: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  mine: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  label: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  value: { margin: `0 0 ${tokens.spacingVerticalS} 0`, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Shown = keyof MeasurePatch;

function labelOf(field: Shown, t: PlanTexts): string {
  const labels: Partial<Record<Shown, string>> = {
    title: t.measureTitle,
    description: t.description,
    responsibleUnit: t.leadUnit,
    contributingUnits: t.contributingUnits,
    section: t.section,
    sortOrder: t.order,
    deadline: t.deadline,
    revisedDeadline: t.revisedDeadline,
    deadlineChangeReason: t.deadlineReason,
  };
  return labels[field] ?? field;
}

function show(value: unknown, t: PlanTexts): string {
  if (value === null || value === undefined || value === '') return t.none;
  if (Array.isArray(value)) return value.length === 0 ? t.none : value.join(', ');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return formatNorwegianDate(value);
  return String(value);
}

function Version({
  title,
  fields,
  values,
  mine,
}: {
  title: string;
  fields: Shown[];
  values: Partial<Record<Shown, unknown>>;
  mine: boolean;
}) {
  const styles = useStyles();
  const t = useMessages(planMessages);
  return (
    <section
      aria-label={title}
      className={mine ? `${styles.version} ${styles.mine}` : styles.version}
    >
      <p className={styles.label}>{title}</p>
      <dl>
        {fields.map((field) => (
          <div key={field}>
            <dt className={styles.term}>{labelOf(field, t)}</dt>
            <dd className={styles.value} lang={DATA_LANGUAGE}>
              {show(values[field], t)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * Someone saved the measure after the caseworker opened it (412): the fields the caseworker
 * changed, theirs beside the caseworker's, and the choice. Nothing is written until "keep mine".
 */
export function MeasureConflict({
  mine,
  current,
  onKeepMine,
  onTakeTheirs,
  busy,
}: {
  /** What the caseworker changed. */
  mine: MeasurePatch;
  current: Measure;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}) {
  const styles = useStyles();
  const t = useMessages(planMessages);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => rootRef.current?.focus(), []);
  const fields = Object.keys(mine) as Shown[];
  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      className={styles.root}
      role="group"
      aria-label={t.conflictChoice}
    >
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.conflictTitle}</MessageBarTitle> {t.conflictIntro}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.columns}>
        <Version title={t.conflictMine} fields={fields} values={mine} mine />
        <Version
          title={t.conflictTheirs(current.modifiedBy)}
          fields={fields}
          values={current}
          mine={false}
        />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onKeepMine}>
          {t.keepMine}
        </Button>
        <Button disabled={busy} onClick={onTakeTheirs}>
          {t.takeTheirs}
        </Button>
      </div>
    </div>
  );
}
