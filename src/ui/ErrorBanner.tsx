import type { ReactNode } from 'react';
import './widgets.css';
export interface ErrorBannerProps {
  message: string;
  tone?: 'error' | 'info';
  dismissLabel: string;
  onDismiss: () => void;
  /** Shown under the message, e.g. the engine's own text folded away. */
  children?: ReactNode;
}

/** A message that stays until the user dismisses it. */
export function ErrorBanner({ message, tone = 'error', dismissLabel, onDismiss, children }: ErrorBannerProps) {
  return (
    <div
      className={`banner banner-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={`banner-${tone}`}
    >
      <div className="banner-text">
        {message}
        {children}
      </div>
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
