import type { Client } from '@microsoft/microsoft-graph-client';
import type { Plan } from '../domain';
import { ITEM_PROPERTIES, type ListItemJson } from './field-mapping';
import type { ListLocation } from './measures-api';
import { PLAN_FIELDS, toPlan } from './plan-mapping';
import { readAllPages } from './read-all-pages';
import { resolveList } from './resolve-list';
import { toMeasuresError } from './to-measures-error';
import { MeasuresError } from './errors';

/** The plans list (`Oppfølgingsplaner`): small, one item per plan, read whole. */
export type PlansApi = {
  // GET /sites/{site}/lists/{plans-list}/items?$expand=fields($select=…)&$top=500, all pages.
  // A site provisioned before the plans list existed answers 404: a MeasuresError 'not-found'.
  listPlans(options?: { signal?: AbortSignal }): Promise<Plan[]>;
  // POST /sites/{site}/lists/{plans-list}/items { fields }: a new plan (one per case number)
  createPlan(plan: NewPlan): Promise<Plan>;
  // PATCH …/items/{id}/fields with If-Match; a 412 is a conflict (someone saved the plan first)
  updatePlan(id: string, etag: string, patch: Partial<NewPlan>): Promise<Plan>;
};

/** What the plan form writes. */
export type NewPlan = Omit<Plan, 'id' | 'etag'>;

function planFields(plan: Partial<NewPlan>): Record<string, string | null> {
  const fields: Record<string, string | null> = {};
  const optional = (value: string) => (value === '' ? null : value);
  if (plan.title !== undefined) fields['Title'] = plan.title;
  if (plan.caseNumber !== undefined) fields['CaseNumber'] = plan.caseNumber.trim();
  if (plan.evaluation !== undefined) fields['Evaluation'] = optional(plan.evaluation);
  if (plan.planDate !== undefined) fields['PlanDate'] = plan.planDate;
  if (plan.reportDue !== undefined) fields['ReportDue'] = plan.reportDue;
  if (plan.deadlineRule !== undefined) fields['DeadlineRule'] = optional(plan.deadlineRule);
  if (plan.coordinator !== undefined) fields['Coordinator'] = optional(plan.coordinator);
  if (plan.planState !== undefined) fields['PlanState'] = plan.planState;
  if (plan.memoSettings !== undefined) fields['MemoSettings'] = optional(plan.memoSettings);
  return fields;
}

const EXPAND_PLAN_FIELDS = `fields($select=${PLAN_FIELDS.join(',')})`;

export function createGraphPlansApi(client: Client, location: ListLocation): PlansApi {
  async function itemsPath(): Promise<string> {
    const { siteId, listId } = await resolveList(client, location);
    return `/sites/${siteId}/lists/${listId}/items`;
  }

  async function readPlan(id: string): Promise<Plan> {
    const item = (await client
      .api(`${await itemsPath()}/${encodeURIComponent(id)}`)
      .select([...ITEM_PROPERTIES])
      .expand(EXPAND_PLAN_FIELDS)
      .get()) as ListItemJson;
    return toPlan(item);
  }

  return {
    async createPlan(plan) {
      try {
        const existing = await this.listPlans();
        if (existing.some((p) => p.caseNumber === plan.caseNumber.trim())) {
          throw new MeasuresError('invalid', `A plan with case number ${plan.caseNumber} exists.`, {
            status: 409,
            code: 'nameAlreadyExists',
          });
        }
        const created = (await client
          .api(await itemsPath())
          .post({ fields: planFields(plan) })) as ListItemJson;
        return toPlan(created);
      } catch (error) {
        throw toMeasuresError(error);
      }
    },

    async updatePlan(id, etag, patch) {
      try {
        await client
          .api(`${await itemsPath()}/${encodeURIComponent(id)}/fields`)
          .header('If-Match', etag)
          .patch(planFields(patch));
        return await readPlan(id);
      } catch (error) {
        throw toMeasuresError(error);
      }
    },

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
