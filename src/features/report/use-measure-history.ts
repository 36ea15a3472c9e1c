import { useEffect, useState } from 'react';
import type { MeasureVersion } from '../../domain';
import { isMeasuresError, type MeasuresError } from '../../graph/errors';
import { useServices } from '../shared/services';

export type HistoryState =
  | { phase: 'loading' }
  | { phase: 'ready'; versions: MeasureVersion[] }
  | { phase: 'failed'; error: MeasuresError | null };

/**
 * The saved versions of one measure, read when the history is opened (and again when the measure
 * changes), in the order MeasuresApi.listVersions gives them: newest first.
 */
export function useMeasureHistory(measureId: string, etag: string): HistoryState {
  const { measures } = useServices();
  const [state, setState] = useState<HistoryState>({ phase: 'loading' });

  useEffect(() => {
    let current = true;
    // GET /sites/{site}/lists/{list}/items/{id}/versions
    measures.listVersions(measureId).then(
      (versions) => {
        if (current) setState({ phase: 'ready', versions });
      },
      (error: unknown) => {
        if (current) setState({ phase: 'failed', error: isMeasuresError(error) ? error : null });
      },
    );
    return () => {
      current = false;
    };
  }, [measures, measureId, etag]);

  return state;
}
