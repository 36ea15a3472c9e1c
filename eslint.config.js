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
);
