import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  SearchBox,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  DEFAULT_VIEW,
  GROUPINGS,
  isFiltered,
  LAYOUTS,
  REVIEW_STATES,
  SORTINGS,
  STATUSES,
  type Grouping,
  type Layout,
  type MeasureView,
  type ReviewState,
  type Sorting,
  type Status,
} from '../../domain';
import { useMessages } from '../shared/i18n';
import { viewMessages } from './view-messages';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  search: { minWidth: '240px', flex: '1 1 240px' },
  dropdown: { minWidth: '150px', maxWidth: '220px' },
  checks: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  note: { flexBasis: '100%', margin: 0, fontSize: tokens.fontSizeBase200 },
});

export type ViewBarProps = {
  view: MeasureView;
  onChange: (view: MeasureView) => void;
  /** The plan's units and sections, for the filters. */
  units: readonly string[];
  sections: readonly string[];
  /** The address of this view, to copy and send. */
  link: string;
};

function MultiFilter<T extends string>({
  label,
  options,
  names,
  selected,
  onSelect,
}: {
  label: string;
  options: readonly T[];
  names?: Record<T, string>;
  selected: readonly T[];
  onSelect: (values: T[]) => void;
}) {
  const styles = useStyles();
  const t = useMessages(viewMessages);
  const nameOf = (value: T) => names?.[value] ?? value;
  const text =
    selected.length === 0
      ? t.any
      : selected.length === 1
        ? nameOf(selected[0] as T)
        : t.chosen(selected.length);
  return (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        multiselect
        value={text}
        selectedOptions={[...selected]}
        onOptionSelect={(_, data) =>
          onSelect(options.filter((o) => data.selectedOptions.includes(o)))
        }
      >
        {options.map((option) => (
          <Option key={option} value={option}>
            {nameOf(option)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/**
 * The manager's controls over the plan: search, filters, grouping, sorting, cards or table, and a
 * link to the view. The search box answers as one types; the list follows a moment later.
 */
export function ViewBar({ view, onChange, units, sections, link }: ViewBarProps) {
  const styles = useStyles();
  const t = useMessages(viewMessages);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [search, setSearch] = useState(view.search);
  // A view set from outside (a cell of the overview, the address) shows in the box too.
  useEffect(() => setSearch(view.search), [view.search]);
  const set = (patch: Partial<MeasureView>) => onChange({ ...view, ...patch });

  const copy = () => {
    navigator.clipboard.writeText(link).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };

  return (
    <div role="toolbar" aria-label={t.toolbar} className={styles.bar}>
      <Field label={t.search} className={styles.search}>
        <SearchBox
          placeholder={t.searchPlaceholder}
          value={search}
          onChange={(_, data) => {
            setSearch(data.value);
            set({ search: data.value });
          }}
        />
      </Field>
      <MultiFilter
        label={t.unit}
        options={units}
        selected={view.units}
        onSelect={(values) => set({ units: values })}
      />
      <MultiFilter<Status>
        label={t.status}
        options={STATUSES}
        names={t.statusNames}
        selected={view.statuses}
        onSelect={(values) => set({ statuses: values })}
      />
      <MultiFilter
        label={t.section}
        options={sections}
        selected={view.sections}
        onSelect={(values) => set({ sections: values })}
      />
      <MultiFilter<ReviewState>
        label={t.review}
        options={REVIEW_STATES}
        names={t.reviewNames}
        selected={view.reviewStates}
        onSelect={(values) => set({ reviewStates: values })}
      />
      <div className={styles.checks}>
        <Checkbox
          label={t.overdue}
          checked={view.overdue}
          onChange={(_, data) => set({ overdue: data.checked === true })}
        />
        <Checkbox
          label={t.unreported}
          checked={view.unreported}
          onChange={(_, data) => set({ unreported: data.checked === true })}
        />
      </div>
      <Field label={t.groupBy}>
        <Select
          value={view.groupBy}
          onChange={(_, data) => set({ groupBy: data.value as Grouping })}
        >
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t.groupings[g]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.sortBy}>
        <Select value={view.sortBy} onChange={(_, data) => set({ sortBy: data.value as Sorting })}>
          {SORTINGS.map((s) => (
            <option key={s} value={s}>
              {t.sortings[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.layout}>
        {/* Radios, not tabs: the choice changes how the one list is shown, there are no tab panels. */}
        <RadioGroup
          layout="horizontal"
          value={view.layout}
          onChange={(_, data) => set({ layout: data.value as Layout })}
        >
          {LAYOUTS.map((layout) => (
            <Radio key={layout} value={layout} label={layout === 'cards' ? t.cards : t.table} />
          ))}
        </RadioGroup>
      </Field>
      {isFiltered(view) && (
        <Button
          appearance="subtle"
          onClick={() =>
            onChange({
              ...DEFAULT_VIEW,
              groupBy: view.groupBy,
              sortBy: view.sortBy,
              layout: view.layout,
            })
          }
        >
          {t.clear}
        </Button>
      )}
      <Button appearance="secondary" onClick={copy}>
        {t.copyLink}
      </Button>
      {copied && (
        <p className={styles.note} role="status">
          {copied === 'copied' ? t.linkCopied : `${t.copyFailed} ${link}`}
        </p>
      )}
    </div>
  );
}
