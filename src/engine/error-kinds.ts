/**
 * What went wrong, in words a user can act on. Each kind has `engine.error.<kind>` (what happened) and
 * `engine.error.<kind>.todo` (what to do) in every catalogue; the engine's own text is only ever shown
 * behind a "details" disclosure.
 */
export const ENGINE_ERROR_KINDS = [
  'conversion',
  'outOfRange',
  'outOfMemory',
  'csvColumns',
  'csvQuote',
  'csvEncoding',
  'csvDialect',
  'csvParse',
  'missingTable',
  'missingColumn',
  'missingFile',
  'binder',
  'syntax',
  'interrupted',
  'refused',
  'duplicate',
  'notJson',
  'storage',
  'unknown',
] as const;
export type EngineErrorKind = (typeof ENGINE_ERROR_KINDS)[number];

/** A classified error: its kind, the line it names (CSV), and the raw text for "details". */
export interface EngineErrorInfo {
  readonly kind: EngineErrorKind;
  readonly params: Readonly<Record<string, string>>;
  readonly raw: string;
}

type Rule = readonly [EngineErrorKind, RegExp];

// Order matters: CSV errors also say "Conversion Error", a sniffing failure also says "Invalid Input".
const RULES: readonly Rule[] = [
  ['interrupted', /INTERRUPT Error|Interrupted!|query was cancelled|AbortError/i],
  // The engine's guard: a file outside the registered ones, the network, or an extension.
  [
    'refused',
    /Permission Error|disabled by configuration|external extensions is disabled|configuration has been locked/i,
  ],
  ['outOfMemory', /Out of Memory Error|could not allocate|memory_limit|Aborted\(OOM\)|out of memory/i],
  ['csvEncoding', /Invalid unicode|not utf-8 encoded/i],
  ['csvQuote', /unterminated quote/i],
  ['csvColumns', /Expected Number of Columns|too many columns|Found: \d+/i],
  ['csvDialect', /not possible to automatically detect the CSV|Error when sniffing file/i],
  ['conversion', /Error when converting column|Conversion Error: CSV/i],
  ['csvParse', /CSV Error|CSV Parser|state machine|CSV File/i],
  [
    'conversion',
    /Conversion Error|Could not convert|Could not parse string|can't be cast|field value out of range|invalid \w+ field format/i,
  ],
  ['outOfRange', /Out of Range Error|Overflow/i],
  ['missingFile', /No files found|IO Error|Cannot open file|could not open/i],
  ['missingTable', /Table with name \S+ does not exist|Table .* does not exist|View with name/i],
  ['missingColumn', /Referenced column .* not found|column .* not found|does not have a column/i],
  ['duplicate', /already exists|Constraint Error|duplicate key/i],
  ['syntax', /Parser Error|syntax error/i],
  ['binder', /Binder Error|Catalog Error|No function matches/i],
  ['notJson', /JSON|Unexpected token|Unexpected end of/i],
  ['storage', /IndexedDB|DatabaseClosedError|QuotaExceeded|InvalidStateError|UnknownError|Dexie/i],
];

/** Classifies an error from the engine (or the storage under it) by its text. */
export function classifyEngineError(error: unknown): EngineErrorInfo {
  const raw = rawText(error);
  const kind = RULES.find(([, pattern]) => pattern.test(raw))?.[0] ?? 'unknown';
  return { kind, params: factsOf(raw), raw };
}

/** The error's own text, as complete as it came. */
export function rawText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function factsOf(raw: string): Record<string, string> {
  const line = /Line:\s*(\d+)/i.exec(raw)?.[1];
  return line ? { line } : {};
}
