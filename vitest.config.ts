import { defineConfig, defineProject } from 'vitest/config';

/** Fast tests without servers or a browser; also what mutation testing runs (vitest.mutation.config.ts). */
export const unitProject = defineProject({
  test: {
    name: 'unit',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/support/dom-setup.ts'],
    // Component tests render Fluent in happy-dom; on two busy cores one can pass 5 s.
    testTimeout: 20_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      unitProject,
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Fails any test whose pages met a Content Security Policy violation.
          setupFiles: ['tests/support/csp-setup.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Two cores in CI: one Chromium at a time keeps timings stable.
          fileParallelism: false,
          // expect.poll waits as long as a person would for the page to catch up on a busy machine
          // (vitest's own default is one second).
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
