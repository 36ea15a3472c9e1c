import {
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Switch,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { DATA_LANGUAGE } from '../../domain/terms';
import { MEMO_LANGUAGES, MEMO_PURPOSES, type MemoPurpose } from '../../memo/memo-settings';
import type { ExportTexts } from './export-messages';
import type { MemoForm, MemoFormField, MemoFormProblems } from './memo-form';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalL,
  },
  // Fluent's Input has a minimum width of its own; in a grid cell it must shrink to the cell.
  text: { width: '100%', minWidth: 0 },
  longText: { width: '100%', minHeight: '96px' },
});

type MemoFieldsProps = {
  form: MemoForm;
  onChange: (patch: Partial<MemoForm>) => void;
  /** Problems to show at their fields (after the first export attempt). */
  problems: MemoFormProblems;
  /** The plan's case number; empty when the plan has none and the whole Saksnr. is typed. */
  planCaseNumber: string;
  /** The plan's sections in memo order, each offered an introduction. */
  sections: string[];
  disabled: boolean;
  t: ExportTexts;
};

/** The memo's fields: header block, purpose and texts, attachments and marking. */
export function MemoFields({
  form,
  onChange,
  problems,
  planCaseNumber,
  sections,
  disabled,
  t,
}: MemoFieldsProps) {
  const styles = useStyles();
  const problemAt = (field: MemoFormField) => {
    const problem = problems[field];
    return problem
      ? { validationState: 'error' as const, validationMessage: t.problems[problem] }
      : {};
  };
  const text = (key: 'to' | 'via' | 'from' | 'caseworker' | 'subject', label: string) => (
    <Field label={label}>
      <Input
        className={styles.text}
        lang={DATA_LANGUAGE}
        value={form[key]}
        disabled={disabled}
        onChange={(_, data) => onChange({ [key]: data.value })}
      />
    </Field>
  );
  const longText = (
    key: 'copyTo' | 'introduction' | 'closing' | 'attachments',
    label: string,
    hint: string,
  ) => (
    <Field label={label} hint={hint}>
      <Textarea
        className={styles.longText}
        resize="vertical"
        lang={DATA_LANGUAGE}
        value={form[key]}
        disabled={disabled}
        onChange={(_, data) => onChange({ [key]: data.value })}
      />
    </Field>
  );

  return (
    <>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t.recipients}</legend>
        {text('to', t.to)}
        {text('via', t.via)}
        {longText('copyTo', t.copyTo, t.onePerLine)}
        {text('from', t.from)}
        <div className={styles.pair}>
          {text('caseworker', t.caseworker)}
          <Field label={t.date} required {...problemAt('date')}>
            <Input
              className={styles.text}
              value={form.date}
              placeholder={t.datePlaceholder}
              disabled={disabled}
              onChange={(_, data) => onChange({ date: data.value })}
            />
          </Field>
          {planCaseNumber === '' ? (
            <Field label={t.caseNumber} required {...problemAt('caseNumber')}>
              <Input
                className={styles.text}
                value={form.caseNumber}
                disabled={disabled}
                onChange={(_, data) => onChange({ caseNumber: data.value })}
              />
            </Field>
          ) : (
            <Field
              label={t.caseNumber}
              hint={t.documentNumberHint(planCaseNumber)}
              {...problemAt('documentNumber')}
            >
              <Input
                className={styles.text}
                contentBefore={`${planCaseNumber}-`}
                value={form.documentNumber}
                inputMode="numeric"
                disabled={disabled}
                onChange={(_, data) => onChange({ documentNumber: data.value })}
              />
            </Field>
          )}
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t.content}</legend>
        <Field label={t.language} hint={t.languageHint}>
          <RadioGroup
            layout="horizontal"
            value={form.language}
            disabled={disabled}
            onChange={(_, data) => {
              const language = MEMO_LANGUAGES.find((l) => l === data.value);
              if (language) onChange({ language });
            }}
          >
            {MEMO_LANGUAGES.map((language) => (
              <Radio key={language} value={language} label={t.languages[language]} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t.purpose}>
          <RadioGroup
            layout="horizontal"
            value={form.purpose}
            disabled={disabled}
            onChange={(_, data) => {
              const purpose = MEMO_PURPOSES.find((p): p is MemoPurpose => p === data.value);
              if (purpose) onChange({ purpose });
            }}
          >
            {MEMO_PURPOSES.map((purpose) => (
              <Radio key={purpose} value={purpose} label={t.purposes[purpose]} />
            ))}
          </RadioGroup>
        </Field>
        {text('subject', t.subject)}
        {longText('introduction', t.introduction, t.paragraphsHint)}
        {sections.map((section) => (
          <Field key={section} label={t.sectionIntroduction(section)} hint={t.paragraphsHint}>
            <Textarea
              className={styles.longText}
              resize="vertical"
              lang={DATA_LANGUAGE}
              value={form.sectionIntroductions[section] ?? ''}
              disabled={disabled}
              onChange={(_, data) =>
                onChange({
                  sectionIntroductions: { ...form.sectionIntroductions, [section]: data.value },
                })
              }
            />
          </Field>
        ))}
        {longText('closing', t.closing, t.paragraphsHint)}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t.attachmentsAndMarking}</legend>
        {longText('attachments', t.attachments, t.attachmentsHint)}
        <Switch
          label={t.includeAppendix}
          checked={form.includeAppendix}
          disabled={disabled}
          onChange={(_, data) => onChange({ includeAppendix: data.checked })}
        />
        <Switch
          label={t.exempt}
          checked={form.exempt}
          disabled={disabled}
          onChange={(_, data) => onChange({ exempt: data.checked })}
        />
        {form.exempt && (
          <Field label={t.legalBasis} required {...problemAt('legalBasis')}>
            <Input
              className={styles.text}
              maxLength={120}
              lang={DATA_LANGUAGE}
              value={form.legalBasis}
              disabled={disabled}
              onChange={(_, data) => onChange({ legalBasis: data.value })}
            />
          </Field>
        )}
      </fieldset>
    </>
  );
}
