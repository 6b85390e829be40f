// The layering rules of ARCHITECTURE.md, held by the linter: the folder says which APIs a file may use.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (paths, patterns) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message: 'Not allowed in this layer (see ARCHITECTURE.md).' })), patterns }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'resources/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'dompurify', ...nodeBuiltins],
      [{ group: ['**/renderer/**', '**/electron/**', '**/scripts/**'], message: 'shared/ is pure: it imports only shared/ and pure packages.' }],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(['electron', ...nodeBuiltins], [
        { group: ['**/electron/**', '**/scripts/**'], message: 'renderer/ never imports electron/ or scripts/; use renderer/platform.' },
      ]),
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict([], [{ group: ['**/renderer/**', '**/scripts/**'], message: 'electron/main never imports renderer/ or scripts/.' }]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([...nodeBuiltins], [
      { group: ['**/renderer/**', '**/scripts/**', '**/electron/main/**', '**/shared/*', '!**/shared/ipc'], message: 'The preload imports only the IPC contract in shared/ipc.' },
    ]),
  },
  {
    files: ['scripts/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,mts,mjs}', 'vite.renderer.mts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(['electron'], [{ group: ['**/renderer/**'], message: 'scripts/ runs in Node at build time: no renderer code.' }]),
  },
);
