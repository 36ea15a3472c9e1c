import type { Auth, SignedInAccount } from '../platform';

/**
 * The signed-in account as the UI sees it. MSAL knows the account only after the first token
 * (the host's hints come earlier), so the Graph clients report each token here and the shell
 * re-reads who is signed in.
 */
export type AuthSession = {
  auth: Auth;
  /** Who is signed in, the same object until it changes (for useSyncExternalStore). */
  account(): SignedInAccount | null;
  /** Called after every token the tab got. */
  tokenReceived(): void;
  /** Tells the listener after every token; returns the unsubscribe. */
  onTokenReceived(listener: () => void): () => void;
};

const sameAccount = (a: SignedInAccount | null, b: SignedInAccount | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.username === b.username &&
    a.name === b.name &&
    a.tenantId === b.tenantId);

export function createAuthSession(auth: Auth): AuthSession {
  let account = auth.account();
  const listeners = new Set<() => void>();
  return {
    auth,
    account: () => account,
    tokenReceived() {
      const next = auth.account();
      if (!sameAccount(next, account)) account = next;
      for (const listener of [...listeners]) listener();
    },
    onTokenReceived(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
