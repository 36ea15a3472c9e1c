import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

// The layers of docs/architecture.md, enforced on resolved paths by import-x/no-restricted-paths:
// app → features → memo, graph, platform → domain, and no sideways step between features. A
// zone forbids its `target` to import anything under `from` (but `except`); the probes in
// tests/unit/layer-rules.test.ts prove that each zone refuses what it should.
const layer = (target, forbidden, message) => ({
  target: `src/${target}`,
  from: forbidden.map((folder) => `src/${folder}`),
  message,
});

// Every folder of src/features is a feature, but shared/: a new feature is fenced in by itself.
const features = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

const GRAPH_SDK = 'node_modules/@microsoft/microsoft-graph-client';
const MSAL = 'node_modules/@azure/msal-browser';
const TEAMS_JS = 'node_modules/@microsoft/teams-js';
// src/ outside the named folder: the entry points at its root and every layer but that one.
const srcOutside = (...allowed) => [
  'src/*.{ts,tsx}',
  ...['domain', 'memo', 'graph', 'platform', 'features', 'app']
    .filter((folder) => !allowed.includes(folder))
    .map((folder) => `src/${folder}`),
];

const zones = [
  layer(
    'domain',
    ['app', 'features', 'memo', 'graph', 'platform'],
    'domain/ is pure and imports no other layer.',
  ),
  layer('memo', ['app', 'features', 'graph', 'platform'], 'memo/ imports only domain/.'),
  layer('graph', ['app', 'features', 'memo', 'platform'], 'graph/ imports only domain/.'),
  layer('platform', ['app', 'features', 'memo', 'graph'], 'platform/ imports only domain/.'),
  layer('features', ['app'], 'features/ must not import the app shell.'),
  { target: 'src', from: 'emulator', message: 'The tab never imports the emulator.' },
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`, './shared'],
    message:
      'A feature never imports another: what several features use lives in features/shared/.',
  })),
  {
    target: 'src/features/shared',
    from: 'src/features',
    except: ['./shared'],
    message: 'features/shared/ serves the features and imports none of them.',
  },
  {
    // app/create-services.ts is the composition root: it builds the Graph clients it hands out.
    target: [...srcOutside('graph', 'app'), 'src/app/**/!(create-services).ts', 'src/app/**/*.tsx'],
    from: GRAPH_SDK,
    message: 'Only graph/ (and app/create-services.ts) uses the Graph SDK.',
  },
  {
    target: srcOutside('platform'),
    from: [MSAL, TEAMS_JS],
    message: 'Only platform/ uses MSAL and teams-js.',
  },
  {
    target: 'src/**/*.tsx',
    from: [GRAPH_SDK, MSAL, TEAMS_JS],
    message: 'Components never call Graph, MSAL or teams-js: a hook or a service does.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-output/',
      '.emulator-data/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      // Without this, import-x reads only .js modules, and no-cycle never looks inside a .ts file.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: { 'import-x/no-default-export': 'error' },
  },
  {
    // Vite, Vitest, ESLint and Stryker read their configuration from a default export.
    files: ['*.config.{js,mjs,ts}'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // A path the resolver cannot follow would slip through the zones unseen.
      'import-x/no-unresolved': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
      // Cycles inside packages are not ours to fix, and following them would parse node_modules.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Node programs and tests print to the console by design.
    files: ['emulator/**', 'scripts/**', 'bench/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
  {
    // Browser tests wait like a person: for a condition (expect.poll, locator.waitFor), never
    // for a fixed time, and never assert a one-shot read of a page that may be a moment behind.
    files: [
      'tests/browser/**/*.ts',
      'tests/support/browser.ts',
      'tests/support/teams-host/**/*.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForTimeout']",
          message:
            'Wait for what the user would see (locator.waitFor, expect.poll), not for a time.',
        },
        {
          selector: "CallExpression[callee.name='setTimeout']",
          message: 'No hand-rolled sleeps or polling loops: use expect.poll or locator.waitFor.',
        },
        ...[
          "CallExpression[callee.name='expect'] > CallExpression",
          "CallExpression[callee.name='expect'] > AwaitExpression > CallExpression",
        ].map((parent) => ({
          selector: `${parent}[callee.property.name=/^(count|isVisible|isHidden|isChecked|isEnabled|isDisabled|isEditable|textContent|innerText|innerHTML|inputValue|allTextContents|allInnerTexts|getAttribute)$/]`,
          message:
            'A one-shot read asserted once: use the helpers in tests/support/browser.ts (expectVisible, expectNone, expectText, …) or expect.poll.',
        })),
      ],
    },
  },
);
