import { lazy, type ComponentType } from 'react';
import type { MessagesPart } from '../../i18n/catalog';
import { withCatalog, type CatalogLoader } from '../../i18n/lazy';
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

interface ModuleBase<S extends SettingsSchema> {
  /** Its address, `#/<id>`, and its key in saved views. */
  readonly id: string;
  /** The message key of its name in the navigation. */
  readonly titleKey: string;
  /** Its settings and their defaults, kept in the working spec, saved views and links. */
  readonly settings: S;
  /** Call roles it cannot work without; the shell says which are missing instead of showing the panel. */
  readonly needs: readonly CallRole[];
  /**
   * The messages the first screen shows (at least the navigation title), registered at start. A lazy module keeps
   * everything else in the catalogue `catalog` loads with its panel.
   */
  readonly messages: MessagesPart;
}

/** A module whose panel is part of the first screen (the overview): all its messages are eager. */
interface EagerModule<S extends SettingsSchema> extends ModuleBase<S> {
  readonly Panel: ComponentType<AnalysisPanelProps<S>>;
}

/**
 * A module loaded when first opened: its panel's code and its own catalogue download together, and the panel
 * renders only once the catalogue is registered (no raw key ever shows).
 */
interface LazyModule<S extends SettingsSchema> extends ModuleBase<S> {
  readonly catalog: CatalogLoader;
  readonly panel: () => Promise<ComponentType<AnalysisPanelProps<S>>>;
}

/**
 * One analysis: everything the shell needs to list it, route to it, keep its settings in the working spec and show
 * it. Adding an analysis is its folder plus one line in the shell's registry.
 */
export interface AnalysisModule<S extends SettingsSchema = SettingsSchema> extends ModuleBase<S> {
  /** The lazy catalogue, for the tests that read every message; absent when all of them are eager. */
  readonly catalog?: CatalogLoader;
  readonly Panel: ComponentType<AnalysisPanelProps<S>>;
}

/**
 * Declares a module, checking its settings type against its panel, and gives it the shell's type: the shell passes
 * each panel the settings read through that module's own schema. A lazy module's `Panel` is made here, so every
 * module loads the same way.
 */
export function defineAnalysis<S extends SettingsSchema>(module: EagerModule<S> | LazyModule<S>): AnalysisModule {
  if ('Panel' in module) return module as unknown as AnalysisModule;
  const { panel, ...rest } = module;
  const Panel = lazy(() => withCatalog(module.catalog, panel).then((loaded) => ({ default: loaded })));
  return { ...rest, Panel } as unknown as AnalysisModule;
}
