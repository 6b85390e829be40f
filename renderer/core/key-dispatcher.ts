/**
 * The one key listener. Features do not listen for keydown on the page: they register a handler for
 * a keymap command (useCommand), and this asks the commands a key event matches, in keymap order,
 * newest handler first. A handler answers whether the command applied (the highlight key with no
 * text selected does not): the first that does wins and the event is marked handled; otherwise the
 * next command on the same key is asked.
 *
 * Events already marked handled (a dialog's Escape, an editor's own keys) are left alone, so a
 * focused control always has the first word.
 */
import { commandsFor, type CommandId } from './keymap';

/** Runs the command for this event; false when it does not apply now (and the key goes on). */
export type CommandHandler = (event: KeyboardEvent) => boolean;

export interface KeyDispatcher {
  /** Adds a handler for a command; returns its removal. */
  register(id: CommandId, handler: CommandHandler): () => void;
  /** What the listener does with one keydown; true when a command took it. */
  dispatch(event: KeyboardEvent): boolean;
}

/** Whether keystrokes are going into a text field (so letters are text, not commands). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * A dispatcher listening on `target` (the document) while at least one handler is registered.
 * Bubble phase on the document: handlers on elements, React's included, run before it. `inField`
 * says whether a key goes into a text field (replaceable where there is no DOM, in tests).
 */
export function createKeyDispatcher(target: EventTarget, inField: (target: EventTarget | null) => boolean = isEditableTarget): KeyDispatcher {
  const handlers = new Map<CommandId, CommandHandler[]>();
  let count = 0;

  const dispatch = (event: KeyboardEvent): boolean => {
    if (event.defaultPrevented) return false;
    for (const id of commandsFor(event, inField(event.target))) {
      const list = handlers.get(id);
      if (!list) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i]!(event)) {
          event.preventDefault();
          return true;
        }
      }
    }
    return false;
  };
  const listener = (event: Event) => void dispatch(event as KeyboardEvent);

  return {
    register(id, handler) {
      const list = handlers.get(id) ?? [];
      handlers.set(id, [...list, handler]);
      if (count++ === 0) target.addEventListener('keydown', listener);
      let registered = true;
      return () => {
        if (!registered) return;
        registered = false;
        const rest = (handlers.get(id) ?? []).filter((h) => h !== handler);
        if (rest.length > 0) handlers.set(id, rest);
        else handlers.delete(id);
        if (--count === 0) target.removeEventListener('keydown', listener);
      };
    },
    dispatch,
  };
}
