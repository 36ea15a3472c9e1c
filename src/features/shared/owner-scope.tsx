import { createContext, useContext, useMemo, type ReactNode } from 'react';

/**
 * Whose things the browser keeps, and where: drafts and remembered memo texts belong to one
 * person in one list, so the next person on a shared PC starts clean. The app shell provides it
 * once it knows who uses the tab.
 */
export type OwnerScope = {
  /** `<owner>|<list>`; null while who is signed in is not known (then nothing is kept). */
  scope: string | null;
  /** localStorage, or undefined where the browser refuses it. */
  storage: Storage | undefined;
};

const OwnerScopeContext = createContext<OwnerScope>({ scope: null, storage: undefined });

/** The owner part of a key: the demo's person, or a tenant's user. */
export function ownerKey(
  who: { kind: 'demo'; person: string } | { kind: 'tenant'; tenantId: string; user: string },
): string {
  const parts = who.kind === 'demo' ? ['demo', who.person] : ['tenant', who.tenantId, who.user];
  return parts.map((part) => encodeURIComponent(part.toLowerCase())).join('/');
}

export function OwnerScopeProvider({
  owner,
  listKey,
  storage,
  children,
}: {
  owner: string | null;
  listKey: string;
  storage: Storage | undefined;
  children: ReactNode;
}) {
  const value = useMemo<OwnerScope>(
    () => ({ scope: owner === null ? null : `${owner}|${listKey}`, storage }),
    [owner, listKey, storage],
  );
  return <OwnerScopeContext.Provider value={value}>{children}</OwnerScopeContext.Provider>;
}

export function useOwnerScope(): OwnerScope {
  return useContext(OwnerScopeContext);
}

/**
 * Removes what the browser keeps for one person (drafts, remembered memo texts; every key
 * carrying `owner`), and what older versions kept without an owner. Called at sign-out.
 */
export function forgetOwner(storage: Storage | undefined, owner: string): void {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith('oppfolging.') && (key.includes(`:${owner}|`) || isUnowned(key))) {
        keys.push(key);
      }
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage refused: there is nothing it could have kept either.
  }
}

/** Drafts and memo texts of versions that kept them for whoever used the browser. */
function isUnowned(key: string): boolean {
  return key.startsWith('oppfolging.draft:') || key.startsWith('oppfolging.memo-form.v1:');
}
