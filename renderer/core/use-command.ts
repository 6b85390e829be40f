import { useEffect, useRef } from 'react';
import { createKeyDispatcher, type CommandHandler, type KeyDispatcher } from './key-dispatcher';
import type { CommandId } from './keymap';

let appKeys: KeyDispatcher | null = null;

/** The window's dispatcher, made on first use (so nothing listens until a command is registered). */
export function appKeyDispatcher(): KeyDispatcher {
  appKeys ??= createKeyDispatcher(document);
  return appKeys;
}

/**
 * Handles a keymap command while the component is mounted (and `enabled`). The latest handler is
 * called, so it may close over fresh state without re-registering on every render.
 */
export function useCommand(id: CommandId, handler: CommandHandler, enabled = true): void {
  useCommands({ [id]: handler }, enabled);
}

/** useCommand for several commands at once (one component's keys, e.g. the passage keys). */
export function useCommands(handlers: Readonly<Partial<Record<CommandId, CommandHandler>>>, enabled = true): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const ids = (Object.keys(handlers) as CommandId[]).sort().join(' ');
  useEffect(() => {
    if (!enabled || ids === '') return;
    const offs = (ids.split(' ') as CommandId[]).map((id) => appKeyDispatcher().register(id, (event) => latest.current[id]?.(event) ?? false));
    return () => offs.forEach((off) => off());
  }, [ids, enabled]);
}
