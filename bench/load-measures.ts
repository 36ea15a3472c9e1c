// How many requests and how long it takes to read every measure of the list through src/graph.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/server';
import { createGraphClient, createGraphMeasuresApi, PAGE_SIZE } from '../src/graph';
import { median } from './stats';

export type LoadResult = { measures: number; requests: number; medianMs: number; minMs: number };

export async function benchLoadMeasures(count: number, runs = 5): Promise<LoadResult> {
  const dir = await mkdtemp(join(tmpdir(), 'oppf-bench-'));
  const emulator = await startEmulator({
    port: 0,
    dataFile: join(dir, 'graph.json'),
    seed: 'empty',
    extraMeasures: count,
    quiet: true,
  });
  try {
    const api = createGraphMeasuresApi(createGraphClient({ baseUrl: emulator.baseUrl }), {
      site: emulator.sitePath,
      list: emulator.listTitle,
    });
    await api.listMeasures(); // warm-up: resolves site and list ids, JIT
    const times: number[] = [];
    let requests = 0;
    for (let run = 0; run < runs; run++) {
      const before = emulator.requestCount();
      const start = performance.now();
      const measures = await api.listMeasures();
      times.push(performance.now() - start);
      requests = emulator.requestCount() - before;
      if (measures.length !== count) {
        throw new Error(`expected ${count} measures, read ${measures.length}`);
      }
    }
    return { measures: count, requests, medianMs: median(times), minMs: Math.min(...times) };
  } finally {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export { PAGE_SIZE };
