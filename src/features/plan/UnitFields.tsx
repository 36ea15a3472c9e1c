import { Combobox, Dropdown, makeStyles, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { DATA_LANGUAGE } from '../../domain/terms';

const useStyles = makeStyles({
  // Fluent's pickers have a minimum width of their own; in a grid cell they take the cell's.
  field: { minWidth: 0, width: '100%', maxWidth: '100%', boxSizing: 'border-box' },
});

/**
 * The lead unit: one of the known units, or a name typed in (a unit new to the list). The typed
 * text is the value, so nothing is lost when the caseworker leaves the field without choosing.
 */
export function LeadUnitField({
  value,
  units,
  onChange,
  id,
  disabled = false,
}: {
  value: string;
  units: readonly string[];
  onChange: (unit: string) => void;
  id?: string;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const [typing, setTyping] = useState(false);
  const shown = typing
    ? units.filter((unit) => unit.toLocaleLowerCase('nb').includes(value.toLocaleLowerCase('nb')))
    : units;
  return (
    <Combobox
      id={id}
      className={styles.field}
      freeform
      lang={DATA_LANGUAGE}
      value={value}
      disabled={disabled}
      selectedOptions={units.includes(value) ? [value] : []}
      onChange={(event) => {
        setTyping(true);
        onChange(event.target.value);
      }}
      onOptionSelect={(_, data) => {
        setTyping(false);
        if (data.optionValue !== undefined) onChange(data.optionValue);
      }}
      onOpenChange={(_, data) => {
        if (!data.open) setTyping(false);
      }}
    >
      {shown.map((unit) => (
        <Option key={unit} value={unit} lang={DATA_LANGUAGE}>
          {unit}
        </Option>
      ))}
    </Combobox>
  );
}

/** The contributing units: any number of the known units, the lead excepted. */
export function ContributingUnitsField({
  value,
  units,
  lead,
  onChange,
  placeholder,
  id,
  disabled = false,
}: {
  value: readonly string[];
  units: readonly string[];
  lead: string;
  onChange: (units: string[]) => void;
  placeholder: string;
  id?: string;
  disabled?: boolean;
}) {
  const styles = useStyles();
  // A contributor read from the list but unknown here stays choosable, so it is not lost.
  const options = [...new Set([...units, ...value])].filter((unit) => unit !== lead);
  return (
    <Dropdown
      id={id}
      className={styles.field}
      multiselect
      lang={DATA_LANGUAGE}
      disabled={disabled}
      placeholder={placeholder}
      value={value.join(', ')}
      selectedOptions={[...value]}
      onOptionSelect={(_, data) => onChange(data.selectedOptions)}
    >
      {options.map((unit) => (
        <Option key={unit} value={unit} lang={DATA_LANGUAGE}>
          {unit}
        </Option>
      ))}
    </Dropdown>
  );
}
