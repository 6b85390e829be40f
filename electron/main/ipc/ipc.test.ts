/**
 * The main process's IPC handlers, run in Node with Electron's modules replaced by recorders: every
 * channel validates its arguments before touching the dialog, the shell or the disk.
 */
import { openCorpusFiles, type CorpusFiles } from '../../../shared/library/library-files';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
const electron = vi.hoisted(() => ({
  openExternal: vi.fn(async () => undefined),
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  userData: '',
}));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(channel, fn) },
  shell: { openExternal: electron.openExternal },
  dialog: { showSaveDialog: electron.showSaveDialog, showOpenDialog: electron.showOpenDialog },
  BrowserWindow: { getFocusedWindow: () => null },
  app: { getAppPath: () => resolve(__dirname, '../../..'), isPackaged: true, getPath: () => electron.userData },
}));

type Reply = Promise<{ ok: boolean; value?: unknown; error?: string }>;
// Calls as the app's own page does: every handler first checks the sender frame's origin.
const fromApp = { senderFrame: { url: 'gloss-app://app/index.html#/article/x' } };
const call = (channel: string, ...args: unknown[]) => handlers.get(channel)!(fromApp, ...args) as Reply;
const callFrom = (event: unknown, channel: string, ...args: unknown[]) => handlers.get(channel)!(event, ...args) as Reply;

beforeAll(async () => {
  const { registerIpc } = await import('./index');
  registerIpc();
});
beforeEach(() => vi.clearAllMocks());

