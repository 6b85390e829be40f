/**
 * The lint rules that hold the layering must be able to fail: each is run on code that breaks it
 * (a real two-file import cycle on disk, and imports as they would appear in a renderer file) with
 * the project's own eslint.config.mjs, and must report it; a well-behaved import must pass.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// ignore: false lints the fixtures folder the config ignores for `npm run lint`.
const eslint = new ESLint({ cwd: root, ignore: false });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layering lint rules', () => {
  it('fail on an import cycle', async () => {
    const results = await eslint.lintFiles(['scripts/lint/fixtures/cycle/*.ts']);
    const cycles = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'import-x/no-cycle'));
    expect(cycles.length).toBe(2);
    expect(cycles[0]!.message).toMatch(/Dependency cycle/);
  }, 60_000);

  it('keep features out of app/, out of each other’s files and away from Dexie', async () => {
    expect(await problems("import { App } from '../../app/app';\nexport const x = App;\n", 'renderer/features/reader/probe.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*composition root/),
    ]);
    expect(await problems("import { NoteEditor } from '../notes/note-editor';\nexport const x = NoteEditor;\n", 'renderer/features/highlights/probe.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*through its index\.ts/),
    ]);
    expect(await problems("import { liveQuery } from 'dexie';\nexport const x = liveQuery;\n", 'renderer/features/notebook/probe.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Dexie lives in renderer\/db only/),
    ]);
    expect(await problems("import { ReaderView } from '../features/reader';\nexport const x = ReaderView;\n", 'renderer/core/probe.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*never imports them/),
    ]);
  }, 60_000);

  it('let a feature use another through its index.ts, and the database keep Dexie', async () => {
    expect(await problems("import { NoteEditor } from '../notes';\nexport const x = NoteEditor;\n", 'renderer/features/highlights/probe.ts')).toEqual([]);
    expect(await problems("import { liveQuery } from 'dexie';\nexport const x = liveQuery;\n", 'renderer/db/probe.ts')).toEqual([]);
  }, 60_000);
});
