import './widgets.css';
export interface ErrorBannerProps {
  message: string;
  tone?: 'error' | 'info';
  dismissLabel: string;
  onDismiss: () => void;
}

/** A message that stays until the user dismisses it. */
export function ErrorBanner({ message, tone = 'error', dismissLabel, onDismiss }: ErrorBannerProps) {
  return (
    <div
      className={`banner banner-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={`banner-${tone}`}
    >
      <span className="banner-text">{message}</span>
      <button
        type="button"
        className="banner-dismiss"
        onClick={onDismiss}
        aria-label={dismissLabel}
        title={dismissLabel}
      >
        ×
      </button>
    </div>
  );
}
