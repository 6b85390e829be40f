import { describe, expect, it } from 'vitest';
import { createKeyDispatcher } from './key-dispatcher';

/** A keydown as the dispatcher sees it, with preventDefault recorded (no DOM in these tests). */
function keydown(key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) {
  const event = {
    type: 'keydown', key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
    target: null, defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event as typeof event & KeyboardEvent;
}

const noField = () => false;

describe('createKeyDispatcher', () => {
  it('listens only while something is registered', () => {
    const target = new EventTarget();
    const calls: string[] = [];
    const keys = createKeyDispatcher(target, noField);
    const off = keys.register('help.show', () => (calls.push('help'), true));
    target.dispatchEvent(Object.assign(new Event('keydown'), { key: '?', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true }));
    off();
    off();
    target.dispatchEvent(Object.assign(new Event('keydown'), { key: '?', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true }));
    expect(calls).toEqual(['help']);
  });

  it('asks commands in keymap order and stops at the first that applies, marking the event handled', () => {
    const keys = createKeyDispatcher(new EventTarget(), noField);
    const calls: string[] = [];
    let selected = true;
    keys.register('reader.back', () => (calls.push('back'), true));
    keys.register('selection.clear', () => (calls.push('clear'), selected));
    const first = keydown('Escape');
    expect(keys.dispatch(first)).toBe(true);
    expect(first.defaultPrevented).toBe(true);
    selected = false;
    expect(keys.dispatch(keydown('Escape'))).toBe(true);
    expect(calls).toEqual(['clear', 'clear', 'back']);
  });

  it('asks the newest handler of a command first, and leaves handled or unbound keys alone', () => {
    const keys = createKeyDispatcher(new EventTarget(), noField);
    const calls: string[] = [];
    keys.register('match.next', () => (calls.push('old'), true));
    const off = keys.register('match.next', () => (calls.push('new'), true));
    keys.dispatch(keydown('n'));
    off();
    keys.dispatch(keydown('n'));
    const handled = keydown('n');
    handled.preventDefault();
    expect(keys.dispatch(handled)).toBe(false);
    const unbound = keydown('x');
    expect(keys.dispatch(unbound)).toBe(false);
    expect(unbound.defaultPrevented).toBe(false);
    expect(calls).toEqual(['new', 'old']);
  });

  it('lets a key go on when no handler applies', () => {
    const keys = createKeyDispatcher(new EventTarget(), noField);
    keys.register('highlight.create', () => false);
    const event = keydown('h');
    expect(keys.dispatch(event)).toBe(false);
    expect(event.defaultPrevented).toBe(false);
  });
});
