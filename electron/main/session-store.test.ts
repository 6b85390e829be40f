import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore, parseSession } from './session-store';

const file = () => join(mkdtempSync(join(tmpdir(), 'gloss-session-')), 'nested', 'session.json');
afterEach(() => vi.useRealTimers());

describe('the session file', () => {
  it('starts from defaults when missing or corrupt', () => {
    const defaults = { window: null, lastArticle: null, theme: 'system' };
    expect(parseSession(null)).toEqual(defaults);
    expect(parseSession('{not json')).toEqual(defaults);
    expect(parseSession('{"lastArticle":"../../etc","theme":"sepia","window":{"bounds":1}}')).toEqual(defaults);
  });

  it('writes changes after a pause, and at once on flush', () => {
    vi.useFakeTimers();
    const path = file();
    const store = createSessionStore(path, 500);
    store.update({ lastArticle: 'a1' });
    store.update({ theme: 'dark' });
    expect(existsSync(path)).toBe(false);
    vi.advanceTimersByTime(500);
    expect(parseSession(readFileSync(path, 'utf8'))).toEqual({ window: null, lastArticle: 'a1', theme: 'dark' });

    const bounds = { x: 10, y: 20, width: 900, height: 700 };
    store.update({ window: { bounds, maximized: true } });
    store.flush();
    expect(parseSession(readFileSync(path, 'utf8')).window).toEqual({ bounds, maximized: true });
    // A new launch reads what the last one wrote.
    expect(createSessionStore(path).state).toEqual({ window: { bounds, maximized: true }, lastArticle: 'a1', theme: 'dark' });
  });

  it('keeps working when the file was hand-edited into nonsense', () => {
    const path = file();
    const store = createSessionStore(path);
    store.update({ lastArticle: 'x' });
    store.flush();
    writeFileSync(path, '[]');
    expect(createSessionStore(path).state.lastArticle).toBeNull();
  });
});
