// The production build in Chromium with a plan of N measures: what a user feels, measured from
// inside the page (long tasks from PerformanceObserver, the DOM, the JS heap, the requests and
// bytes the page itself sees). Used by `npm run bench`; nothing here is asserted by the tests.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { actAs as actAsIn, leaveAndComeBack, newAppContext } from '../tests/support/browser';
import type { RunningApp } from '../tests/support/app';
import { benchEachSizeAndThrottle } from './browser-runs';

export type PlanRun = {
  /** Measures in the plan shown. */
  measures: number;
  /** CPU slowdown (Emulation.setCPUThrottlingRate): 1 = this machine, 4 = a modest laptop. */
  throttle: number;
  /** From navigation start to the first measure on screen. */
  firstMeasureMs: number | null;
  domElements: number | null;
  /** Longest task while a report is typed (40 characters). */
  typingLongestMs: number | null;
  /** Slowest key press, from the key event to the next paint (Event Timing). */
  typingLatencyMs: number | null;
  /** Longest task while the page is scrolled from top to bottom. */
  scrollLongestMs: number | null;
  /** Longest task while switching from a unit to the caseworker and back. */
  switchLongestMs: number | null;
  heapMiB: number | null;
  idleRequests: number | null;
  idleBytes: number | null;
  idleLongestMs: number | null;
  changedRequests: number | null;
  changedLongestMs: number | null;
  /** What went wrong, when a step did not finish. */
  notes: string[];
};

const PLAN = { small: '11/10298', large: '99/00001' };
const UNIT = 'HUM-seksjonen';
const STEP_TIMEOUT_MS = 90_000;

/**
 * Installed before any script of the page: long tasks, slow key presses, and when the first
 * measure appears. A string, not a function: tsx's keepNames would wrap a function's inner
 * functions in a helper that does not exist in the page.
 */
const INSTRUMENT = `(() => {
  const probe = { longTasks: [], events: [], first: null };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'keydown' || entry.name === 'keypress' || entry.name === 'input')
        probe.events.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const observer = new MutationObserver(() => {
    if (probe.first === null && document.querySelector('article')) {
      probe.first = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Scrolls the page from top to bottom a screen at a time, one frame per step. */
const SCROLL_TO_BOTTOM = `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  window.scrollTo(0, 0);
  await frame();
  const end = () => document.documentElement.scrollHeight - window.innerHeight;
  for (let y = 0; y < end(); y += Math.round(window.innerHeight * 0.9)) {
    window.scrollTo(0, y);
    await frame();
  }
  window.scrollTo(0, end());
  await frame();
  await frame();
})()`;

type Probe = {
  longTasks: { start: number; duration: number }[];
  events: number[];
  first: number | null;
};

async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
}

/** The longest task that started after `since` (performance.now() in the page). */
async function longestSince(page: Page, since: number): Promise<number> {
  const { longTasks } = await probe(page);
  return longTasks.filter((t) => t.start >= since).reduce((max, t) => Math.max(max, t.duration), 0);
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** Requests to Graph and their bytes on the wire, counted by CDP from the moment of the call. */
function countGraphTraffic(cdp: CDPSession) {
  const pending = new Map<string, boolean>();
  let requests = 0;
  let bytes = 0;
  let lastActivity = Date.now();
  const onRequest = (e: { requestId: string; request: { url: string; method: string } }) => {
    if (!e.request.url.includes('/v1.0/') || e.request.method === 'OPTIONS') return;
    pending.set(e.requestId, true);
    requests += 1;
    lastActivity = Date.now();
  };
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    if (!pending.delete(e.requestId)) return;
    bytes += e.encodedDataLength;
    lastActivity = Date.now();
  };
  const onFailed = (e: { requestId: string }) => {
    pending.delete(e.requestId);
    lastActivity = Date.now();
  };
  cdp.on('Network.requestWillBeSent', onRequest);
  cdp.on('Network.loadingFinished', onFinished);
  cdp.on('Network.loadingFailed', onFailed);
  return {
    /** Resolves once nothing has been in flight for `quietMs`. */
    async settle(quietMs = 1_000, timeoutMs = STEP_TIMEOUT_MS) {
      const started = Date.now();
      while (pending.size > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() - started > timeoutMs) throw new Error('Graph traffic did not settle');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop() {
      cdp.off('Network.requestWillBeSent', onRequest);
      cdp.off('Network.loadingFinished', onFinished);
      cdp.off('Network.loadingFailed', onFailed);
      return { requests, bytes };
    },
  };
}

/** Another user changes `count` measures of the plan straight in the list (not through this page). */
async function changeMeasures(app: RunningApp, plan: string, count: number): Promise<void> {
  const { baseUrl, sitePath, listTitle } = app.emulator;
  const items = `${baseUrl}/sites/${sitePath}:/lists/${encodeURIComponent(listTitle)}/items`;
  const filter = encodeURIComponent(`fields/CaseNumber eq '${plan}'`);
  const response = await fetch(
    `${items}?$expand=fields($select=Title)&$filter=${filter}&$top=${count}`,
    {
      headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    },
  );
  const page = (await response.json()) as { value: { id: string }[] };
  for (const item of page.value.slice(0, count)) {
    const patched = await fetch(`${items}/${item.id}/fields`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        StatusReport: `Endret av en annen bruker ${new Date().toISOString()}`,
      }),
    });
    if (!patched.ok) throw new Error(`PATCH ${item.id}: HTTP ${patched.status}`);
  }
}

async function step<T>(run: PlanRun, name: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    run.notes.push(
      `${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    return null;
  }
}

