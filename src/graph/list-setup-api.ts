import type { AccessOutcome } from './check-list-access';
import type { ListLocation } from './measures-api';
import type { ListsProvisionResult } from './provision-list';

/**
 * What the configuration page may do with Graph, and nothing more: check that the user reaches a
 * list, and create (or complete) it. The app shell builds it (app/create-services.ts) over the
 * clients it owns, so the page never holds an SDK client.
 */
export type ListSetupApi = {
  // GET /sites/{hostname}:/{path}?$select=id, then GET /sites/{site-id}/lists/{list-title}?$select=id
  checkAccess(location: ListLocation): Promise<AccessOutcome>;
  /**
   * Creates the measures list and the plans and contributions lists beside it with every column,
   * or adds what is missing; asks for Sites.Manage.All. Fails with a MeasuresError.
   */
  // per list: POST /sites/{site-id}/lists, or GET and POST /sites/{site-id}/lists/{list-id}/columns
  provision(location: ListLocation): Promise<ListsProvisionResult>;
};
