import type { GraphError } from '@microsoft/microsoft-graph-client';
import type { Contribution, Measure } from '../domain';
import { MeasuresError, type GraphErrorKind } from './errors';

/**
 * The `name` of the error our authentication provider throws when no token could be had
 * (create-graph-client.ts). The SDK turns it into a GraphError without a status and keeps the
 * name as `code`, which is how it is told apart from a network failure here.
 */
export const TOKEN_UNAVAILABLE = 'TokenUnavailable';

function kindOfStatus(status: number): GraphErrorKind {
  if (status === 412) return 'conflict';
  if (status === 429 || status === 503) return 'throttled';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 403) return 'forbidden';
  if (status === 401) return 'unauthorized';
  if (status >= 500) return 'server';
  // 400 and the rarer 4xx (405, 409, 413, 422): the list refused the request as it was.
  return 'invalid';
}

/** The SDK leaves a response body that was not Graph's JSON error (a proxy's page, plain text) in `body`. */
function messageOf(error: GraphError): string {
  if (error.message) return error.message;
  if (typeof error.body === 'string' && error.body.trim() !== '') return error.body.trim();
  return error.statusCode > 0 ? `HTTP ${error.statusCode}` : 'No response from the server';
}

/**
 * Duck-typed rather than `instanceof`: a bundler may load the SDK twice (its CJS and ES builds),
 * and then a GraphError from one copy is no instance of the other's class.
 */
function isGraphError(error: unknown): error is GraphError {
  return (
    error instanceof Error &&
    typeof (error as Partial<GraphError>).statusCode === 'number' &&
    'body' in error
  );
}

/**
 * Any failure from the Graph client → MeasuresError: a GraphError by its HTTP status (Graph's own
 * message kept, so a refused value says which field), anything without a status (fetch's
 * TypeError, DNS, CORS, offline) as 'network'.
 */
export function toMeasuresError(
  error: unknown,
  options: { current?: Measure; currentContribution?: Contribution } = {},
): MeasuresError {
  if (error instanceof MeasuresError) return error;
  if (isGraphError(error)) {
    const code = error.code ?? undefined;
    if (error.statusCode > 0) {
      return new MeasuresError(kindOfStatus(error.statusCode), messageOf(error), {
        status: error.statusCode,
        code,
        current: options.current,
        currentContribution: options.currentContribution,
        cause: error,
      });
    }
    const kind = code === TOKEN_UNAVAILABLE ? 'unauthorized' : 'network';
    return new MeasuresError(kind, messageOf(error), { code, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new MeasuresError('network', message || 'No response from the server', { cause: error });
}
