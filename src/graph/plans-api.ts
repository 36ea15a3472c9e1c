import type { Client } from '@microsoft/microsoft-graph-client';
import type { Plan } from '../domain';
import { ITEM_PROPERTIES, type ListItemJson } from './field-mapping';
import type { ListLocation } from './measures-api';
import { PLAN_FIELDS, toPlan } from './plan-mapping';
import { readAllPages } from './read-all-pages';
import { resolveList } from './resolve-list';
import { toMeasuresError } from './to-measures-error';

/** The plans list (`Oppfølgingsplaner`): small, one item per plan, read whole. */
export type PlansApi = {
  // GET /sites/{site}/lists/{plans-list}/items?$expand=fields($select=…)&$top=500, all pages.
  // A site provisioned before the plans list existed answers 404: a MeasuresError 'not-found'.
  listPlans(options?: { signal?: AbortSignal }): Promise<Plan[]>;
};

const EXPAND_PLAN_FIELDS = `fields($select=${PLAN_FIELDS.join(',')})`;

export function createGraphPlansApi(client: Client, location: ListLocation): PlansApi {
  return {
    async listPlans(options = {}) {
      const { signal } = options;
      try {
        const { siteId, listId } = await resolveList(client, location);
        const request = client
          .api(`/sites/${siteId}/lists/${listId}/items`)
          .select([...ITEM_PROPERTIES])
          .expand(EXPAND_PLAN_FIELDS)
          .top(500);
        const items = await readAllPages<ListItemJson>(client, request, signal);
        return items.map(toPlan).filter((plan) => plan.caseNumber !== '');
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        throw toMeasuresError(error);
      }
    },
  };
}
