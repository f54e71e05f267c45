import { useId } from 'react';

interface Props {
  /** `variance.<name>` in `data-figure`. */
  readonly name: string;
  readonly label: string;
  readonly value: number | null;
  readonly shown: string;
  readonly definition: string;
}

/** One figure with its unrounded value for tests, and its definition on hover, keyboard focus and tap. */
export function Figure({ name, label, value, shown, definition }: Props) {
  const id = useId();
  return (
    <div className="variance-figure" tabIndex={0} aria-describedby={id} title={definition}>
      <div className="variance-figure-label">{label}</div>
      <div
        className="variance-figure-value"
        data-figure={`variance.${name}`}
        data-value={value === null ? '' : String(value)}
      >
        {shown}
      </div>
      <p className="variance-definition" id={id} role="note">
        {definition}
      </p>
    </div>
  );
}
