import './widgets.css';
export interface ProgressBarProps {
  /** 0..1, or null when the amount done is unknown. */
  fraction: number | null;
  label: string;
  detail?: string;
  cancelLabel?: string;
  onCancel?: () => void;
}

/** A labelled progress bar with an optional cancel button. */
export function ProgressBar({ fraction, label, detail, cancelLabel, onCancel }: ProgressBarProps) {
  const percent = fraction === null ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="progress" data-testid="progress">
      <div className="progress-text">
        <span>{label}</span>
        {detail && <span className="progress-detail">{detail}</span>}
      </div>
      <div
        className={`progress-track${percent === undefined ? ' progress-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={{ width: `${percent ?? 30}%` }} />
      </div>
      {onCancel && (
        <button type="button" className="progress-cancel" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
