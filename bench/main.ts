// `npm run bench`: numbers and ratios, printed; nothing here is asserted by the tests.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { benchPlansInBrowser, PLAN_SIZES } from './browser-plan';
import { printPlanRuns } from './browser-report';
import { benchBundle } from './bundle-size';
import { benchExportsInBrowser, printExportRuns } from './browser-export';
import { benchLoadMeasures, PAGE_SIZE } from './load-measures';
import { kib, medianAndRange, ms, ratio } from './stats';

type ExportResult = {
  measures: number;
  runs: number;
  gc: boolean;
  build: Record<string, number[]>;
  pack: Record<string, number[]>;
  bytes: number;
  peakRssBytes: number;
};

const run = promisify(execFile);
/** The issue's budget for what the tab loads before it renders: 170 KiB gzip. */
const INITIAL_JS_GOAL_BYTES = 170 * 1024;
const root = resolve(import.meta.dirname, '..');

console.log(`Oppfølging benchmarks (Node ${process.version}, ${new Date().toISOString()})\n`);

// `npm run bench -- --browser [--sizes 14,1000]`: only the tab in Chromium (section 4), against
// the build in dist/ (or OPPF_DIST_DIR) as it is.
const browserOnly = process.argv.includes('--browser');
const sizesArg = process.argv[process.argv.indexOf('--sizes') + 1];
const sizes = process.argv.includes('--sizes')
  ? PLAN_SIZES.filter((size) => (sizesArg ?? '').split(',').map(Number).includes(size.measures))
  : PLAN_SIZES;
if (browserOnly) {
  await benchBrowser();
  process.exit(0);
}

async function benchBrowser() {
  console.log(
    '4. The production build in Chromium: 14, 1,000 and 5,000 measures, ×4 = CPU slowed 4 times',
  );
  printPlanRuns(await benchPlansInBrowser(sizes));
  console.log(
    '\n5. The memo export in Chromium: longest main-thread task, 14 and 5,000 measures, ×1 and ×4 CPU',
  );
  printExportRuns(await benchExportsInBrowser());
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
console.log(
  `   goal ≤ ${kib(INITIAL_JS_GOAL_BYTES)} gzip: ${initialGzip <= INITIAL_JS_GOAL_BYTES ? 'meets' : 'misses'}`,
);
for (const c of bundle.initial) console.log(`     ${c.file}  ${kib(c.gzipBytes)} gzip`);
console.log('   loaded lazily:');
for (const c of bundle.lazy)
  console.log(`     ${c.file}  ${kib(c.gzipBytes)} gzip (${kib(c.bytes)} raw)`);

const EXPORT_RUNS = 7;
console.log(
  '\n3. Memo export, each size in a fresh process (node --expose-gc): two warm-up rounds',
);
console.log(
  `   at the size timed, then ${EXPORT_RUNS} runs with the contestants in rotating order,`,
);
console.log('   the heap collected before each. Median (min–max); ratio = ours / docx by medians.');
const results: ExportResult[] = [];
for (const count of [10, 100, 1_000, 5_000]) {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/export-one.ts', String(count), String(EXPORT_RUNS)],
    { cwd: root, maxBuffer: 1 << 20 },
  );
  results.push(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ExportResult);
}
const cell = (text: string, width: number) => text.padStart(width);
const times = (r: ExportResult, group: 'build' | 'pack', name: string) => r[group][name] ?? [];

console.log(
  "\n   a) Building the Document: buildNotat vs the same notat from docx's constructors alone",
);
console.log(`   measures ${cell('buildNotat', 26)} ${cell('docx direct', 26)} ${cell('ratio', 7)}`);
for (const r of results) {
  const ours = times(r, 'build', 'buildNotat');
  const docx = times(r, 'build', 'docx direct');
  console.log(
    `   ${cell(String(r.measures), 8)} ${cell(medianAndRange(ours), 26)} ${cell(medianAndRange(docx), 26)} ${cell(ratio(ours, docx), 7)}`,
  );
}
console.log(
  "\n   b) Packing it: packNotat (+ the Blob the tab saves) vs docx's Packer, same Document",
);
console.log(
  `   measures ${['packNotat', 'Packer.toBlob'].map((h) => cell(h, 26)).join(' ')} ${cell('ratio', 7)} ${cell('Packer.toBuffer', 26)} ${cell('ratio', 7)}`,
);
for (const r of results) {
  const ours = times(r, 'pack', 'packNotat');
  const blob = times(r, 'pack', 'Packer.toBlob');
  const buffer = times(r, 'pack', 'Packer.toBuffer');
  console.log(
    `   ${cell(String(r.measures), 8)} ${cell(medianAndRange(ours), 26)} ${cell(medianAndRange(blob), 26)} ${cell(ratio(ours, blob), 7)} ${cell(medianAndRange(buffer), 26)} ${cell(ratio(ours, buffer), 7)}`,
  );
}
console.log('\n   c) The file and the process');
console.log('   measures   .docx size   peak RSS   runs  gc');
for (const r of results) {
  console.log(
    `   ${cell(String(r.measures), 8)} ${cell(kib(r.bytes), 12)} ${cell(`${(r.peakRssBytes / 2 ** 20).toFixed(0)} MiB`, 10)} ${cell(String(r.runs), 6)}  ${r.gc ? 'yes' : 'no'}`,
  );
}
const docxChunk = bundle.lazy.find((c) => /docx|memo|worker/i.test(c.file));
if (docxChunk)
  console.log(`\n   lazy docx chunk: ${docxChunk.file}  ${kib(docxChunk.gzipBytes)} gzip`);

// The bundle step built dist/ without tenant settings, which shows the configuration page; the
// browser runs drive the demo build (`npm run build:demo`: the same minified bundle, with the
// emulator's data), as `--browser` alone does.
await build({
  root,
  configFile: join(root, 'vite.config.ts'),
  mode: 'demo',
  logLevel: 'warn',
  build: { outDir: resolve(root, process.env.OPPF_DIST_DIR ?? 'dist'), emptyOutDir: true },
});
console.log('');
await benchBrowser();
