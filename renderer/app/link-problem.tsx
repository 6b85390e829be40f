/**
 * The message for a gloss:// link that could not be opened, under the header: announced at once
 * (role="alert"), kept until the reader dismisses it.
 */
export function LinkProblem({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  return (
    <div role="alert" className="link-problem-region">
      {message && (
        <p className="link-problem">
          <span>{message}</span>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
