import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ThemeSource } from '../../shared/ipc/contract';
import { validateTheme } from '../../shared/ipc/validate-app';
import { parseWindowState, type WindowState } from './window-state';

/**
 * What the app remembers between launches that is the shell's, not the reader's: the window's place,
 * the article that was open and the theme (so the next window's background matches before the
 * renderer has loaded). (Reading positions, highlights and settings live in the renderer's
 * database.) One small JSON file in userData, written atomically and at most every `delayMs`.
 */
export interface SessionState {
  window: WindowState | null;
  lastArticle: string | null;
  theme: ThemeSource;
}

const ARTICLE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** A file that is missing, corrupt or from a different version yields defaults, never a crash. */
export function parseSession(text: string | null): SessionState {
  let value: unknown;
  try {
    value = text ? JSON.parse(text) : null;
  } catch {
    value = null;
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const last = record['lastArticle'];
  const theme = validateTheme(record['theme']);
  return {
    window: parseWindowState(record['window']),
    lastArticle: typeof last === 'string' && ARTICLE_ID.test(last) ? last : null,
    theme: theme.ok ? theme.value : 'system',
  };
}

export interface SessionStore {
  readonly state: SessionState;
  update(patch: Partial<SessionState>): void;
  /** Writes now if anything is pending (at quit). */
  flush(): void;
}

export function createSessionStore(file: string, delayMs = 500): SessionStore {
  let text: string | null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = null;
  }
  let state = parseSession(text);
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = () => {
    timer = null;
    try {
      mkdirSync(dirname(file), { recursive: true });
      // Write-then-rename: a crash mid-write leaves the old file, not half a JSON document.
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, JSON.stringify(state, null, 2));
      renameSync(tmp, file);
    } catch (e) {
      console.error(`[session] could not save ${file}:`, e);
    }
  };

  return {
    get state() {
      return state;
    },
    update(patch) {
      state = { ...state, ...patch };
      if (!timer) timer = setTimeout(write, delayMs);
    },
    flush() {
      if (!timer) return;
      clearTimeout(timer);
      write();
    },
  };
}
