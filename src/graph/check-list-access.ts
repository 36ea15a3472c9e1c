import type { Client } from '@microsoft/microsoft-graph-client';
import type { MeasuresError } from './errors';
import type { ListLocation } from './measures-api';
import { CONTRIBUTIONS_LIST_TITLE } from './contribution-mapping';
import { PLANS_LIST_TITLE } from './plan-mapping';
import { resolveList, resolveSiteId } from './resolve-list';
import { toMeasuresError } from './to-measures-error';

/** What a check of a list location found. */
export type AccessOutcome =
  /** The measures list is reached; `missing`: the lists beside it the site does not have yet. */
  | { kind: 'ok'; missing: CompanionList[] }
  | { kind: 'site-missing' }
  | { kind: 'list-missing' }
  | { kind: 'forbidden' }
  | { kind: 'failed'; error: MeasuresError };

/** The lists the tab keeps beside the measures list (a site set up before them lacks them). */
export type CompanionList = 'plans' | 'contributions';

const COMPANION_TITLES: Record<CompanionList, string> = {
  plans: PLANS_LIST_TITLE,
  contributions: CONTRIBUTIONS_LIST_TITLE,
};

/**
 * Can the user reach the list, and does the site have the plans and contributions lists beside
 * it? The site is looked up first, so that a wrong address (404 on the
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
  // Only a 404 counts as missing: any other answer about them leaves the check as it was.
  const found = await Promise.all(
    (Object.keys(COMPANION_TITLES) as CompanionList[]).map(async (kind) => {
      try {
        // GET /sites/{site-id}/lists/{title}?$select=id
        await resolveList(client, { site: location.site, list: COMPANION_TITLES[kind] });
        return null;
      } catch (caught) {
        return toMeasuresError(caught).kind === 'not-found' ? kind : null;
      }
    }),
  );
  return { kind: 'ok', missing: found.filter((kind) => kind !== null) };
}
