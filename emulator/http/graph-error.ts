// Graph's error responses: `{ "error": { "code", "message", "innerError": { "request-id", "date" } } }`
// (concepts/errors.md). Handlers throw GraphError; the request handler renders it.

export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'GraphError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export function errorBody(code: string, message: string, requestId: string, date: string) {
  return {
    error: {
      code,
      message,
      innerError: { date, 'request-id': requestId, 'client-request-id': requestId },
    },
  };
}

export function itemNotFound(message = 'The resource could not be found.'): GraphError {
  return new GraphError(404, 'itemNotFound', message);
}

export function invalidRequest(message: string): GraphError {
  return new GraphError(400, 'invalidRequest', message);
}

export function badRequest(message: string): GraphError {
  return new GraphError(400, 'BadRequest', message);
}

export function segmentNotFound(segment: string): GraphError {
  return badRequest(`Resource not found for the segment '${segment}'.`);
}

export function methodNotAllowed(): GraphError {
  return new GraphError(
    405,
    'BadRequest',
    'Specified HTTP method is not allowed for the request target.',
  );
}

export function unknownProperty(property: string, type: string): GraphError {
  return badRequest(
    `Could not find a property named '${property}' on type 'microsoft.graph.${type}'.`,
  );
}
