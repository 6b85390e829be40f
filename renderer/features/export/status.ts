/** What an export or backup action tells the reader afterwards: one line, and whether it went wrong. */
export type ActionStatus =
  | { tone: 'idle' }
  | { tone: 'busy'; message: string }
  | { tone: 'success'; message: string }
  | { tone: 'info'; message: string }
  | { tone: 'error'; message: string };

export const IDLE: ActionStatus = { tone: 'idle' };
