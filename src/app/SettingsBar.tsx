import { Label, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Language } from '../domain';
import { useMessages } from '../features/shared';
import { appMessages } from './app-messages';
import { LANGUAGES, THEME_CHOICES, type ThemeChoice } from './preferences';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  field: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
});

function isThemeChoice(value: string): value is ThemeChoice {
  return (THEME_CHOICES as readonly string[]).includes(value);
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Theme and language pickers: small, labelled, native selects (keyboard and screen readers for free). */
export function SettingsBar({
  theme,
  onThemeChange,
  language,
  onLanguageChange,
}: {
  theme: ThemeChoice;
  onThemeChange: (theme: ThemeChoice) => void;
  language: Language;
  onLanguageChange: (language: Language) => void;
}) {
  const styles = useStyles();
  const t = useMessages(appMessages);
  const themeId = useId();
  const languageId = useId();
  return (
    <div className={styles.root} role="group" aria-label={t.settings}>
      <span className={styles.field}>
        <Label htmlFor={themeId} size="small">
          {t.theme}
        </Label>
        <Select
          id={themeId}
          size="small"
          value={theme}
          onChange={(_, data) => {
            if (isThemeChoice(data.value)) onThemeChange(data.value);
          }}
        >
          {THEME_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t.themeNames[choice]}
            </option>
          ))}
        </Select>
      </span>
      <span className={styles.field}>
        <Label htmlFor={languageId} size="small">
          {t.language}
        </Label>
        <Select
          id={languageId}
          size="small"
          value={language}
          onChange={(_, data) => {
            if (isLanguage(data.value)) onLanguageChange(data.value);
          }}
        >
          {LANGUAGES.map((choice) => (
            <option key={choice} value={choice} lang={choice}>
              {t.languageNames[choice]}
            </option>
          ))}
        </Select>
      </span>
    </div>
  );
}
