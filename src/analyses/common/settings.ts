/** A JSON value, as a setting of kind `json` holds it. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/**
 * One setting of an analysis: a choice among fixed values, a whole or a real number in a range, a list of texts
 * (e.g. an editable reason set), or any JSON value the analysis checks itself (e.g. its findings).
 */
export type SettingField =
  | { readonly kind: 'choice'; readonly values: readonly string[]; readonly default: string }
  | { readonly kind: 'int'; readonly min: number; readonly max: number; readonly default: number }
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly default: number }
  | { readonly kind: 'list'; readonly default: readonly string[] }
  | { readonly kind: 'json'; readonly default: Json };

/** An analysis's settings: each field with its default. */
export type SettingsSchema = Readonly<Record<string, SettingField>>;

/** The settings a schema describes, as plain JSON values. */
export type SettingsOf<S extends SettingsSchema> = {
  readonly [K in keyof S]: S[K] extends { kind: 'choice' }
    ? S[K]['values'][number]
    : S[K] extends { kind: 'list' }
      ? readonly string[]
      : S[K] extends { kind: 'json' }
        ? Json
        : number;
};

function readField(field: SettingField, value: unknown): Json {
  switch (field.kind) {
    case 'choice':
      return typeof value === 'string' && field.values.includes(value) ? value : field.default;
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && value >= field.min && value <= field.max
        ? value
        : field.default;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= field.min && value <= field.max
        ? value
        : field.default;
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : field.default;
    case 'json':
      return value === undefined ? field.default : (value as Json);
  }
}

/**
 * Reads settings kept in a view or a link: each field that is valid is kept, any other takes its default (a view
 * saved by an older build, or edited by hand, still opens), and unknown keys are dropped.
 */
export function readSettings<S extends SettingsSchema>(schema: S, input: unknown): SettingsOf<S> {
  const given = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const out: Record<string, Json> = {};
  for (const [key, field] of Object.entries(schema)) out[key] = readField(field, given[key]);
  return out as SettingsOf<S>;
}
