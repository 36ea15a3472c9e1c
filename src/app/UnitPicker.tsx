import { Label, makeStyles, Select, tokens } from '@fluentui/react-components';
import { startTransition, useId, useOptimistic } from 'react';
import { DATA_LANGUAGE } from '../domain/terms';
import { useMessages } from '../features/shared';
import { appMessages } from './app-messages';
import { CASEWORKER, MANAGER, ROLE_CHOICES } from './demo-identity';

const useStyles = makeStyles({
  picker: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  select: {
    minWidth: '200px',
  },
});

/** Whom the user acts for: one of the plan's units, the caseworker or a manager. A labelled native select. */
export function UnitPicker({
  label,
  units,
  choice,
  onChoose,
}: {
  label: string;
  units: readonly string[];
  /** null: nothing chosen yet, shown as an empty first option. */
  choice: string | null;
  onChoose: (choice: string) => void;
}) {
  const styles = useStyles();
  const t = useMessages(appMessages);
  const selectId = useId();
  // The whole plan is laid out again for the new choice: a transition, so the page stays
  // responsive meanwhile (at 5,000 measures), and the select shows the choice at once.
  const [shown, setShown] = useOptimistic(choice);
  // Before the plan is read (or while it cannot be), a remembered unit is still a choice.
  const options =
    choice === null || ROLE_CHOICES.includes(choice) || units.includes(choice)
      ? units
      : [choice, ...units];
  return (
    <span className={styles.picker}>
      <Label htmlFor={selectId} weight="semibold">
        {label}
      </Label>
      <Select
        id={selectId}
        className={styles.select}
        size="small"
        value={shown ?? ''}
        onChange={(_, data) => {
          const next = data.value;
          if (next === '') return;
          startTransition(() => {
            setShown(next);
            onChoose(next);
          });
        }}
      >
        {choice === null && (
          <option value="" disabled>
            {t.chooseUnit}
          </option>
        )}
        {options.map((unit) => (
          <option key={unit} value={unit} lang={DATA_LANGUAGE}>
            {unit}
          </option>
        ))}
        <option value={CASEWORKER}>{t.caseworker}</option>
        <option value={MANAGER}>{t.manager}</option>
      </Select>
    </span>
  );
}
