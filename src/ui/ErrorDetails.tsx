import './widgets.css';

/** The engine's own words for an error, folded away: for a bug report, never the message itself. */
export function ErrorDetails({ raw, label }: { raw: string | undefined; label: string }) {
  if (!raw) return null;
  return (
    <details className="error-details" data-testid="error-details">
      <summary>{label}</summary>
      <pre lang="en">{raw}</pre>
    </details>
  );
}
