import { create } from 'zustand';
import { DEFAULT_DEFINITIONS, type KpiDefinitions } from '../metrics';

/** Plain JSON an analysis keeps as its settings. */
export type AnalysisSettings = Readonly<Record<string, unknown>>;

interface WorkspaceState {
  /** The open analysis (its route id). */
  analysis: string;
  /** Each analysis's settings, kept while the user visits others; a saved view stores the open one's. */
  settings: Readonly<Record<string, AnalysisSettings>>;
  /** Chart choices, by chart id; a saved view stores them. */
  charts: Readonly<Record<string, unknown>>;
  /** The KPI definitions every analysis reads. */
  definitions: KpiDefinitions;
  open: (analysis: string) => void;
  setAnalysisSettings: (analysis: string, settings: AnalysisSettings) => void;
  setDefinitions: (patch: Partial<KpiDefinitions>) => void;
}

export const DEFAULT_ANALYSIS = 'overview';

/** The working state beyond mapping and filters: which analysis is open, its settings, the KPI definitions. */
export const useWorkspaceStore = create<WorkspaceState>((set) => ({
  analysis: DEFAULT_ANALYSIS,
  settings: {},
  charts: {},
  definitions: DEFAULT_DEFINITIONS,
  open: (analysis) => set({ analysis }),
  setAnalysisSettings: (analysis, settings) => set((s) => ({ settings: { ...s.settings, [analysis]: settings } })),
  setDefinitions: (patch) => set((s) => ({ definitions: { ...s.definitions, ...patch } })),
}));
