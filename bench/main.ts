// `npm run bench`: numbers and ratios, printed; nothing here is asserted by the tests.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { benchPlansInBrowser } from './browser-plan';
import { printPlanRuns } from './browser-report';
import { benchBundle } from './bundle-size';
import { benchLoadMeasures, PAGE_SIZE } from './load-measures';
import { kib, ms } from './stats';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

console.log(`Oppfølging benchmarks (Node ${process.version}, ${new Date().toISOString()})\n`);

// `npm run bench -- --browser`: only the tab in Chromium (section 4), against the build in dist/.
const browserOnly = process.argv.includes('--browser');
if (browserOnly) {
  await benchBrowser();
  process.exit(0);
}

async function benchBrowser() {
  console.log(
    '4. The production build in Chromium: 14, 1,000 and 5,000 measures, ×4 = CPU slowed 4 times',
  );
  printPlanRuns(await benchPlansInBrowser());
}

console.log(
  `1. Loading every measure through src/graph from the emulator ($top=${PAGE_SIZE}, 5 runs)`,
);
console.log('   measures  requests  median     min');
for (const count of [100, 1_000, 5_000]) {
  const r = await benchLoadMeasures(count);
  console.log(
    `   ${String(r.measures).padStart(8)}  ${String(r.requests).padStart(8)}  ${ms(r.medianMs).padStart(9)}  ${ms(r.minMs).padStart(9)}`,
  );
}

console.log('\n2. Production bundle (vite build)');
const bundle = await benchBundle();
const initialGzip = bundle.initial.reduce((sum, c) => sum + c.gzipBytes, 0);
const initialRaw = bundle.initial.reduce((sum, c) => sum + c.bytes, 0);
console.log(
  `   initial JavaScript: ${kib(initialGzip)} gzip (${kib(initialRaw)} raw) in ${bundle.initial.length} file(s)`,
);
for (const c of bundle.initial) console.log(`     ${c.file}  ${kib(c.gzipBytes)} gzip`);
console.log('   loaded lazily:');
for (const c of bundle.lazy)
  console.log(`     ${c.file}  ${kib(c.gzipBytes)} gzip (${kib(c.bytes)} raw)`);

console.log("\n3. Memo export: buildNotat + pack, against docx's own Packer for the same document");
console.log('   (each size in a fresh process; median of 3 runs; ratio = ours / Packer alone)');
console.log('   measures     ours   Packer  ratio   .docx size   peak RSS');
for (const count of [10, 100, 1_000, 5_000]) {
  const { stdout } = await run('npx', ['tsx', 'bench/export-one.ts', String(count)], {
    cwd: root,
    maxBuffer: 1 << 20,
  });
  const lastLine = stdout.trim().split('\n').at(-1) ?? '{}';
  const r = JSON.parse(lastLine) as {
    measures: number;
    oursMs: number;
    packerMs: number;
    bytes: number;
    peakRssBytes: number;
  };
  console.log(
    `   ${String(r.measures).padStart(8)} ${ms(r.oursMs).padStart(9)} ${ms(r.packerMs).padStart(9)} ${(r.oursMs / r.packerMs).toFixed(2).padStart(5)}x ${kib(r.bytes).padStart(12)} ${`${(r.peakRssBytes / 2 ** 20).toFixed(0)} MiB`.padStart(10)}`,
  );
}
const docxChunk = bundle.lazy.find((c) => /docx|memo|worker/i.test(c.file));
if (docxChunk)
  console.log(`\n   lazy docx chunk: ${docxChunk.file}  ${kib(docxChunk.gzipBytes)} gzip`);

// The bundle step above built dist/ for production: the browser runs drive that build.
console.log('');
await benchBrowser();
