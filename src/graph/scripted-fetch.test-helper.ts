/** A request as the fake fetch saw it. */
export type SeenRequest = {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: BodyInit | null | undefined;
};

/**
 * For unit tests of the Graph layer: a fetch that records each request and answers from a
 * script, one response per call, and fails the test on a request the script did not expect.
 */
export function scriptedFetch(responses: (() => Response)[]): {
  fetch: typeof fetch;
  seen: SeenRequest[];
} {
  const seen: SeenRequest[] = [];
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    seen.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: init?.body,
    });
    const next = responses.shift();
    if (!next) throw new Error(`unexpected request ${init?.method ?? 'GET'} ${String(input)}`);
    return next();
  };
  return { fetch: fake, seen };
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
}
