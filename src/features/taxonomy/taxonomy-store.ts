import { create } from 'zustand';
import { EMPTY_TAXONOMY, type Taxonomy, type TaxonomyFileProblem } from '../../model/taxonomy';

/** Where the taxonomy on screen came from. */
export type TaxonomySource =
  { readonly kind: 'stored' | 'mapping' | 'data' } | { readonly kind: 'import'; readonly file: string };

/** A line shown above the editor: an import's result, a refused edit, a failed save. */
export type TaxonomyNotice =
  | {
      readonly tone: 'info' | 'error';
      readonly key: string;
      readonly params?: Readonly<Record<string, string | number>>;
    }
  | { readonly tone: 'error'; readonly problem: TaxonomyFileProblem; readonly file: string };

interface TaxonomyState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: string | null;
  taxonomy: Taxonomy;
  /** Whether the analyses use this taxonomy as it is now. */
  applied: boolean;
  applying: boolean;
  source: TaxonomySource;
  /** Why the stored taxonomy could not be read; while set, nothing is saved over it. */
  storedProblem: TaxonomyFileProblem | null;
  notice: TaxonomyNotice | null;
}

/** The taxonomy being edited, and the state of loading, saving and applying it. */
export const useTaxonomyStore = create<TaxonomyState>(() => ({
  status: 'idle',
  error: null,
  taxonomy: EMPTY_TAXONOMY,
  applied: false,
  applying: false,
  source: { kind: 'data' },
  storedProblem: null,
  notice: null,
}));
