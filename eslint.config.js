import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

// The import direction of DESIGN.md ("Layers"): app → features → memo/graph/platform → domain.
// Each entry forbids what a layer must not reach; patterns match relative imports by folder name.
const layer = (folder, forbidden, message) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: forbidden.flatMap((f) => [`**/${f}`, `**/${f}/**`]), message },
          { group: ['**/emulator/**'], message: 'The tab never imports the emulator.' },
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', '.emulator-data/'] },
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
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  layer(
    'domain',
    ['app', 'features', 'memo', 'graph', 'platform'],
    'domain/ is pure and imports no other layer.',
  ),
  layer('memo', ['app', 'features', 'graph', 'platform'], 'memo/ imports only domain/.'),
  layer('graph', ['app', 'features', 'memo', 'platform'], 'graph/ imports only domain/.'),
  layer('platform', ['app', 'features', 'memo', 'graph'], 'platform/ imports only domain/.'),
  layer('features', ['app'], 'features/ must not import the app shell.'),
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
