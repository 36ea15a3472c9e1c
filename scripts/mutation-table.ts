// `npx tsx scripts/mutation-table.ts [reports/mutation/mutation.json]`: the per-file table of a
// mutation run (README, "Testing"). Also reads a JSON-lines log with one mutant per line
// ({ file, status }), for following a long run while it goes.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

type Counts = {
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  ignored: number;
  other: number;
};

function mutantsOf(path: string): { file: string; status: string }[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.jsonl')) {
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { file: string; status: string });
  }
  const report = JSON.parse(text) as { files: Record<string, { mutants: { status: string }[] }> };
  return Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants.map((m) => ({ file, status: m.status })),
  );
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;

const path = process.argv[2] ?? 'reports/mutation/mutation.json';
const byFile = new Map<string, Counts>();
for (const { file, status } of mutantsOf(path)) {
  const name = relative(process.cwd(), resolve(file)).replace(/^.*?(src\/)/, '$1');
  const counts = byFile.get(name) ?? {
    killed: 0,
    survived: 0,
    noCoverage: 0,
    timeout: 0,
    ignored: 0,
    other: 0,
  };
  if (status === 'Killed') counts.killed += 1;
  else if (status === 'Survived') counts.survived += 1;
  else if (status === 'NoCoverage') counts.noCoverage += 1;
  else if (status === 'Timeout') counts.timeout += 1;
  else if (status === 'Ignored') counts.ignored += 1;
  else counts.other += 1;
  byFile.set(name, counts);
}

// "killed" is killed / (killed + survived): of the mutants some test ran, how many a test noticed.
// "covered" is Stryker's own covered score: (killed + timeout) / (killed + timeout + survived).
// "ignored" are the static mutants (stryker.config.mjs, ignoreStatic) and those marked equivalent.
console.log(
  '| file | killed | survived | no coverage | timeout | ignored | killed % | covered % |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const total: Counts = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0, other: 0 };
for (const [file, c] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  if (c.killed + c.survived + c.noCoverage + c.timeout === 0) continue;
  for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += c[key];
  console.log(row(file, c));
}
console.log(row('**all**', total));

function row(file: string, c: Counts): string {
  const detected = c.killed + c.timeout;
  return `| ${file} | ${c.killed} | ${c.survived} | ${c.noCoverage} | ${c.timeout} | ${c.ignored} | ${percent(
    c.killed,
    c.killed + c.survived,
  )} | ${percent(detected, detected + c.survived)} |`;
}
