import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { MeasuresError } from './errors';
import { TOKEN_UNAVAILABLE, toMeasuresError } from './to-measures-error';

function graphError(status: number, code: string | null, message: string): GraphError {
  const error = new GraphError(status, message);
  error.code = code;
  error.body = JSON.stringify({ code, message });
  return error;
}

describe('toMeasuresError', () => {
  it.each([
    [412, 'resourceModified', 'conflict'],
    [429, 'TooManyRequests', 'throttled'],
    [503, 'serviceNotAvailable', 'throttled'],
    [404, 'itemNotFound', 'not-found'],
    [403, 'accessDenied', 'forbidden'],
    [401, 'InvalidAuthenticationToken', 'unauthorized'],
    [400, 'invalidRequest', 'invalid'],
    [409, 'nameAlreadyExists', 'invalid'],
    [500, 'generalException', 'server'],
    [502, null, 'server'],
    [504, null, 'server'],
  ])('HTTP %i (%s) is %s, keeping status and code', (status, code, kind) => {
    const error = toMeasuresError(graphError(status, code, 'Graph says so'));
    expect(error).toBeInstanceOf(MeasuresError);
    expect(error).toMatchObject({ kind, status, code: code ?? undefined });
  });

  it("keeps Graph's message for a refused value", () => {
    const error = toMeasuresError(
      graphError(400, 'invalidRequest', "Field 'Colour' is not recognized"),
    );
    expect(error.message).toBe("Field 'Colour' is not recognized");
  });

  it('says something when the body was not Graph JSON', () => {
    const error = new GraphError(502);
    error.body = '<html>Bad gateway</html>';
    expect(toMeasuresError(error).message).toBe('<html>Bad gateway</html>');
    const bare = new GraphError(500);
    expect(toMeasuresError(bare).message).toBe('HTTP 500');
  });

  it('is a network failure when there was no response', () => {
    // What the SDK makes of fetch's TypeError: no status, the error's name as code.
    const sdkWrapped = new GraphError(-1, 'fetch failed', new TypeError('fetch failed'));
    sdkWrapped.code = 'TypeError';
    expect(toMeasuresError(sdkWrapped)).toMatchObject({ kind: 'network', status: 0 });
    expect(toMeasuresError(new TypeError('Failed to fetch'))).toMatchObject({
      kind: 'network',
      message: 'Failed to fetch',
    });
  });

  it('is unauthorized when no token could be had', () => {
    const error = new GraphError(-1, 'interaction required');
    error.code = TOKEN_UNAVAILABLE;
    expect(toMeasuresError(error)).toMatchObject({ kind: 'unauthorized', status: 0 });
  });

  it('passes a MeasuresError through unchanged', () => {
    const original = new MeasuresError('conflict', 'x', { status: 412 });
    expect(toMeasuresError(original)).toBe(original);
  });
});
