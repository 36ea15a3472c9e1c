// Mutation testing of the pure layers: `npm run test:mutation` (not part of `npm test`).
// See README.md, "Testing". Stryker changes one expression at a time and runs the unit tests that
// reach it; a mutant that no test notices ("survived") is behaviour nobody checks.

/**
 * What gets mutated. Globs, so new pure modules in these folders are picked up; add a line for a
 * pure module elsewhere. Tests and test helpers are never mutated.
 */
const pureCode = [
  'src/domain/**/*.ts',
  'src/memo/**/*.ts',
  // SharePoint's list item JSON to measures, plans and contributions, and back.
  'src/graph/field-mapping.ts',
  'src/graph/plan-mapping.ts',
  'src/graph/contribution-mapping.ts',
  // Which plan the tab shows, and how a unit's view of it is grouped.
  'src/features/shared/plan-choice.ts',
  'src/features/report/plan-groups.ts',
  // Putting a standard sentence into a report; what the list's versions cannot show.
  'src/features/report/insert-sentence.ts',
  'src/features/report/history-gap.ts',
  'src/features/export/memo-form.ts',
  // The editor reducer, shared by reports and contributions; the hooks that use it talk to the
  // list and the browser and are covered by the browser tests.
  'src/features/report/editor-state.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [...pureCode, '!src/**/*.test.{ts,tsx}', '!src/**/*.test-helper.ts', '!src/**/index.ts'],
  coverageAnalysis: 'perTest',
  // A static mutant (a module-level constant: the terms, the unit names, a regular expression
  // compiled at load) is reached by no test in particular, so Stryker runs every test for it. In
  // a run over field-mapping.ts a tenth of the mutants were static and ran a quarter of all the
  // tests. On two shared cores they are left out (counted as "ignored" in the table); the
  // functions that use the constants are mutated as usual.
  ignoreStatic: true,
  concurrency: 2,
  // TypeScript's checker is left out: tsc in `npm run lint` already rejects ill-typed code, and
  // type-checking every mutant would double the run time on two cores.
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // Generous: the two cores are shared, and a slow run must not pass for an infinite loop.
  timeoutMS: 30_000,
  timeoutFactor: 2,
  thresholds: { high: 85, low: 70, break: null },
};
