/** One setting of an analysis: a choice among fixed values, or a whole number in a range. */
export type SettingField =
  | { readonly kind: 'choice'; readonly values: readonly string[]; readonly default: string }
  | { readonly kind: 'int'; readonly min: number; readonly max: number; readonly default: number };

/** An analysis's settings: each field with its default. */
export type SettingsSchema = Readonly<Record<string, SettingField>>;

/** The settings a schema describes, as plain JSON values. */
export type SettingsOf<S extends SettingsSchema> = {
  readonly [K in keyof S]: S[K] extends { kind: 'choice' } ? S[K]['values'][number] : number;
};

/**
 * Reads settings kept in a view or a link: each field that is valid is kept, any other takes its default (a view
 * saved by an older build, or edited by hand, still opens), and unknown keys are dropped.
 */
export function readSettings<S extends SettingsSchema>(schema: S, input: unknown): SettingsOf<S> {
  const given = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const out: Record<string, string | number> = {};
  for (const [key, field] of Object.entries(schema)) {
    const value = given[key];
    if (field.kind === 'choice')
      out[key] = typeof value === 'string' && field.values.includes(value) ? value : field.default;
    else
      out[key] =
        typeof value === 'number' && Number.isInteger(value) && value >= field.min && value <= field.max
          ? value
          : field.default;
  }
  return out as SettingsOf<S>;
}
