// A sign-in by redirect (the standalone page) leaves the tab and comes back to it. Drafts are in
// localStorage from the first keystroke (features/report/draft-store.ts), so nothing typed is
// lost; what would be lost is where the user was. The measure they were working on is kept for
// the way back (sessionStorage: this browser tab only) and opened like a deep link.

const KEY = 'oppfolging.return-to-measure';

/** Notes the measure that holds the focus (an open editor, a button in its row). */
export function rememberMeasureInFocus(storage: Storage | undefined, doc: Document): void {
  const active = doc.activeElement;
  const item = active instanceof Element ? active.closest('[data-measure-id]') : null;
  const id = item?.getAttribute('data-measure-id');
  try {
    if (id) storage?.setItem(KEY, id);
  } catch {
    // The user lands at the top of the plan instead; the draft is still there.
  }
}

/** The measure noted before the redirect, once: reading it forgets it. */
export function takeMeasureToReturnTo(storage: Storage | undefined): string | null {
  try {
    const id = storage?.getItem(KEY) ?? null;
    storage?.removeItem(KEY);
    return id;
  } catch {
    return null;
  }
}
