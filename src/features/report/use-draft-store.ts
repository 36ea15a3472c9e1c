import { useMemo } from 'react';
import { useOwnerScope } from '../owner-scope';
import { createDraftStore, type DraftStore } from './draft-store';

/** The drafts of the person using the tab, in the list it shows. */
export function useDraftStore(): DraftStore {
  const { scope, storage } = useOwnerScope();
  return useMemo(() => createDraftStore(storage, scope), [storage, scope]);
}
