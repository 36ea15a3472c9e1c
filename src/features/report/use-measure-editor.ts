import { useMemo } from 'react';
import type { Measure } from '../../domain';
import { useCurrentUser, useServices } from '../shared/services';
import { usePlanActions } from '../shared/MeasuresProvider';
import type { ReportEditor } from './editor-state';
import { useDraftStore } from './use-draft-store';
import { useReportEditor } from './use-report-editor';
import { saveStatusReport } from './save-status-report';

export {
  editorReducer,
  initialEditorState,
  isBusy,
  type EditorPhase,
  type EditorState,
} from './editor-state';

export type MeasureEditor = ReportEditor<Measure>;

/**
 * The in-place editor of one measure's status and report: validation before sending, the draft
 * kept in the browser until saved, saving with If-Match, and the user's choice on a conflict. A
 * save that changes a reviewed report sends it back to «Ikke vurdert».
 */
export function useMeasureEditor(measure: Measure): MeasureEditor {
  const services = useServices();
  const user = useCurrentUser();
  const drafts = useDraftStore();
  const { replace } = usePlanActions();
  return useReportEditor(
    useMemo(
      () => ({
        item: measure,
        draftKey: measure.id,
        drafts,
        // PATCH …/items/{id}/fields with If-Match: etag
        save: (etag, values) =>
          saveStatusReport(services.measures, measure, etag, values, {
            displayName: user.displayName,
            now: new Date(),
          }),
        currentAfterConflict: async (error) =>
          error.current ?? (await services.measures.getMeasure(measure.id)),
        onStored: replace,
      }),
      [measure, drafts, services.measures, user.displayName, replace],
    ),
  );
}
