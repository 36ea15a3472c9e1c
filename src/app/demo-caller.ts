import type { CurrentUser } from '../features/shared';

// Graph names the caller of the access token in createdBy / lastModifiedBy, whatever the fields
// say, and the emulator does the same. The demo has no sign-in, so it sends an unsigned token
// (alg "none") for the person the demo acts as: the emulator reads its claims, and anything
// that checks signatures, as Microsoft's Graph does, refuses it.

/** Whom the demo's Graph requests name as their caller; the shell tells it whom the demo acts as. */
export type DemoCaller = {
  actAs(user: CurrentUser): void;
  /** The unsigned token for the person acted as, or null before the shell has said who. */
  token(): string | null;
};

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A JWT without a signature (RFC 7519 §6: header `alg: none`, empty signature part). */
export function unsignedToken(claims: Record<string, string>): string {
  return `${base64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64Url(JSON.stringify(claims))}.`;
}

export function createDemoCaller(): DemoCaller {
  let current: string | null = null;
  return {
    actAs(user) {
      current = unsignedToken({
        aud: 'https://graph.microsoft.com',
        iss: 'urn:oppfolging:demo',
        name: user.displayName,
      });
    },
    token: () => current,
  };
}
