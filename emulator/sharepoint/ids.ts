import { randomBytes, randomUUID } from 'node:crypto';

export type RandomSource = () => number;

/** A small seeded generator (mulberry32): seeded data stays the same from run to run. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function newGuid(random?: RandomSource): string {
  if (!random) return randomUUID();
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  // Version 4 and RFC 4122 variant bits, so the ids look like what SharePoint hands out.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** OneDrive/SharePoint driveItem ids look like `01` + 32 base32 characters. */
export function newDriveItemId(): string {
  const bytes = randomBytes(32);
  let id = '01';
  for (const byte of bytes) id += BASE32.charAt(byte % 32);
  return id;
}

/** A stable GUID derived from a name (for users: the same person keeps the same id). */
export function guidFromName(name: string): string {
  let hash = 2166136261;
  for (const char of name) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619);
  }
  return newGuid(seededRandom(hash));
}
