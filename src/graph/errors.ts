import type { Contribution, Measure } from '../domain';

/**
 * What went wrong talking to the list, in the terms the tab acts on.
 * - conflict: 412, someone saved first (`current` is their version, when it could be read)
 * - throttled: 429/503 still failing after the client's retries
 * - not-found: 404, the site, list or item is gone
 * - forbidden: 403, no access to the list
 * - unauthorized: 401, the token was refused
 * - invalid: 400, the list refused the values (unknown field, choice outside the list, …)
 * - network: no answer at all (offline, DNS, CORS)
 * - server: any other 5xx
 */
export type GraphErrorKind =
  | 'conflict'
  | 'throttled'
  | 'not-found'
  | 'forbidden'
  | 'unauthorized'
  | 'invalid'
  | 'network'
  | 'server';

export class MeasuresError extends Error {
  readonly kind: GraphErrorKind;
  /** HTTP status, 0 when there was no response. */
  readonly status: number;
  /** Graph's `error.code`, e.g. `resourceModified`, when the response had one. */
  readonly code: string | undefined;
  /** For `conflict`: the item as it is now on the server. */
  readonly current: Measure | undefined;
  /** For `conflict` on a contribution: the contribution as it is now on the server. */
  readonly currentContribution: Contribution | undefined;

  constructor(
    kind: GraphErrorKind,
    message: string,
    options: {
      status?: number;
      code?: string;
      current?: Measure;
      currentContribution?: Contribution;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'MeasuresError';
    this.kind = kind;
    this.status = options.status ?? 0;
    this.code = options.code;
    this.current = options.current;
    this.currentContribution = options.currentContribution;
  }
}

export function isMeasuresError(error: unknown): error is MeasuresError {
  return error instanceof MeasuresError;
}
