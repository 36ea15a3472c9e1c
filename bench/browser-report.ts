// Prints the browser runs as one table: a row per measure, a column per plan size and throttling,
// and the goal with whether the 5,000-measure plan (unthrottled) meets it.
import type { PlanRun } from './browser-plan';

type Row = {
  label: string;
  value: (run: PlanRun) => number | null;
  format: (value: number) => string;
  goal: string;
  meets: (value: number) => boolean;
};

const msText = (v: number) => `${Math.round(v)} ms`;

const ROWS: Row[] = [
  {
    label: 'first measure visible',
    value: (r) => r.firstMeasureMs,
    format: msText,
    goal: '≤ 1500 ms',
    meets: (v) => v <= 1500,
  },
  {
    label: 'DOM elements',
    value: (r) => r.domElements,
    format: String,
    goal: '≤ 3000',
    meets: (v) => v <= 3000,
  },
  {
    label: 'longest task, typing',
    value: (r) => r.typingLongestMs,
    format: msText,
    goal: '≤ 50 ms',
    meets: (v) => v <= 50,
  },
  {
    label: 'slowest key press',
    value: (r) => r.typingLatencyMs,
    format: msText,
    goal: '(info)',
    meets: () => true,
  },
  {
    label: 'longest task, scrolling',
    value: (r) => r.scrollLongestMs,
    format: msText,
    goal: '≤ 50 ms',
    meets: (v) => v <= 50,
  },
  {
    label: 'longest task, unit ⇄ caseworker',
    value: (r) => r.switchLongestMs,
    format: msText,
    goal: '≤ 100 ms',
    meets: (v) => v <= 100,
  },
  {
    label: 'JS heap',
    value: (r) => r.heapMiB,
    format: (v) => `${v.toFixed(1)} MB`,
    goal: '≤ 60 MB',
    meets: (v) => v <= 60,
  },
  {
    label: 'idle refresh: requests',
    value: (r) => r.idleRequests,
    format: String,
    goal: '1',
    meets: (v) => v <= 1,
  },
  {
    label: 'idle refresh: bytes',
    value: (r) => r.idleBytes,
    format: (v) => `${(v / 1024).toFixed(1)} kB`,
    goal: '≤ 2 kB',
    meets: (v) => v <= 2048,
  },
  {
    label: 'idle refresh: longest task',
    value: (r) => r.idleLongestMs,
    format: msText,
    goal: 'none > 50 ms',
    meets: (v) => v <= 50,
  },
  {
    label: 'after 10 changes: requests',
    value: (r) => r.changedRequests,
    format: String,
    goal: '≤ 2',
    meets: (v) => v <= 2,
  },
  {
    label: 'after 10 changes: longest task',
    value: (r) => r.changedLongestMs,
    format: msText,
    goal: '(info)',
    meets: () => true,
  },
];

export function printPlanRuns(runs: readonly PlanRun[]): void {
  const columns = runs.map(
    (r) => `${r.measures.toLocaleString('en')}${r.throttle > 1 ? ` ×${r.throttle}` : ''}`,
  );
  const width = 11;
  const labelWidth = 34;
  console.log(
    `   ${''.padEnd(labelWidth)}${columns.map((c) => c.padStart(width)).join('')}   goal           5,000 ×1`,
  );
  const target = runs.find((r) => r.measures === 5_000 && r.throttle === 1);
  for (const row of ROWS) {
    const cells = runs.map((r) => {
      const value = row.value(r);
      return (value === null ? '—' : row.format(value)).padStart(width);
    });
    const value = target ? row.value(target) : null;
    const verdict = value === null ? '' : row.meets(value) ? 'meets' : 'MISSES';
    console.log(
      `   ${row.label.padEnd(labelWidth)}${cells.join('')}   ${row.goal.padEnd(15)}${verdict}`,
    );
  }
  for (const run of runs) {
    for (const note of run.notes)
      console.log(
        `   note (${run.measures}${run.throttle > 1 ? ` ×${run.throttle}` : ''}): ${note}`,
      );
  }
}
