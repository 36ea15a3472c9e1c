// The browser benches' shared loop: every size, without and then with 4× CPU throttling, each run
// against a fresh emulator (so one run's writes never change the next one's plan).
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../tests/support/app';
import { launchBrowser } from '../tests/support/browser';

export async function benchEachSizeAndThrottle<Size extends { extra: number }, Run>(
  sizes: readonly Size[],
  bench: (browser: Browser, app: RunningApp, size: Size, throttle: number) => Promise<Run>,
): Promise<Run[]> {
  const browser = await launchBrowser();
  const runs: Run[] = [];
  try {
    for (const size of sizes) {
      for (const throttle of [1, 4]) {
        const app = await startApp({ emulator: { extraMeasures: size.extra } });
        try {
          runs.push(await bench(browser, app, size, throttle));
        } finally {
          await app.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return runs;
}
