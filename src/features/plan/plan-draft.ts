import type { PlanFormValues } from './plan-form';
import type { RowChanges } from './preview-rows';

// What the caseworker has typed into the new-plan dialog, kept in the browser until the plan and
// all its measures are created: a failed save, a closed dialog or a reload loses nothing.

export type PlanDraft = {
  form: PlanFormValues;
  text: string;
  section: string;
  /** The changes made in the preview, by the wording of the row they were made to. */
  changes: [string, RowChanges][];
};

const keyOf = (listKey: string) => `oppfolging.plan-draft:${listKey}`;

function isDraft(value: unknown): value is PlanDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<PlanDraft>;
  return (
    typeof draft.text === 'string' &&
    typeof draft.section === 'string' &&
    typeof draft.form === 'object' &&
    draft.form !== null &&
    typeof draft.form.title === 'string' &&
    typeof draft.form.setByHand === 'object' &&
    Array.isArray(draft.changes)
  );
}

export function readPlanDraft(storage: Storage | undefined, listKey: string): PlanDraft | null {
  try {
    const raw = storage?.getItem(keyOf(listKey));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writePlanDraft(
  storage: Storage | undefined,
  listKey: string,
  draft: PlanDraft | null,
): void {
  try {
    if (draft === null) storage?.removeItem(keyOf(listKey));
    else storage?.setItem(keyOf(listKey), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the draft lives as long as the dialog does.
  }
}
