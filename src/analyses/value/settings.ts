import type { Json } from '../common/settings';
import { DEFAULT_VALUE_SETTINGS, type ValueSettings } from './value-spec';

/** The value analysis keeps its settings as one object (rules, thresholds, the VIP rule), read back field by field. */
export const VALUE_SETTINGS = {
  config: { kind: 'json', default: DEFAULT_VALUE_SETTINGS as unknown as Json },
} as const;

/** Saved settings over the defaults: a field missing or of the wrong type takes its default. */
export function readValueSettings(config: Json): ValueSettings {
  const given = typeof config === 'object' && config !== null && !Array.isArray(config) ? config : {};
  const out: Record<string, unknown> = { ...DEFAULT_VALUE_SETTINGS };
  for (const [key, fallback] of Object.entries(DEFAULT_VALUE_SETTINGS)) {
    const value = (given as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const sameKind =
      fallback === null
        ? value === null || Array.isArray(value)
        : typeof value === typeof fallback && Array.isArray(value) === Array.isArray(fallback);
    if (sameKind) out[key] = value;
  }
  return out as unknown as ValueSettings;
}
