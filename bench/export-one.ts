// One export benchmark in a fresh process (so its peak memory is its own):
// `node --expose-gc --import tsx bench/export-one.ts N [runs]`. Prints JSON.
//
// Fair by construction: each contestant is warmed up at the size being timed, the order of the
// contestants rotates from run to run (so neither always runs on a heap the other just filled),
// and the heap is collected before each timing when `--expose-gc` allows it.
// - build: buildNotat against the same notat built straight from docx's constructors
//   (docx-direct.ts), which is what building it costs docx alone;
// - pack: our path (packNotat, then the Blob the tab downloads) against docx's Packer.toBlob and
//   Packer.toBuffer, each packing a Document built the same way, outside the timing.
import { readFileSync } from 'node:fs';
import { Packer } from 'docx';
import { generateMeasures } from '../emulator/seed/generated-measures';
import { toMeasure } from '../src/graph';
import { buildNotat } from '../src/memo/build-notat';
import { defaultMemoSettings } from '../src/memo/memo-settings';
import { packNotat, toDocxBlob } from '../src/memo/pack-notat';
import type { Measure } from '../src/domain';
import { directNotat, outlineOf, sameBody } from './docx-direct';

/**
 * This process's own peak resident memory. Linux keeps `maxRSS` across exec, so a child of
 * `npm run bench` (which has just run vite build) would report its parent's peak; the kernel's
 * high-water mark of this address space (`VmHWM`) is this process's alone.
 */
function peakRssBytes(): number {
  try {
    const kib = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kib) return Number(kib) * 1024;
  } catch {
    // Not Linux: fall through to what Node reports.
  }
  return process.resourceUsage().maxRSS * 1024;
}

const count = Number(process.argv[2] ?? 100);
const runs = Math.max(5, Number(process.argv[3] ?? 7));
const WARM_UP_ROUNDS = 2;

function measuresOf(n: number): Measure[] {
  return generateMeasures(n).map((seed, index) =>
    toMeasure({
      id: String(index + 1),
      eTag: `"bench,${index + 1}"`,
      createdDateTime: seed.createdDateTime,
      fields: seed.fields,
    }),
  );
}

const measures = measuresOf(count);
const settings = {
  ...defaultMemoSettings({
    caseNumber: '99/00001',
    measures,
    userName: 'Benchmark',
    today: new Date(2026, 10, 23),
  }),
  caseNumber: '99/00001-1',
  to: 'Utenriksrådets kontor',
  from: 'Seksjon for humanitære spørsmål',
  includeAppendix: true,
};

const ourNotat = () => buildNotat({ measures, settings });
const ourBytes = await packNotat(ourNotat());
const outline = await outlineOf(ourBytes);
const directBytes = new Uint8Array(await Packer.toArrayBuffer(directNotat(outline)));
if (!(await sameBody(ourBytes, directBytes))) {
  throw new Error('docx-direct.ts builds a different body than buildNotat: the race is not fair');
}

/** `prepare` runs before the clock starts and returns what is timed. */
type Contestant = { name: string; prepare: () => () => unknown };

const builders: Contestant[] = [
  { name: 'buildNotat', prepare: () => ourNotat },
  { name: 'docx direct', prepare: () => () => directNotat(outline) },
];
// Each packer gets a Document of its own, built the same way.
const packers: Contestant[] = [
  {
    name: 'packNotat',
    prepare: () => {
      const doc = ourNotat();
      return async () => toDocxBlob(await packNotat(doc));
    },
  },
  {
    name: 'Packer.toBlob',
    prepare: () => {
      const doc = ourNotat();
      return () => Packer.toBlob(doc);
    },
  },
  {
    name: 'Packer.toBuffer',
    prepare: () => {
      const doc = ourNotat();
      return () => Packer.toBuffer(doc);
    },
  },
];

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function timeOnce(contestant: Contestant): Promise<number> {
  const timed = contestant.prepare();
  collect();
  const start = performance.now();
  await timed();
  return performance.now() - start;
}

/** Each contestant's times, `runs` each, the order rotating by one every run. */
async function race(contestants: readonly Contestant[]): Promise<Record<string, number[]>> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const contestant of contestants) await timeOnce(contestant);
  }
  const times: Record<string, number[]> = {};
  for (let run = 0; run < runs; run++) {
    for (let slot = 0; slot < contestants.length; slot++) {
      const contestant = contestants[(run + slot) % contestants.length];
      if (!contestant) continue;
      (times[contestant.name] ??= []).push(await timeOnce(contestant));
    }
  }
  return times;
}

const build = await race(builders);
const pack = await race(packers);

console.log(
  JSON.stringify({
    measures: count,
    runs,
    gc: 'gc' in globalThis,
    build,
    pack,
    bytes: ourBytes.length,
    peakRssBytes: peakRssBytes(),
  }),
);
