// axe-core put into a page from outside: evaluated through the DevTools protocol, which the
// page's Content Security Policy does not govern (a <script> tag, as addScriptTag adds, it does).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export async function injectAxe(target: Page | Frame): Promise<void> {
  await target.evaluate(axeSource);
}
