import { createContext, useContext } from 'react';
import type { ContributionsApi } from '../../graph/contributions-api';
import type { MeasuresApi } from '../../graph/measures-api';

/** A file saved in the team site's document library. */
export type SavedFile = { name: string; webUrl: string };

/**
 * The side-effecting services a feature may use, provided once by the app shell.
 * Components never build these themselves (STYLE.md: components never call Graph).
 */
export type Services = {
  measures: MeasuresApi;
  // PUT /sites/{site}/drive/root:/{path}:/content
  saveToDocuments(path: string, data: Blob): Promise<SavedFile>;
  /** Tells listeners while a request waits out a Retry-After (429/503), so the UI can say "waiting". */
  onThrottle(listener: (waitSeconds: number) => void): () => void;
  /** The contributions list beside the measures (`Oppfølgingsinnspill`): one item per measure and unit. */
  contributions: ContributionsApi;
};

/**
 * Who is using the tab: a unit reports on its own measures and contributes to others; the
 * caseworker composes, reviews and exports; a manager reads all and reviews.
 */
export type CurrentUser = {
  displayName: string;
  role: 'unit' | 'caseworker' | 'manager';
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
