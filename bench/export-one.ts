// One export benchmark in a fresh process (so its peak memory is its own): `tsx bench/export-one.ts N`.
// Prints JSON: our build + pack time, docx's own Packer time for the same document, peak RSS.
import { Packer } from 'docx';
import { generateMeasures } from '../emulator/seed/generated-measures';
import { toMeasure } from '../src/graph';
import { buildNotat } from '../src/memo/build-notat';
import { defaultMemoSettings } from '../src/memo/memo-settings';
import { packNotat } from '../src/memo/pack-notat';
import type { Measure } from '../src/domain';
import { median } from './stats';

const count = Number(process.argv[2] ?? 100);
const runs = Number(process.argv[3] ?? 3);

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

// Warm up the JIT on a small memo so the first measured run is not mostly compilation.
await packNotat(buildNotat({ measures: measuresOf(10), settings }));

const ours: number[] = [];
const build: number[] = [];
const floor: number[] = [];
let bytes = 0;
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  const doc = buildNotat({ measures, settings });
  const built = performance.now();
  bytes = (await packNotat(doc)).length;
  ours.push(performance.now() - start);
  build.push(built - start);

  // docx's floor: Packer alone, on an identical document built outside the timing.
  const same = buildNotat({ measures, settings });
  const packStart = performance.now();
  await Packer.toArrayBuffer(same);
  floor.push(performance.now() - packStart);
}

console.log(
  JSON.stringify({
    measures: count,
    oursMs: median(ours),
    buildMs: median(build),
    packerMs: median(floor),
    bytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
