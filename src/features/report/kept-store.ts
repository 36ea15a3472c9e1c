/**
 * Something a person typed and has not saved yet, kept in the browser (localStorage) per owner,
 * list and item: the report drafts and the review comments are both this. Every read is checked
 * by `parse`, so a value an older version wrote, or a hand-edited one, reads as nothing.
 */
export type KeptStore<T> = {
  read(itemKey: string): T | null;
  write(itemKey: string, value: T): void;
  remove(itemKey: string): void;
  /** Removes the value only while it still is `expected`: another tab may have written since. */
  removeIf(itemKey: string, expected: (value: T) => boolean): void;
  /**
   * Tells `listener` when another tab of this browser writes or removes the item's value (the
   * `storage` event); returns the unsubscribe.
   */
  subscribe(itemKey: string, listener: (value: T | null) => void): () => void;
};

function parseText<T>(text: string | null, parse: (value: unknown) => T | null): T | null {
  if (text === null) return null;
  try {
    return parse(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * A kept store under `prefix` in `storage`. `scope` names the person (tenant and user, or the
 * demo's person) and the list: on a shared PC the next person never sees, or saves under their own
 * name, someone else's unsaved text; the same item id in another list is another item. A null
 * scope (who is signed in is not known yet) keeps nothing in the browser.
 */
export function createKeptStore<T>(
  storage: Storage | undefined,
  scope: string | null,
  prefix: string,
  parse: (value: unknown) => T | null,
): KeptStore<T> {
  const area = scope === null ? undefined : storage;
  const keyOf = (itemKey: string) => `${prefix}${scope}:${itemKey}`;
  const read = (itemKey: string) => {
    try {
      return parseText(area?.getItem(keyOf(itemKey)) ?? null, parse);
    } catch {
      return null;
    }
  };
  const remove = (itemKey: string) => {
    try {
      area?.removeItem(keyOf(itemKey));
    } catch {
      // Nothing kept, nothing to remove.
    }
  };
  return {
    read,
    write(itemKey, value) {
      try {
        area?.setItem(keyOf(itemKey), JSON.stringify(value));
      } catch {
        // Storage full or refused: the text still lives on screen, only not across reloads.
      }
    },
    remove,
    removeIf(itemKey, expected) {
      const current = read(itemKey);
      if (current && expected(current)) remove(itemKey);
    },
    subscribe(itemKey, listener) {
      if (!area || typeof window === 'undefined') return () => undefined;
      const key = keyOf(itemKey);
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea !== area || event.key !== key) return;
        listener(parseText(event.newValue, parse));
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
