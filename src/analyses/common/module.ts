import type { ComponentType } from 'react';
import type { Language } from '../../i18n';
import type { CallRole, Filters, ValidationReport } from '../../model';
import type { KpiDefinitions } from '../../metrics';
import type { SettingsOf, SettingsSchema } from './settings';

/** What every analysis panel is given besides its own settings: the shared working state. */
export interface AnalysisContext {
  readonly filters: Filters;
  readonly definitions: KpiDefinitions;
  /** Roles the `calls` view carries (others are typed NULLs). */
  readonly available: ReadonlySet<string>;
  /** What validation found when the canonical views were last built. */
  readonly report: ValidationReport | null;
  readonly setDefinitions: (patch: Partial<KpiDefinitions>) => void;
}

export interface AnalysisPanelProps<S extends SettingsSchema> {
  readonly context: AnalysisContext;
  readonly settings: SettingsOf<S>;
  readonly onSettings: (settings: SettingsOf<S>) => void;
}

/**
 * One analysis: everything the shell needs to list it, route to it, keep its settings in the working spec and show
 * it. Adding an analysis is its folder plus one line in the shell's registry.
 */
export interface AnalysisModule<S extends SettingsSchema = SettingsSchema> {
  /** Its address, `#/<id>`, and its key in saved views. */
  readonly id: string;
  /** The message key of its name in the navigation. */
  readonly titleKey: string;
  /** Its settings and their defaults, kept in the working spec, saved views and links. */
  readonly settings: S;
  /** Call roles it cannot work without; the shell says which are missing instead of showing the panel. */
  readonly needs: readonly CallRole[];
  /** Its own messages, in every language. */
  readonly messages: Readonly<Record<Language, Readonly<Record<string, string>>>>;
  readonly Panel: ComponentType<AnalysisPanelProps<S>>;
}

/**
 * Declares a module, checking its settings type against its panel, and gives it the shell's type: the shell passes
 * each panel the settings read through that module's own schema.
 */
export function defineAnalysis<S extends SettingsSchema>(module: AnalysisModule<S>): AnalysisModule {
  return module as unknown as AnalysisModule;
}
