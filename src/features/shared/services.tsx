import { createContext, useContext } from 'react';
import type { NewMeasure } from '../../domain';
import type { BatchResult } from '../../graph/create-measures-batch';
import type { ContributionsApi } from '../../graph/contributions-api';
import type { MeasuresApi } from '../../graph/measures-api';
import type { PlansApi } from '../../graph/plans-api';
import type { IfNameExists } from '../../graph/save-to-drive';

/** A file saved in the team site's document library. */
export type SavedFile = { name: string; webUrl: string };

/**
 * The side-effecting services a feature may use, provided once by the app shell.
 * Components never build these themselves (STYLE.md: components never call Graph).
 */
export type Services = {
  measures: MeasuresApi;
  /** The plans list (`Oppfølgingsplaner`) beside the measures: each plan's memo settings live there. */
  plans: PlansApi;
  // POST /$batch, 20 creations per request (create-measures-batch.ts)
  createMeasures(
    measures: readonly NewMeasure[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<BatchResult>;
  // GET /me?$select=department: the signed-in user's Entra ID department; null when none is set
  myDepartment(): Promise<string | null>;
  // PUT /sites/{site}/drive/root:/{path}:/content?@microsoft.graph.conflictBehavior=…
  saveToDocuments(path: string, data: Blob, ifExists: IfNameExists): Promise<SavedFile>;
  /** Tells listeners while a request waits out a Retry-After (429/503), so the UI can say "waiting". */
  onThrottle(listener: (waitSeconds: number) => void): () => void;
  /** The contributions list beside the measures (`Oppfølgingsinnspill`): one item per measure and unit. */
  contributions: ContributionsApi;
};

/**
 * The roles of the tab: a unit reports on its own measures and contributes to others; the
 * caseworker builds the plan, composes, reviews and exports; a manager reads all and reviews.
 */
export type Role = 'unit' | 'caseworker' | 'manager';

/** Who is using the tab, and in which role. */
export type CurrentUser = {
  displayName: string;
  role: Role;
  /** The unit the user reports for; null for the caseworker and a manager. */
  unit: string | null;
};

export const ServicesContext = createContext<Services | null>(null);
export const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext: the app shell provides it.');
  return services;
}

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user)
    throw new Error('useCurrentUser outside CurrentUserContext: the app shell provides it.');
  return user;
}
