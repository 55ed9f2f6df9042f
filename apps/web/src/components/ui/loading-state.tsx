/** A visible, announced wait: the spinner is decoration, the sentence is what screen readers hear. */
export function LoadingState({ message }: { message: string }) {
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <span className="loading-state__spinner" aria-hidden="true" />
      <span>{message}</span>
    </div>
  );
}