describe('main-process IPC', () => {
  it('registers exactly the contract channels', async () => {
    const { IPC_CHANNELS } = await import('../../../shared/ipc/contract');
    expect([...handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('corpus:load returns the shipped library and index, and refuses arguments', async () => {
    const loaded = await call('corpus:load');
    expect(loaded.ok).toBe(true);
    // Bytes, not parsed objects: the renderer decodes them (and a worker loads the index as it is).
    const value = loaded.value as CorpusFiles;
    for (const bytes of [value.library, value.articleText, value.index]) expect(bytes).toBeInstanceOf(Uint8Array);
    const opened = openCorpusFiles(value);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.library.articles[0]!.title).toBe('How Iran’s regime failed to derail Iraq’s nationwide protests');
    expect(opened.value.library.article(opened.value.library.articles[0]!.id)!.sections.length).toBeGreaterThan(1);
    expect(new TextDecoder().decode(value.index.subarray(0, 4))).toBe('GLSI');
    expect(await call('corpus:load', 'extra')).toEqual({ ok: false, error: 'Expected no arguments, got 1.' });
  });

  it('refuses calls from any frame but the app origin before looking at the arguments', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const strangers = [
      { senderFrame: { url: 'file:///opt/gloss/out/renderer/index.html' } },
      { senderFrame: { url: 'file://evil.example/opt/gloss/out/renderer/index.html' } },
      { senderFrame: { url: 'https://evil.example/' } },
      { senderFrame: { url: 'gloss-app://evil.example/index.html' } },
      { senderFrame: { url: 'http://localhost:5173/' } },
      { senderFrame: { url: '' } },
      { senderFrame: null },
      {},
    ];
    for (const event of strangers) {
      const reply = await callFrom(event, 'shell:openExternal', 'https://example.org/x');
      expect(reply.ok, JSON.stringify(event)).toBe(false);
      expect(reply.error).toMatch(/^shell:openExternal refused: the call did not come from Gloss's own page/);
      expect((await callFrom(event, 'corpus:load')).ok).toBe(false);
      electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(tmpdir(), 'x.json')] });
      expect((await callFrom(event, 'backup:open')).ok).toBe(false);
      expect(electron.showOpenDialog).not.toHaveBeenCalled();
      electron.showOpenDialog.mockReset();
    }
    expect(electron.openExternal).not.toHaveBeenCalled();
    expect(warned).toHaveBeenCalled();
    warned.mockRestore();
  });

  it('shell:openExternal opens web links only', async () => {
    expect((await call('shell:openExternal', 'javascript:alert(1)')).ok).toBe(false);
    expect((await call('shell:openExternal', 'file:///etc/passwd')).ok).toBe(false);
    expect(electron.openExternal).not.toHaveBeenCalled();
    expect(await call('shell:openExternal', 'https://example.org/x')).toEqual({ ok: true, value: true });
    expect(electron.openExternal).toHaveBeenCalledWith('https://example.org/x');
    expect((await call('shell:openExternal', 'mailto:a@b?attach=/etc/passwd')).ok).toBe(false);
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
  });

  it('export:saveFile refuses a path-like name before showing a dialog, and writes what the user chose', async () => {
    const bad = await call('export:saveFile', { name: '../../.bashrc', content: 'x' });
    expect(bad.ok).toBe(false);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();

    const target = join(mkdtempSync(join(tmpdir(), 'gloss-ipc-')), 'notes.md');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await call('export:saveFile', { name: 'notes.md', content: '# Notes\n' })).toEqual({ ok: true, value: { path: target } });
    expect(readFileSync(target, 'utf8')).toBe('# Notes\n');

    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await call('export:saveFile', { name: 'notes.md', content: 'x' })).toEqual({ ok: true, value: null });
  });

  it('export:saveFolder writes every file into the chosen folder, never over a file Gloss did not write', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-ipc-'));
    writeFileSync(join(folder, 'a.md'), 'old');
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const result = await call('export:saveFolder', [{ name: 'a.md', content: 'new a' }, { name: 'b.md', content: 'b' }]);
    expect(result).toEqual({ ok: true, value: { folder, written: 2, unchanged: 0, keptEdited: [{ name: 'a.md', writtenAs: 'a (Gloss export).md' }] } });
    expect(readFileSync(join(folder, 'a.md'), 'utf8')).toBe('old');
    expect(readFileSync(join(folder, 'a (Gloss export).md'), 'utf8')).toBe('new a');
    expect(readFileSync(join(folder, 'b.md'), 'utf8')).toBe('b');
    expect((await call('export:saveFolder', 'not a list')).ok).toBe(false);
    expect(electron.showOpenDialog).toHaveBeenCalledTimes(1);
  });

  it('backup:open returns the chosen file, and nothing when cancelled', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gloss-ipc-')), 'gloss-backup.json');
    writeFileSync(file, '{"format":"gloss-backup"}');
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await call('backup:open')).toEqual({ ok: true, value: { name: 'gloss-backup.json', text: '{"format":"gloss-backup"}' } });
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call('backup:open')).toEqual({ ok: true, value: null });
  });

  it('backup:writeAutomatic / listAutomatic / readAutomatic keep daily backups in <userData>/backups, checking what they get', async () => {
    electron.userData = mkdtempSync(join(tmpdir(), 'gloss-userdata-'));
    const { createBackup, serializeBackup } = await import('../../../shared/export/backup/create-backup');
    const text = serializeBackup(createBackup({ highlights: [], notes: [], tags: [], readingStates: [], articles: [], exportedAt: '2024-03-01T10:00:00.000Z' }));
    const wrote = await call('backup:writeAutomatic', text);
    expect(wrote.ok).toBe(true);
    const name = (wrote.value as { name: string }).name;
    expect(readFileSync(join(electron.userData, 'backups', name), 'utf8')).toBe(text);
    expect(await call('backup:listAutomatic')).toEqual({ ok: true, value: [{ name, day: name.slice(11, 21), bytes: text.length }] });
    expect(await call('backup:readAutomatic', name)).toEqual({ ok: true, value: { name, text } });
    expect((await call('backup:readAutomatic', '../../etc/passwd')).ok).toBe(false);
    expect((await call('backup:writeAutomatic', 'junk')).ok).toBe(false);
    expect((await call('backup:writeAutomatic')).ok).toBe(false);
    expect((await call('backup:listAutomatic', 'x')).ok).toBe(false);
  });

  it('turns a failure inside a handler into a Result, not a rejected promise', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.showSaveDialog.mockRejectedValueOnce(new Error('dialog crashed'));
    expect(await call('export:saveFile', { name: 'notes.md', content: 'x' })).toEqual({ ok: false, error: 'export:saveFile failed: dialog crashed' });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
