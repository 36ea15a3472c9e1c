import type { CurrentUser } from '../features/shared';
import { CASEWORKER, MANAGER } from './demo-identity';

// In a tenant there is no directory mapping from people to units: each user says once whom they
// report for (a unit, or the caseworker), and this browser remembers it for that user
// (localStorage, one key per account, so a shared computer keeps people apart).

const KEY_PREFIX = 'oppfolging.reporting-for:';

/** A unit's name, or CASEWORKER. */
export type ReportingChoice = string;

function keyOf(userKey: string): string {
  return `${KEY_PREFIX}${userKey.trim().toLowerCase()}`;
}

export function readReportingFor(
  storage: Storage | undefined,
  userKey: string | null,
): ReportingChoice | null {
  if (userKey === null) return null;
  try {
    const stored = storage?.getItem(keyOf(userKey)) ?? null;
    return stored === null || stored.trim() === '' ? null : stored;
  } catch {
    return null;
  }
}

export function writeReportingFor(
  storage: Storage | undefined,
  userKey: string | null,
  choice: ReportingChoice,
): void {
  if (userKey === null) return;
  try {
    storage?.setItem(keyOf(userKey), choice);
  } catch {
    // Not remembered: the user is asked again on the next visit.
  }
}

/**
 * The signed-in person acting for their choice. Before choosing, they read every measure and
 * edit none (role unit without a unit).
 */
export function tenantUserFor(displayName: string, choice: ReportingChoice | null): CurrentUser {
  if (choice === CASEWORKER) return { displayName, role: 'caseworker', unit: null };
  if (choice === MANAGER) return { displayName, role: 'manager', unit: null };
  return { displayName, role: 'unit', unit: choice };
}
