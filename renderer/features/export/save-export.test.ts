import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../shared/model/result';
import type { ExportFile } from '../../../shared/ipc/contract';
import { copyExport, saveExport, type ExportHost } from './save-export';

function fakeHost(kind: ExportHost['kind'], overrides: Partial<ExportHost> = {}) {
  const saved: ExportFile[][] = [];
  const host: ExportHost = {
    kind,
    saveFile: async (file) => {
      saved.push([file]);
      return ok({ path: `/home/me/${file.name}` });
    },
    saveFolder: async (files) => {
      saved.push(files);
      return ok({ folder: '/home/me/notes', written: files.length, unchanged: 0, keptEdited: [] });
    },
    copyText: async () => ok(true),
    ...overrides,
  };
  return { host, saved };
}

const file = { name: 'a.md', content: '# A\n' };

describe('saveExport', () => {
  it('saves one file and says where', async () => {
    const { host, saved } = fakeHost('electron');
    expect(await saveExport(host, { kind: 'file', file })).toEqual({ tone: 'success', message: 'Saved to /home/me/a.md.' });
    expect(saved).toEqual([[file]]);
  });

  it('says "Downloaded" in the browser', async () => {
    const { host } = fakeHost('browser');
    expect(await saveExport(host, { kind: 'file', file })).toEqual({ tone: 'success', message: 'Downloaded /home/me/a.md.' });
    expect(await saveExport(host, { kind: 'folder', files: [file, file] })).toEqual({ tone: 'success', message: 'Downloaded 2 files.' });
  });

  it('writes a folder and counts the files', async () => {
    const { host, saved } = fakeHost('electron');
    const result = await saveExport(host, { kind: 'folder', files: [file] });
    expect(result).toEqual({ tone: 'success', message: 'Saved 1 file to /home/me/notes.' });
    expect(saved).toEqual([[file]]);
  });

  it('says which edited files were left alone and where the new export went', async () => {
    const kept = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `n${i}.md`, writtenAs: `n${i} (Gloss export).md` }));
    const host = (n: number) => fakeHost('electron', { saveFolder: async (files) => ok({ folder: '/vault', written: files.length, unchanged: 0, keptEdited: kept(n) }) }).host;
    expect(await saveExport(host(1), { kind: 'folder', files: [file] })).toEqual({
      tone: 'success',
      message: 'Saved 1 file to /vault. n0.md was edited since Gloss wrote it, so it was left alone and the new export saved beside it as n0 (Gloss export).md.',
    });
    expect(await saveExport(host(4), { kind: 'folder', files: [file, file] })).toEqual({
      tone: 'success',
      message:
        'Saved 2 files to /vault. 4 files were edited since Gloss wrote them, so they were left alone and the new export saved beside them (n0.md → n0 (Gloss export).md, n1.md → n1 (Gloss export).md, n2.md → n2 (Gloss export).md and 1 more).',
    });
  });

  it('reports a cancelled dialog, a refused save and a crash as different outcomes', async () => {
    expect((await saveExport(fakeHost('electron', { saveFile: async () => ok(null) }).host, { kind: 'file', file })).tone).toBe('info');
    expect(await saveExport(fakeHost('electron', { saveFolder: async () => err('The folder is read-only.') }).host, { kind: 'folder', files: [file] })).toEqual({
      tone: 'error',
      message: 'The folder is read-only.',
    });
    const crashed = await saveExport(fakeHost('electron', { saveFile: () => Promise.reject(new Error('IPC gone')) }).host, { kind: 'file', file });
    expect(crashed).toEqual({ tone: 'error', message: 'Saving the export failed: IPC gone' });
  });

  it('refuses an empty export without calling the host', async () => {
    const { host, saved } = fakeHost('electron');
    expect((await saveExport(host, null)).tone).toBe('error');
    expect(saved).toEqual([]);
  });
});

describe('copyExport', () => {
  it('copies the text, or passes on the clipboard’s refusal', async () => {
    let copied = '';
    const { host } = fakeHost('browser', { copyText: async (t) => ((copied = t), ok(true)) });
    expect((await copyExport(host, '# A\n')).tone).toBe('success');
    expect(copied).toBe('# A\n');
    const denied = fakeHost('browser', { copyText: async () => err('Could not copy to the clipboard: denied') }).host;
    expect(await copyExport(denied, 'x')).toEqual({ tone: 'error', message: 'Could not copy to the clipboard: denied' });
    expect((await copyExport(denied, null)).tone).toBe('error');
  });
});
