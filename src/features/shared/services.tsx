import { createContext, useContext } from 'react';
import type { MeasuresApi } from '../../graph/measures-api';
import type { PlansApi } from '../../graph/plans-api';

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
  // PUT /sites/{site}/drive/root:/{path}:/content
  saveToDocuments(path: string, data: Blob): Promise<SavedFile>;
  /** Tells listeners while a request waits out a Retry-After (429/503), so the UI can say "waiting". */
  onThrottle(listener: (waitSeconds: number) => void): () => void;
};

/** Who is using the tab: a unit reports on its own measures; the caseworker reads all and exports. */
export type CurrentUser = {
  displayName: string;
  role: 'unit' | 'caseworker';
  /** The responsible unit the user reports for; null for the caseworker. */
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
