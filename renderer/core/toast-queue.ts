/** Which toasts stay when another arrives: the rules, apart from React, so they can be tested. */

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void };
  /**
   * Move focus to the action when the toast appears: for when the control the reader was using has
   * just gone (a deleted highlight's editor), so Undo is one key away instead of focus falling to <body>.
   */
  takeFocus?: boolean;
}

/**
 * Whether `incoming` takes `shown`'s place. Errors never replace anything and are never replaced: they
 * stay until dismissed, beside whatever else is shown. An Undo (any toast with an action) is replaced
 * only by a newer undoable action — one undo at a time — so a failure elsewhere cannot take away the
 * way back from a delete. A plain message gives way to any newer info toast.
 */
export function replaces(incoming: Omit<Toast, 'id'>, shown: Toast): boolean {
  if (incoming.kind === 'error' || shown.kind === 'error') return false;
  return shown.action === undefined || incoming.action !== undefined;
}

/** The list after `incoming` arrives: what it replaces goes, and it joins at the end. */
export function addToast(list: readonly Toast[], incoming: Toast): Toast[] {
  return [...list.filter((t) => !replaces(incoming, t)), incoming];
}
