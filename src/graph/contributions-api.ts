import type { Client } from '@microsoft/microsoft-graph-client';
import type { Contribution, ContributionUpdate } from '../domain';
import { ITEM_PROPERTIES, type ListItemJson } from './field-mapping';
import {
  CONTRIBUTION_FIELDS,
  CONTRIBUTIONS_LIST_TITLE,
  contributionUpdateFields,
  newContributionFields,
  toContribution,
} from './contribution-mapping';
import { PREFER_NON_INDEXED } from './item-query';
import type { ListLocation } from './measures-api';
import { readAllPages } from './read-all-pages';
import { resolveList } from './resolve-list';
import { toMeasuresError } from './to-measures-error';
import { MeasuresError } from './errors';

/** The contributions list (`Oppfølgingsinnspill`): one item per measure and contributing unit. */
export type ContributionsApi = {
  // GET …/items?$expand=fields($select=…)&$filter=fields/CaseNumber eq '…', all pages
  listContributions(options: { caseNumber: string; signal?: AbortSignal }): Promise<Contribution[]>;
  /**
   * Writes a unit's input. With the unit's item (`existing`): PATCH …/items/{id}/fields with
   * If-Match, a 412 is a conflict carrying the current item. Without one: POST a new item, unless
   * another window made it first, which is a conflict too, so nothing is overwritten.
   */
  saveContribution(input: {
    existing: Pick<Contribution, 'id' | 'etag'> | null;
    measure: { id: string; title: string; caseNumber: string };
    unit: string;
    update: ContributionUpdate;
    reportedBy: string;
    now?: Date;
  }): Promise<Contribution>;
};

const EXPAND = `fields($select=${CONTRIBUTION_FIELDS.join(',')})`;

function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

export function createGraphContributionsApi(
  client: Client,
  location: Pick<ListLocation, 'site'>,
): ContributionsApi {
  async function itemsPath(): Promise<string> {
    const { siteId, listId } = await resolveList(client, {
      site: location.site,
      list: CONTRIBUTIONS_LIST_TITLE,
    });
    return `/sites/${siteId}/lists/${listId}/items`;
  }

  async function readItem(id: string): Promise<Contribution> {
    const item = (await client
      .api(`${await itemsPath()}/${encodeURIComponent(id)}`)
      .select([...ITEM_PROPERTIES])
      .expand(EXPAND)
      .get()) as ListItemJson;
    return toContribution(item);
  }

  async function find(caseNumber: string, measureId: string, unit: string) {
    const filter = encodeURIComponent(
      `fields/CaseNumber eq ${odataString(caseNumber)} and fields/Unit eq ${odataString(unit)}`,
    );
    const request = client
      .api(await itemsPath())
      .select([...ITEM_PROPERTIES])
      .expand(EXPAND)
      .filter(filter)
      .top(500);
    const items = await readAllPages<ListItemJson>(client, request, undefined, PREFER_NON_INDEXED);
    return items.map(toContribution).find((c) => c.measureId === measureId);
  }

  return {
    async listContributions({ caseNumber, signal }) {
      try {
        const request = client
          .api(await itemsPath())
          .select([...ITEM_PROPERTIES])
          .expand(EXPAND)
          .filter(encodeURIComponent(`fields/CaseNumber eq ${odataString(caseNumber)}`))
          .top(500);
        const items = await readAllPages<ListItemJson>(client, request, signal, PREFER_NON_INDEXED);
        return items.map(toContribution).filter((c) => c.measureId !== '' && c.unit !== '');
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        throw toMeasuresError(error);
      }
    },

    async saveContribution({ existing, measure, unit, update, reportedBy, now = new Date() }) {
      const values = contributionUpdateFields(update, reportedBy, now);
      if (existing) {
        try {
          await client
            .api(`${await itemsPath()}/${encodeURIComponent(existing.id)}/fields`)
            .header('If-Match', existing.etag)
            .patch(values);
        } catch (error) {
          if (statusOf(error) !== 412) throw toMeasuresError(error);
          let current: Contribution | undefined;
          try {
            current = await readItem(existing.id);
          } catch {
            current = undefined;
          }
          throw toMeasuresError(error, { currentContribution: current });
        }
        try {
          return await readItem(existing.id);
        } catch (error) {
          throw toMeasuresError(error);
        }
      }
      try {
        const other = await find(measure.caseNumber, measure.id, unit);
        if (other) {
          throw new MeasuresError(
            'conflict',
            `${unit} has already written input on this measure.`,
            {
              status: 412,
              currentContribution: other,
            },
          );
        }
        const fields = {
          ...newContributionFields({
            measureId: measure.id,
            measureTitle: measure.title,
            caseNumber: measure.caseNumber,
            unit,
          }),
          ...values,
        };
        const created = (await client.api(await itemsPath()).post({ fields })) as ListItemJson;
        return toContribution(created);
      } catch (error) {
        throw toMeasuresError(error);
      }
    },
  };
}
