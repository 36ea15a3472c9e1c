import { useCallback, useRef } from 'react';
import type { Measure } from '../../domain';
import { useMessages } from '../shared/i18n';
import { ContributionsPanel } from './ContributionsPanel';
import { insertSentence, type Selection } from './insert-sentence';
import { reportMessages } from './report-messages';
import { ReportForm } from './ReportForm';
import { useMeasureEditor } from './use-measure-editor';

/**
 * Status and report of a measure, edited in place in its row by the lead unit or the caseworker,
 * with the other units' contributions beside the text to compose from.
 */
export function MeasureEditor({ measure, onClose }: { measure: Measure; onClose: () => void }) {
  const t = useMessages(reportMessages);
  const editor = useMeasureEditor(measure);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // Where the user last put the cursor; null until they did, so an insert goes to the end.
  const selection = useRef<Selection | null>(null);
  const { setStatusReport } = editor;
  const report = editor.values.statusReport;

  const insert = useCallback(
    (sentence: string) => {
      const { text, cursor } = insertSentence(report, sentence, selection.current);
      setStatusReport(text);
      selection.current = { start: cursor, end: cursor };
      // After React has put the new text in the field: the cursor right after the insert.
      requestAnimationFrame(() => {
        const field = textRef.current;
        if (!field) return;
        field.focus();
        field.setSelectionRange(cursor, cursor);
      });
    },
    [report, setStatusReport],
  );

  return (
    <ReportForm
      editor={editor}
      label={t.editorLabel(measure.title)}
      onClose={onClose}
      textRef={textRef}
      onTextSelect={(start, end) => {
        selection.current = { start, end };
      }}
      aside={
        <ContributionsPanel measure={measure} leadStatus={editor.values.status} onInsert={insert} />
      }
    />
  );
}