const actAs = (page: Page, who: string) => actAsIn(page, who, { timeout: STEP_TIMEOUT_MS });

export async function benchPlanInBrowser(
  browser: Browser,
  app: RunningApp,
  options: { measures: number; plan: string; throttle: number },
): Promise<PlanRun> {
  const run: PlanRun = {
    measures: options.measures,
    throttle: options.throttle,
    firstMeasureMs: null,
    domElements: null,
    typingLongestMs: null,
    typingLatencyMs: null,
    scrollLongestMs: null,
    switchLongestMs: null,
    heapMiB: null,
    idleRequests: null,
    idleBytes: null,
    idleLongestMs: null,
    changedRequests: null,
    changedLongestMs: null,
    notes: [],
  };
  const context = await newAppContext(browser);
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  const url = `${app.url}?plan=${encodeURIComponent(options.plan)}`;
  try {
    // The first visit picks the unit (kept in sessionStorage); the measured load is the reload.
    await page.goto(url);
    await actAs(page, UNIT);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
    await page.reload();
    await step(run, 'first measure', async () => {
      await page.locator('article').first().waitFor();
      run.firstMeasureMs = (await probe(page)).first;
    });
    await step(run, 'settle', async () => {
      // The whole plan read (the first page shows before the rest: «Viser de første …»).
      await page
        .getByRole('status')
        .filter({ hasText: /^Viser (alle|\d+ av)/ })
        .first()
        .waitFor({ timeout: STEP_TIMEOUT_MS });
      await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT_MS });
    });
    run.domElements = await page.evaluate(() => document.getElementsByTagName('*').length);

    await step(run, 'heap', async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      run.heapMiB = used / 2 ** 20;
    });

    await step(run, 'idle refresh', async () => {
      const since = await now(page);
      const traffic = countGraphTraffic(cdp);
      await leaveAndComeBack(page);
      await traffic.settle();
      const { requests, bytes } = traffic.stop();
      run.idleRequests = requests;
      run.idleBytes = bytes;
      run.idleLongestMs = await longestSince(page, since);
    });

    await step(run, 'refresh after 10 changes', async () => {
      await changeMeasures(app, options.plan, 10);
      const since = await now(page);
      const traffic = countGraphTraffic(cdp);
      await leaveAndComeBack(page);
      await traffic.settle();
      run.changedRequests = traffic.stop().requests;
      run.changedLongestMs = await longestSince(page, since);
    });

    await step(run, 'typing', async () => {
      const button = page.getByRole('button', { name: /^Rapporter på «/ }).first();
      await button.click();
      const box = page.getByRole('textbox', { name: 'Statusrapport' }).first();
      await box.click();
      await page.evaluate(() => {
        (window as unknown as { __bench: Probe }).__bench.events.length = 0;
      });
      const since = await now(page);
      await box.pressSequentially('Arbeidet er i gang og følges opp. ', { delay: 30 });
      run.typingLongestMs = await longestSince(page, since);
      const { events } = await probe(page);
      run.typingLatencyMs = events.reduce((max, d) => Math.max(max, d), 0);
      // Leave the editor without saving: the next steps see the plan as it was.
      await page
        .getByRole('button', { name: 'Avbryt' })
        .first()
        .click()
        .catch(() => undefined);
    });

    await step(run, 'scrolling', async () => {
      const since = await now(page);
      await page.evaluate(SCROLL_TO_BOTTOM);
      run.scrollLongestMs = await longestSince(page, since);
      await page.evaluate(() => window.scrollTo(0, 0));
    });

    await step(run, 'switching views', async () => {
      const since = await now(page);
      await actAs(page, 'Saksbehandler');
      await actAs(page, UNIT);
      run.switchLongestMs = await longestSince(page, since);
    });
  } catch (error) {
    run.notes.push(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  } finally {
    await context.close();
  }
  return run;
}

export type PlanSize = { measures: number; plan: string; extra: number };

export const PLAN_SIZES: readonly PlanSize[] = [
  { measures: 14, plan: PLAN.small, extra: 0 },
  { measures: 1_000, plan: PLAN.large, extra: 1_000 },
  { measures: 5_000, plan: PLAN.large, extra: 5_000 },
];

/** Every size, each without and with 4× CPU throttling, against a fresh emulator per size. */
export async function benchPlansInBrowser(sizes = PLAN_SIZES): Promise<PlanRun[]> {
  return benchEachSizeAndThrottle(sizes, (browser, app, size, throttle) =>
    benchPlanInBrowser(browser, app, { ...size, throttle }),
  );
}
