import { describe, expect, it } from 'vitest';
import type { OpenedFile, TaskProgress } from '../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../shared/model/result';
import { listImportedArticles, openGlossDb } from '../../db';
import type { Platform } from '../../platform';
import { createOpenFileInbox, openedCandidates, taskbarProgress } from './desktop-import';
import { runImport } from './run-import';

/**
 * The desktop host's side of the platform interface, as main answers it: only announced paths are
 * read (electron/main/opened-files.ts), and every progress value is recorded.
 */
function desktopHost(files: Record<string, string>) {
  const progress: TaskProgress[] = [];
  const host: Pick<Platform, 'readOpenedFile' | 'setProgress'> = {
    async readOpenedFile(path): Promise<Result<OpenedFile>> {
      const name = path.slice(path.lastIndexOf('/') + 1);
      const text = files[path];
      return text === undefined ? err(`${name} could not be found (it may have been moved or deleted).`) : ok({ name, bytes: new TextEncoder().encode(text) });
    },
    async setProgress(value) {
      progress.push(value);
      return ok(true as const);
    },
  };
  return { host, progress };
}

describe('documents the OS opens with Gloss', () => {
  it('are imported through the same flow, a missing one named with its reason, with taskbar progress cleared at the end', async () => {
    const { host, progress } = desktopHost({ '/home/ada/notes/moor.md': '# The Moor\n\nHeather and peat.', '/home/ada/mail.txt': 'Harbour plan\n\nThe committee met on Tuesday.' });
    const candidates = await openedCandidates(
      [
        { path: '/home/ada/notes/moor.md', name: 'moor.md' },
        { path: '/home/ada/gone.pdf', name: 'gone.pdf' },
        { path: '/home/ada/mail.txt', name: 'mail.txt' },
      ],
      host,
    );
    const db = openGlossDb(`gloss-open-files-${Date.now()}`);
    const taskbar = taskbarProgress(host);
    const summary = await runImport(candidates, { db, knownHashes: new Set(), signal: new AbortController().signal, onProgress: taskbar.update });
    taskbar.clear();
    expect(summary).toMatchObject({ total: 3, imported: 2, failed: 1 });
    expect(summary.failures).toEqual([{ path: 'gone.pdf', reason: 'could not be found (it may have been moved or deleted).' }]);
    expect((await listImportedArticles(db)).map((r) => [r.article.title, r.original.name])).toEqual([
      ['The Moor', 'moor.md'],
      ['Harbour plan', 'mail.txt'],
    ]);
    expect(progress).toEqual([0, 0.33, 0.66, 1, null]);
    db.close();
  });

  it('clears the taskbar when an import is cancelled, and sends a value only when the percent changes', async () => {
    const { host, progress } = desktopHost({});
    const taskbar = taskbarProgress(host);
    for (let done = 0; done <= 1000; done += 1) taskbar.update({ total: 1000, done, imported: done, duplicates: 0, failed: 0 });
    expect(progress).toHaveLength(101);
    taskbar.clear();
    expect(progress.at(-1)).toBeNull();
  });

  it('wait in the inbox until the import panel takes them', () => {
    const inbox = createOpenFileInbox();
    let told = 0;
    const off = inbox.subscribe(() => told++);
    inbox.push({ path: '/a.md', name: 'a.md' });
    inbox.push({ path: '/b.md', name: 'b.md' });
    expect(told).toBe(2);
    expect(inbox.take().map((r) => r.name)).toEqual(['a.md', 'b.md']);
    expect(inbox.take()).toEqual([]);
    off();
    inbox.push({ path: '/c.md', name: 'c.md' });
    expect(told).toBe(2);
  });
});
