import type { Client } from '@microsoft/microsoft-graph-client';
import type { Measure, NewMeasure } from '../domain';
import { toFields, toMeasure, type ListItemJson } from './field-mapping';
import type { ListLocation } from './measures-api';
import { resolveList } from './resolve-list';
import { toMeasuresError } from './to-measures-error';

/** Graph takes at most 20 requests in one JSON batch (concepts/json-batching.md). */
export const BATCH_SIZE = 20;
/** Rounds of retrying the requests Graph asked to wait for (429/503 inside the batch). */
const RETRY_ROUNDS = 3;

export type BatchFailure = {
  /** Index into the measures given. */
  index: number;
  measure: NewMeasure;
  status: number;
  message: string;
};

export type BatchResult = {
  created: { index: number; measure: Measure }[];
  failed: BatchFailure[];
};

type InnerResponse = {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: { error?: { message?: string } } & ListItemJson;
};

function retryAfterSeconds(response: InnerResponse): number {
  const header = Object.entries(response.headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'retry-after',
  )?.[1];
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 30) : 1;
}

const sleep = (seconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * Creates measures with `POST /$batch`, 20 per request. Each inner answer is its own: created
 * items come back mapped; an inner 429 or 503 is sent again after its Retry-After (up to three
 * rounds); anything else (400, 5xx) is reported as failed with Graph's message, so the caller can
 * name the measure. A failure of the batch request itself fails its 20 measures the same way.
 */
export async function createMeasuresBatch(
  client: Client,
  location: ListLocation,
  measures: readonly NewMeasure[],
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<BatchResult> {
  const { siteId, listId } = await resolveList(client, location).catch((error: unknown) => {
    throw toMeasuresError(error);
  });
  const url = `/sites/${siteId}/lists/${listId}/items`;
  const result: BatchResult = { created: [], failed: [] };
  let pending = measures.map((measure, index) => ({ measure, index }));
  for (let round = 0; pending.length > 0; round++) {
    const again: typeof pending = [];
    let wait = 0;
    for (let start = 0; start < pending.length; start += BATCH_SIZE) {
      const chunk = pending.slice(start, start + BATCH_SIZE);
      const requests = chunk.map(({ measure, index }) => ({
        id: String(index),
        method: 'POST',
        url,
        headers: { 'Content-Type': 'application/json' },
        body: {
          fields: toFields({ status: 'Ikke påbegynt', reviewState: 'Ikke vurdert', ...measure }),
        },
      }));
      let responses: InnerResponse[];
      try {
        // POST /$batch { requests: [ { id, method: 'POST', url: '/sites/…/items', body } ×≤20 ] }
        const answer = (await client.api('/$batch').post({ requests })) as {
          responses?: InnerResponse[];
        };
        responses = answer.responses ?? [];
      } catch (error) {
        const failure = toMeasuresError(error);
        for (const { measure, index } of chunk) {
          result.failed.push({ index, measure, status: failure.status, message: failure.message });
        }
        continue;
      }
      for (const { measure, index } of chunk) {
        const response = responses.find((r) => r.id === String(index));
        if (response && response.status >= 200 && response.status < 300 && response.body) {
          result.created.push({ index, measure: toMeasure(response.body) });
        } else if (
          response &&
          (response.status === 429 || response.status === 503) &&
          round < RETRY_ROUNDS
        ) {
          again.push({ measure, index });
          wait = Math.max(wait, retryAfterSeconds(response));
        } else {
          result.failed.push({
            index,
            measure,
            status: response?.status ?? 0,
            message: response?.body?.error?.message ?? 'No answer for this request in the batch.',
          });
        }
      }
      options.onProgress?.(result.created.length, measures.length);
    }
    if (again.length > 0) await sleep(wait);
    pending = again;
  }
  result.created.sort((a, b) => a.index - b.index);
  result.failed.sort((a, b) => a.index - b.index);
  return result;
}
