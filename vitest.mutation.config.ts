import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config';

// Stryker runs the unit project only, and within it the plain TypeScript tests: the integration and
// browser projects start emulators and Chromium, and the component tests (*.test.tsx) render React
// for seconds each, far too slow to repeat for every mutant. The pure layers must be pinned down by
// their own tests.
export default defineConfig({
  test: {
    ...unitProject.test,
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Instrumented code on shared cores is slow; Stryker's own timeout catches endless loops.
    testTimeout: 60_000,
  },
});
