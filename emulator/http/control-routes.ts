// The emulator's own endpoints under /_emulator/ (not Graph): faults, outage, latency, a list's
// versioning settings, reset, health. Used by browser tests and by hand (curl).
import type { EmulatorRuntime } from './emulator-runtime';
import { parseFaultSpec } from './faults';
import { isPlainObject } from './graph-request';
import type { VersioningSettings } from '../sharepoint/state';

/**
 * A list's versioning settings as a site owner sets them (List settings → Versioning settings;
 * Graph v1.0 has no endpoint for them): `{ list, enabled, majorVersionLimit? }`.
 */
export function setVersioning(
  runtime: EmulatorRuntime,
  input: unknown,
): { list: string; versioning: VersioningSettings } {
  if (!isPlainObject(input) || typeof input.list !== 'string' || typeof input.enabled !== 'boolean')
    throw new Error(
      'Send { "list": "<title or id>", "enabled": true | false, "majorVersionLimit"?: n }.',
    );
  const limit = input.majorVersionLimit ?? 50;
  // SharePoint Online takes 1 to 50,000 major versions.
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 50_000)
    throw new Error('majorVersionLimit must be a whole number from 1 to 50000.');
  const wanted = input.list.toLowerCase();
  const list = runtime.store.state.lists.find(
    (candidate) => candidate.id === input.list || candidate.displayName.toLowerCase() === wanted,
  );
  if (!list) throw new Error(`No list '${input.list}'.`);
  list.versioning = { enabled: input.enabled, majorVersionLimit: limit };
  return { list: list.displayName, versioning: list.versioning };
}

export type ControlResponse = { status: number; json: unknown };

function ok(json: unknown): ControlResponse {
  return { status: 200, json };
}

function refused(message: string, status = 400): ControlResponse {
  return { status, json: { error: { code: 'badEmulatorRequest', message } } };
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  return JSON.parse(body.toString('utf8'));
}

export function health(runtime: EmulatorRuntime) {
  const { state } = runtime.store;
  return {
    status: 'ok',
    siteId: state.site.id,
    sitePath: `${state.site.hostname}:${state.site.path}`,
    lists: state.lists.map((list) => ({
      id: list.id,
      displayName: list.displayName,
      items: list.items.length,
    })),
    requestCount: runtime.requestCount,
    latencyMs: runtime.latencyMs,
    down: runtime.down,
    pendingFaults: runtime.faults.pending(),
  };
}

export async function handleControl(
  runtime: EmulatorRuntime,
  method: string,
  action: string,
  body: Buffer,
): Promise<ControlResponse> {
  let input: unknown;
  try {
    input = parseJson(body);
  } catch {
    return refused('The body is not valid JSON.');
  }
  try {
    switch (`${method} ${action}`) {
      case 'GET health':
        return ok(health(runtime));
      case 'POST faults': {
        const specs = (Array.isArray(input) ? input : [input]).map(parseFaultSpec);
        for (const spec of specs) runtime.faults.add(spec);
        return ok({ pendingFaults: runtime.faults.pending() });
      }
      case 'DELETE faults':
        runtime.faults.clear();
        return ok({ pendingFaults: 0 });
      case 'POST outage':
        if (!isPlainObject(input) || typeof input.down !== 'boolean')
          return refused('Send { "down": true | false }.');
        runtime.down = input.down;
        return ok({ down: runtime.down });
      case 'POST latency':
        if (!isPlainObject(input) || typeof input.ms !== 'number' || input.ms < 0)
          return refused('Send { "ms": <number ≥ 0> }.');
        runtime.latencyMs = input.ms;
        return ok({ latencyMs: runtime.latencyMs });
      case 'POST versioning': {
        const result = setVersioning(runtime, input);
        await runtime.store.commit();
        return ok(result);
      }
      case 'POST reset':
        await runtime.store.reset();
        runtime.faults.clear();
        runtime.down = false;
        return ok(health(runtime));
      default:
        return refused(`No emulator endpoint ${method} /_emulator/${action}.`, 404);
    }
  } catch (error) {
    return refused(error instanceof Error ? error.message : String(error));
  }
}
