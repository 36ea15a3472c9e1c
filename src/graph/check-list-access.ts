import type { Client } from '@microsoft/microsoft-graph-client';
import type { MeasuresError } from './errors';
import type { ListLocation } from './measures-api';
import { resolveList, resolveSiteId } from './resolve-list';
import { toMeasuresError } from './to-measures-error';

/** What a check of a list location found. */
export type AccessOutcome =
  | { kind: 'ok' }
  | { kind: 'site-missing' }
  | { kind: 'list-missing' }
  | { kind: 'forbidden' }
  | { kind: 'failed'; error: MeasuresError };

/**
 * Can the user reach the list? The site is looked up first, so that a wrong address (404 on the
 * site) is told apart from a list that does not exist yet (404 on the list), which can be created.
 */
export async function checkListAccess(
  client: Client,
  location: ListLocation,
): Promise<AccessOutcome> {
  try {
    // GET /sites/{hostname}:/{path}?$select=id
    await resolveSiteId(client, location.site);
  } catch (caught) {
    const error = toMeasuresError(caught);
    if (error.kind === 'not-found') return { kind: 'site-missing' };
    if (error.kind === 'forbidden') return { kind: 'forbidden' };
    return { kind: 'failed', error };
  }
  try {
    // GET /sites/{site-id}/lists/{list-title}?$select=id
    await resolveList(client, location);
  } catch (caught) {
    const error = toMeasuresError(caught);
    if (error.kind === 'not-found') return { kind: 'list-missing' };
    if (error.kind === 'forbidden') return { kind: 'forbidden' };
    return { kind: 'failed', error };
  }
  return { kind: 'ok' };
}
