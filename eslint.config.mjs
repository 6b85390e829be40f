// The layering rules of ARCHITECTURE.md, held by the linter: the folder says which APIs a file may use.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (paths, patterns) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message: 'Not allowed in this layer (see ARCHITECTURE.md).' })), patterns }],
});

// The renderer's own rules (renderer/README.md): features never reach into app/, into each other's
// files (only through a feature's index.ts), or into Dexie (only renderer/db opens the database).
const features = readdirSync(new URL('./renderer/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const rendererPaths = ['electron', ...nodeBuiltins];
const rendererPatterns = [
  { group: ['**/electron/**', '**/scripts/**'], message: 'renderer/ never imports electron/ or scripts/; use renderer/platform.' },
  {
    regex: `^\\.\\.?/(?:\\.\\./)*(?:features/)?(?:${features.join('|')})/.+`,
    message: 'Enter another feature through its index.ts (import from "../<feature>"), never one of its files.',
  },
];
const noDexie = { group: ['dexie', 'dexie-react-hooks'], message: 'Dexie lives in renderer/db only: use its repositories and hooks.' };
const noApp = { regex: '^(?:\\.\\./)+app(?:/|$)', message: 'app/ is the composition root: nothing imports it. Shared pieces live in renderer/core.' };
const noFeatures = { regex: '^(?:\\.\\./)+features(?:/|$)', message: 'core/ is below the features: it never imports them.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'resources/**', 'bench-results/**', 'scripts/lint/fixtures/**'] },
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
      ...restrict(rendererPaths, [...rendererPatterns, noDexie]),
    },
  },
  { files: ['renderer/db/**/*.{ts,tsx}'], rules: restrict(rendererPaths, rendererPatterns) },
  { files: ['renderer/features/**/*.{ts,tsx}'], rules: restrict(rendererPaths, [...rendererPatterns, noDexie, noApp]) },
  { files: ['renderer/core/**/*.{ts,tsx}'], rules: restrict(rendererPaths, [...rendererPatterns, noDexie, noApp, noFeatures]) },
  {
    // No import cycles anywhere: a cycle means two modules are one idea split in two, and it makes
    // load order (and lazy chunks) fragile. Type-only imports count too: they couple the files all the same.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { maxDepth: Infinity }] },
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
