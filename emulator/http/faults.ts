// Injected failures: the next `count` Graph requests that match answer with the given status,
// in Graph's error shape (for retry and error-path tests). A 429 or 503 carries Retry-After as
// Graph's do (1 second unless the test gives another, or `null` for none, to test a client's
// fallback); a 423 is a file open in Word; a 400 is SharePoint's vague "Invalid request".
import { GraphError } from './graph-error';
import { isPlainObject } from './graph-request';

export type FaultSpec = {
  status: 429 | 503 | 500 | 403 | 401 | 423 | 400;
  /** Seconds in Retry-After; `null` sends none. Absent: 1 on a 429 or 503, none otherwise. */
  retryAfterSeconds?: number | null;
  count: number;
  /** Only requests with this method (any when absent). */
  method?: string;
  /** Only requests whose path and query (decoded or as sent) contain this text. */
  pathIncludes?: string;
};

const FAULTS: Record<FaultSpec['status'], { code: string; message: string }> = {
  429: { code: 'tooManyRequests', message: 'Too many requests. Please try again later.' },
  503: {
    code: 'serviceNotAvailable',
    message: 'The service is temporarily unavailable. Please try again later.',
  },
  500: { code: 'generalException', message: 'General exception while processing.' },
  403: {
    code: 'accessDenied',
    message:
      'Access denied. You do not have permission to perform this action or access this resource.',
  },
  401: {
    code: 'InvalidAuthenticationToken',
    message: 'Access token validation failure. Invalid audience.',
  },
  423: { code: 'resourceLocked', message: 'The resource that is being accessed is locked.' },
  // What SharePoint often answers instead of naming the field or the rule (GRAPH-NOTES, errors).
  400: { code: 'invalidRequest', message: 'Invalid request' },
};

/** What a throttled answer waits by default: short, so a client's retries end within seconds. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

function retryAfterOf(spec: FaultSpec): number | null {
  if (spec.retryAfterSeconds !== undefined) return spec.retryAfterSeconds;
  return spec.status === 429 || spec.status === 503 ? DEFAULT_RETRY_AFTER_SECONDS : null;
}

export function faultError(spec: FaultSpec): GraphError {
  const { code, message } = FAULTS[spec.status];
  const retryAfter = retryAfterOf(spec);
  const headers: Record<string, string> =
    retryAfter === null ? {} : { 'Retry-After': String(retryAfter) };
  return new GraphError(spec.status, code, message, headers);
}

export function outageError(): GraphError {
  // Retry-After 1: the client's three retries end within seconds and then it reports the failure.
  return new GraphError(503, 'serviceNotAvailable', FAULTS[503].message, {
    'Retry-After': String(DEFAULT_RETRY_AFTER_SECONDS),
  });
}

/** Checks a fault spec from outside (the control endpoint or a test); throws a readable Error. */
export function parseFaultSpec(value: unknown): FaultSpec {
  if (!isPlainObject(value))
    throw new Error(
      'A fault is an object { status, count, retryAfterSeconds?, method?, pathIncludes? }.',
    );
  const { status, count, retryAfterSeconds, method, pathIncludes } = value;
  if (typeof status !== 'number' || !(status in FAULTS)) {
    throw new Error(`status must be one of ${Object.keys(FAULTS).join(', ')}.`);
  }
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
    throw new Error('count must be a whole number ≥ 0.');
  if (
    retryAfterSeconds !== undefined &&
    retryAfterSeconds !== null &&
    (typeof retryAfterSeconds !== 'number' || retryAfterSeconds < 0)
  ) {
    throw new Error('retryAfterSeconds must be a number ≥ 0, or null for no Retry-After.');
  }
  if (method !== undefined && typeof method !== 'string')
    throw new Error('method must be a string.');
  if (pathIncludes !== undefined && typeof pathIncludes !== 'string')
    throw new Error('pathIncludes must be a string.');
  const spec: FaultSpec = { status: status as FaultSpec['status'], count };
  if (retryAfterSeconds !== undefined) spec.retryAfterSeconds = retryAfterSeconds;
  if (method !== undefined) spec.method = method;
  if (pathIncludes !== undefined) spec.pathIncludes = pathIncludes;
  return spec;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export class FaultQueue {
  private specs: FaultSpec[] = [];

  add(spec: FaultSpec): void {
    if (spec.count > 0) this.specs.push({ ...parseFaultSpec(spec) });
  }

  clear(): void {
    this.specs = [];
  }

  pending(): number {
    return this.specs.reduce((sum, spec) => sum + spec.count, 0);
  }

  /** The fault this request meets, if any; each match uses up one of its count. */
  take(method: string, target: string): FaultSpec | null {
    const decoded = safeDecode(target);
    const spec = this.specs.find(
      (candidate) =>
        (candidate.method === undefined || candidate.method.toUpperCase() === method) &&
        (candidate.pathIncludes === undefined ||
          target.includes(candidate.pathIncludes) ||
          decoded.includes(candidate.pathIncludes)),
    );
    if (!spec) return null;
    spec.count--;
    if (spec.count <= 0) this.specs = this.specs.filter((candidate) => candidate !== spec);
    return spec;
  }
}
