import { useMemo } from 'react';
import { useOwnerScope } from '../shared/owner-scope';
import { createDraftStore, type DraftStore } from './draft-store';

/** The drafts of the person using the tab, in the list it shows (the owner scope the shell gave). */
export function useDraftStore(): DraftStore {
  const { scope, storage } = useOwnerScope();
  return useMemo(() => createDraftStore(storage, scope), [storage, scope]);
}
