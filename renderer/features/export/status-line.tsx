import type { ActionStatus } from './status';

/**
 * The outcome of the last action. The live region is always in the DOM (a region inserted together
 * with its text is often not announced); errors use role=alert so they interrupt.
 */
export function StatusLine({ status }: { status: ActionStatus }) {
  const text = status.tone === 'idle' ? '' : status.message;
  return (
    <div className="export-status-area">
      <p role="status" aria-live="polite" className={`export-status export-status-${status.tone}`}>
        {status.tone === 'error' ? '' : text}
      </p>
      <p role="alert" className="export-status export-status-error">
        {status.tone === 'error' ? text : ''}
      </p>
    </div>
  );
}
