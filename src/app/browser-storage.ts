/**
 * The browser's storage, or undefined where reading the property itself throws (sandboxed
 * iframes, blocked third-party storage in some Teams clients). Callers then remember nothing.
 */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return globalThis[kind];
  } catch {
    return undefined;
  }
}
