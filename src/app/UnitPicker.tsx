import { Label, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { DATA_LANGUAGE } from '../domain/terms';
import { useMessages } from '../features/shared';
import { appMessages } from './app-messages';
import { CASEWORKER, MANAGER } from './demo-identity';

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

/** Whom the user acts for: one of the plan's units, or the caseworker. A labelled native select. */
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
  // Before the plan is read (or while it cannot be), a remembered unit is still a choice.
  const options =
    choice === null || choice === CASEWORKER || choice === MANAGER || units.includes(choice)
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
        value={choice ?? ''}
        onChange={(_, data) => {
          if (data.value !== '') onChoose(data.value);
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
