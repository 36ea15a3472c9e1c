// The memo export in Chromium, against the production build: the longest main-thread task from
// the click on «Last ned» to the download (the memo is built in a worker), and while typing in
// the dialog's introduction with the live preview beside it. Used by `npm run bench`.
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../tests/support/app';
import { newAppContext, openAs } from '../tests/support/browser';
import { benchEachSizeAndThrottle } from './browser-runs';

export type ExportRun = {
  measures: number;
  /** CPU slowdown (Emulation.setCPUThrottlingRate). */
  throttle: number;
  /** Longest task from the click to the download: the first export (the worker starts). */
  firstLongestMs: number | null;
  /** The same for a second export, with the worker kept from the first. */
  secondLongestMs: number | null;
  /** From the click to the download, second export. */
  secondMs: number | null;
  /** Longest task while 20 characters are typed into the introduction (the preview follows). */
  typingLongestMs: number | null;
  notes: string[];
};

export const EXPORT_SIZES = [
  { measures: 14, plan: '11/10298', extra: 0 },
  { measures: 5_000, plan: '99/00001', extra: 5_000 },
] as const;

const STEP_TIMEOUT_MS = 180_000;
/** The goal: no main-thread task over this from the click to the download. */
const EXPORT_LONGEST_TASK_GOAL_MS = 50;

// A string, not a function: tsx's keepNames would wrap inner functions in a helper the page lacks.
const INSTRUMENT = `(() => {
  const tasks = [];
  window.__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

const now = (page: Page) => page.evaluate(() => performance.now());

async function longestBetween(page: Page, from: number, to: number): Promise<number> {
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
  );
  return tasks
    .filter((t) => t.start >= from && t.start <= to)
    .reduce((max, t) => Math.max(max, t.duration), 0);
}

async function timedDownload(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Eksporter notat' });
  const from = await now(page);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }),
    dialog.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  const to = await now(page);
  await download.cancel();
  return { longest: await longestBetween(page, from, to), ms: to - from };
}

async function benchExport(
  browser: Browser,
  app: RunningApp,
  size: (typeof EXPORT_SIZES)[number],
  throttle: number,
): Promise<ExportRun> {
  const run: ExportRun = {
    measures: size.measures,
    throttle,
    firstLongestMs: null,
    secondLongestMs: null,
    secondMs: null,
    typingLongestMs: null,
    notes: [],
  };
  const context = await newAppContext(browser);
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await openAs(page, `${app.url}?plan=${encodeURIComponent(size.plan)}`, 'Saksbehandler');
    await page.getByRole('button', { name: 'Eksporter notat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksporter notat' });
    const intro = dialog.getByRole('textbox', { name: 'Innledning', exact: true });
    await intro.waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await intro.click();
    await page.keyboard.press('End');
    const typingFrom = await now(page);
    await page.keyboard.type(' Rapportert per mai.', { delay: 60 });
    run.typingLongestMs = await longestBetween(page, typingFrom, await now(page));
    run.firstLongestMs = (await timedDownload(page)).longest;
    const second = await timedDownload(page);
    run.secondLongestMs = second.longest;
    run.secondMs = second.ms;
  } catch (error) {
    run.notes.push(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  } finally {
    await context.close();
  }
  return run;
}

export async function benchExportsInBrowser(): Promise<ExportRun[]> {
  return benchEachSizeAndThrottle(EXPORT_SIZES, benchExport);
}

const cell = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);

/** The goal is set for an ordinary machine (×1); the slowed runs are told, not judged. */
function verdict(run: ExportRun): string {
  if (run.throttle !== 1) return '(info)';
  const longest = [run.firstLongestMs, run.secondLongestMs];
  if (longest.some((ms) => ms === null)) return 'not measured';
  return longest.every((ms) => ms !== null && ms <= EXPORT_LONGEST_TASK_GOAL_MS)
    ? 'meets'
    : 'misses';
}

export function printExportRuns(runs: readonly ExportRun[]): void {
  console.log(
    '   measures  CPU  typing (longest)  1st export (longest)  2nd export (longest)  2nd click→download  goal at ×1',
  );
  for (const r of runs) {
    console.log(
      `   ${String(r.measures).padStart(8)}  ×${r.throttle}  ${cell(r.typingLongestMs).padStart(16)}  ${cell(r.firstLongestMs).padStart(20)}  ${cell(r.secondLongestMs).padStart(20)}  ${cell(r.secondMs).padStart(18)}  ${verdict(r)}`,
    );
    for (const note of r.notes) console.log(`             note: ${note}`);
  }
  console.log(
    `   goal: no task over ${EXPORT_LONGEST_TASK_GOAL_MS} ms from click to download (first and second export)`,
  );
}

if (process.argv[1]?.endsWith('browser-export.ts')) {
  printExportRuns(await benchExportsInBrowser());
}
