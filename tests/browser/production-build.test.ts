// The production build as `npm run build` makes it without a tenant's settings: never the demo by
// accident (anyone could act as any unit), and no source maps shipped next to the bundle.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import {
  expectCount,
  expectNone,
  launchBrowser,
  newAppContext,
  screenshot,
} from '../support/browser';

const root = resolve(import.meta.dirname, '../..');
let browser: Browser;
let outDir: string;
let envDir: string;
let app: RunningApp;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'oppf-production-'));
  // An empty folder for .env files: a developer's own .env must not turn this into a tenant build.
  envDir = await mkdtemp(join(tmpdir(), 'oppf-env-'));
  // Vitest runs with NODE_ENV=test, which would make Vite build in development mode (DEV true).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    envDir,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  [browser, app] = await Promise.all([launchBrowser(), startApp({ outDir })]);
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await rm(outDir, { recursive: true, force: true });
  await rm(envDir, { recursive: true, force: true });
});

it('ships no source maps', async () => {
  const files = await readdir(outDir, { recursive: true });
  expect(files.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(0);
  expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
});

it('without tenant settings shows what to configure, not the demo, and calls no Graph', async () => {
  const context = await newAppContext(browser);
  const page = await context.newPage();
  const graphCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/v1.0')) graphCalls.push(request.url());
  });
  await page.goto(app.url);
  await page
    .getByRole('heading', { level: 1, name: 'Oppfølging er ikke ferdig satt opp' })
    .waitFor();
  await expectCount(page.getByText(/VITE_CLIENT_ID og VITE_TENANT_ID/), 1);
  await expectCount(page.getByText(/VITE_DEMO=true/), 1);
  await expectNone(page.getByLabel('Bruk fanen som'));
  await screenshot(page, 'production-build-unconfigured');
  expect(graphCalls).toEqual([]);
  await context.close();
});
