/**
 * The browser host: the same UI served as static files (`npm run web`). The prebuilt library and
 * index are fetched from beside index.html; saving is a download; a backup is picked with a file input.
 */
import type { ExportFile } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/model/result';
import { copyWithClipboardApi } from './clipboard';
import { fetchCorpus } from './corpus-files';
import { parseDeepLinkHash } from './deep-link';
import type { LoadedCorpus, Platform } from './platform';
import { errorText } from '../../shared/model/error-text';

function download(file: ExportFile): void {
  const mime = file.name.endsWith('.json') ? 'application/json' : 'text/markdown';
  const url = URL.createObjectURL(new Blob([file.content], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium starts the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

export function createBrowserHost(): Platform {
  return {
    kind: 'browser',
    async loadCorpus(): Promise<Result<LoadedCorpus>> {
      try {
        return await fetchCorpus();
      } catch (e) {
        return err(`The bundled library could not be loaded (${errorText(e)}). Run "npm run gloss -- build".`);
      }
    },
    async openExternal(url) {
      if (!/^(https?:|mailto:)/i.test(url)) return err(`Refused to open "${url}": only web and mail links open outside Gloss.`);
      window.open(url, '_blank', 'noopener,noreferrer');
      return ok(true);
    },
    async saveFile(file) {
      download(file);
      return ok({ path: file.name });
    },
    async saveFolder(files) {
      for (const file of files) download(file);
      return ok({ folder: 'Downloads', written: files.length, unchanged: 0, keptEdited: [] });
    },
    async openBackupFile() {
      const file = await pickFile('.json,application/json');
      if (!file) return ok(null);
      try {
        return ok({ name: file.name, text: await file.text() });
      } catch (e) {
        return err(`Could not read ${file.name}: ${errorText(e)}`);
      }
    },
    copyText: copyWithClipboardApi,
    automaticBackups: null,
    onDeepLink(listener) {
      // The browser host takes a gloss:// link as the page's hash (#gloss://article/<id>#highlight=<id>,
      // encoded or not) and hands it on as the same gloss:// URL the Electron host sends.
      const fire = () => {
        const url = parseDeepLinkHash(window.location.hash);
        if (url) listener(url);
      };
      window.addEventListener('hashchange', fire);
      fire();
      return () => window.removeEventListener('hashchange', fire);
    },
    // What only a desktop shell has: a browser tab has no application menu, native theme, dock
    // progress or files handed to it by the OS. The page itself follows prefers-color-scheme.
    setMenu: async () => ok(true),
    onMenuCommand: () => () => undefined,
    setTheme: async () => ok(true),
    setProgress: async () => ok(true),
    onOpenFile: () => () => undefined,
    readOpenedFile: async () => err('Only the desktop app is handed files by the operating system; use Add articles instead.'),
  };
}
