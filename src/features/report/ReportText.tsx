import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DATA_LANGUAGE } from '../../domain/terms';

const useStyles = makeStyles({
  text: {
    margin: 0,
    // Reports are plain text with the unit's own line breaks; React escapes them, so markup stays text.
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  empty: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
  },
});

/**
 * A status report (or description) from the list, always as text, never as HTML. The text is
 * the list's (Norwegian); the empty text is the UI's own.
 */
export function ReportText({ text, emptyText }: { text: string; emptyText: string }) {
  const styles = useStyles();
  const empty = text.trim() === '';
  return (
    <p
      className={mergeClasses(styles.text, empty && styles.empty)}
      lang={empty ? undefined : DATA_LANGUAGE}
    >
      {empty ? emptyText : text}
    </p>
  );
}
