import { useMemo } from 'react';
import { usePlanSource, usePlanStorage } from '../shared/MeasuresProvider';
import { createDraftStore, type DraftStore } from './draft-store';

/** The unsaved edits of the list the tab shows, kept in the browser storage the shell gave. */
export function useDraftStore(): DraftStore {
  const storage = usePlanStorage();
  const { listKey } = usePlanSource();
  return useMemo(() => createDraftStore(storage, listKey), [storage, listKey]);
}
