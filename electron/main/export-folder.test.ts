/** Folder export into a real temporary folder: what Gloss wrote is refreshed, what the reader edited is never overwritten. */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { besideName, MANIFEST_NAME, writeExportFolder } from './export-folder';

const NOW = new Date('2024-03-02T09:30:00.000Z');
const folder = () => mkdtemp(join(tmpdir(), 'gloss-vault-'));
const read = (dir: string, name: string) => readFile(join(dir, name), 'utf8');

describe('writeExportFolder', () => {
  it('writes new files and a manifest of what it wrote', async () => {
    const dir = await folder();
    const r = await writeExportFolder(dir, [{ name: 'a.md', content: 'A1' }, { name: 'b.md', content: 'B1' }], NOW);
    expect(r).toEqual({ folder: dir, written: 2, unchanged: 0, keptEdited: [] });
    expect(await read(dir, 'a.md')).toBe('A1');
    const manifest = JSON.parse(await read(dir, MANIFEST_NAME)) as { files: Record<string, { sha256: string }> };
    expect(Object.keys(manifest.files).sort()).toEqual(['a.md', 'b.md']);
    expect(manifest.files['a.md']!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('re-exporting refreshes a file nobody touched, and never overwrites one edited since: the new export goes beside it', async () => {
    const dir = await folder();
    await writeExportFolder(dir, [{ name: 'a.md', content: 'A1' }, { name: 'b.md', content: 'B1' }], NOW);
    // The reader edits a.md in their vault (say, Obsidian).
    await writeFile(join(dir, 'a.md'), 'A1\n\nMy own thoughts, written in Obsidian.');

    const r = await writeExportFolder(dir, [{ name: 'a.md', content: 'A2' }, { name: 'b.md', content: 'B2' }], NOW);
    expect(r).toEqual({ folder: dir, written: 2, unchanged: 0, keptEdited: [{ name: 'a.md', writtenAs: 'a (Gloss export).md' }] });
    expect(await read(dir, 'a.md')).toBe('A1\n\nMy own thoughts, written in Obsidian.');
    expect(await read(dir, 'a (Gloss export).md')).toBe('A2');
    expect(await read(dir, 'b.md')).toBe('B2');

    // Next time the beside file is Gloss's own and is refreshed in place; the edited file still stays.
    const again = await writeExportFolder(dir, [{ name: 'a.md', content: 'A3' }, { name: 'b.md', content: 'B2' }], NOW);
    expect(again).toEqual({ folder: dir, written: 2, unchanged: 1, keptEdited: [{ name: 'a.md', writtenAs: 'a (Gloss export).md' }] });
    expect(await read(dir, 'a (Gloss export).md')).toBe('A3');
    expect(await read(dir, 'a.md')).toBe('A1\n\nMy own thoughts, written in Obsidian.');
    expect((await readdir(dir)).sort()).toEqual([MANIFEST_NAME, 'a (Gloss export).md', 'a.md', 'b.md']);
  });

  it('leaves alone a same-named file Gloss never wrote, and one whose beside copy was edited too', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'a.md'), 'the reader’s own file');
    await writeFile(join(dir, 'a (Gloss export).md'), 'edited as well');
    const r = await writeExportFolder(dir, [{ name: 'a.md', content: 'A1' }], NOW);
    expect(r.keptEdited).toEqual([{ name: 'a.md', writtenAs: 'a (Gloss export 2).md' }]);
    expect(await read(dir, 'a.md')).toBe('the reader’s own file');
    expect(await read(dir, 'a (Gloss export).md')).toBe('edited as well');
    expect(await read(dir, 'a (Gloss export 2).md')).toBe('A1');
  });

  it('a damaged or deleted manifest makes it more careful, never less', async () => {
    const dir = await folder();
    await writeExportFolder(dir, [{ name: 'a.md', content: 'A1' }], NOW);
    await writeFile(join(dir, MANIFEST_NAME), '{ not json');
    await writeFile(join(dir, 'a.md'), 'A1 edited');
    const r = await writeExportFolder(dir, [{ name: 'a.md', content: 'A2' }], NOW);
    expect(r.keptEdited).toEqual([{ name: 'a.md', writtenAs: 'a (Gloss export).md' }]);
    expect(await read(dir, 'a.md')).toBe('A1 edited');
    // A file already holding exactly the export is fine to keep, manifest or not.
    await writeFile(join(dir, MANIFEST_NAME), '{}');
    expect((await writeExportFolder(dir, [{ name: 'a.md', content: 'A1 edited' }], NOW)).keptEdited).toEqual([]);
  });

  it('names the file beside with its extension kept', () => {
    expect(besideName('Iran protests.md')).toBe('Iran protests (Gloss export).md');
    expect(besideName('Iran protests.md', 3)).toBe('Iran protests (Gloss export 3).md');
    expect(besideName('README')).toBe('README (Gloss export)');
  });
});
