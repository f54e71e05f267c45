interface Props {
  /** The figure's name: `data-figure="value.<name>"`. */
  name: string;
  label: string;
  /** Its definition, shown on hover and read on focus. */
  definition: string;
  value: number | null;
  text: string;
}

/** One figure: a label with its definition reachable by keyboard, and the value with its unrounded number. */
export function Figure({ name, label, definition, value, text }: Props) {
  return (
    <div className="value-fig" tabIndex={0} title={definition} aria-description={definition}>
      <div className="value-fig-name">
        {label} <span aria-hidden="true">ⓘ</span>
      </div>
      <div className="value-fig-value" data-figure={`value.${name}`} data-value={value ?? ''}>
        {text}
      </div>
    </div>
  );
}
