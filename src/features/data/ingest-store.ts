import { create } from 'zustand';
import { useDatasetsStore } from '../../state/datasets-store';
import type {
  DetectedCsv,
  IngestError,
  IngestNotice,
  IngestProgress,
  IngestSource,
  RejectSummary,
  SheetSummary,
} from '../../ingest';

/** What ingest knows about a loaded dataset beyond what the rest of the app reads. */
export interface DatasetDetail {
  /** The file it was read from (kept as a reference, not a copy), for reading it again with new options. */
  readonly source: IngestSource;
  readonly fingerprints: readonly string[];
  readonly csv?: DetectedCsv;
  readonly notices: readonly IngestNotice[];
  /** Exact duplicate rows reported by the last append, if any. */
  readonly duplicates?: number;
  /** Rows of its files that could not be read, one summary per file with such rows. */
  readonly rejected?: readonly RejectSummary[];
}

/** A message shown above the list: a refusal, or news such as an append. */
export type BannerContent =
  | { readonly kind: 'error'; readonly error: IngestError }
  | { readonly kind: 'info'; readonly key: string; readonly params: Record<string, string | number> };
export type Banner = BannerContent & { readonly id: number };

/** A workbook waiting for the user to pick which of its sheets to load. */
export interface SheetChoice {
  readonly file: string;
  readonly sheets: readonly SheetSummary[];
  /** The names picked, in workbook order; none to load nothing from the file. */
  readonly answer: (sheets: readonly string[]) => void;
}

interface IngestState {
  details: Readonly<Record<string, DatasetDetail>>;
  progress: IngestProgress | null;
  controller: AbortController | null;
  banners: readonly Banner[];
  sheetChoice: SheetChoice | null;
  setDetail: (id: string, detail: DatasetDetail | null) => void;
  setProgress: (progress: IngestProgress | null) => void;
  setController: (controller: AbortController | null) => void;
  addBanner: (banner: BannerContent) => void;
  dismiss: (id: number) => void;
  setSheetChoice: (choice: SheetChoice | null) => void;
}

let nextBanner = 1;

/** Ingest's own UI state: per-dataset details, the running load, messages. */
export const useIngestStore = create<IngestState>((set) => ({
  details: {},
  progress: null,
  controller: null,
  banners: [],
  sheetChoice: null,
  setDetail: (id, detail) =>
    set((s) => {
      const details = Object.fromEntries(Object.entries(s.details).filter(([key]) => key !== id));
      return { details: detail ? { ...details, [id]: detail } : details };
    }),
  setProgress: (progress) => set({ progress }),
  setController: (controller) => set({ controller }),
  addBanner: (banner) => set((s) => ({ banners: [...s.banners, { ...banner, id: nextBanner++ } as Banner] })),
  dismiss: (id) => set((s) => ({ banners: s.banners.filter((b) => b.id !== id) })),
  setSheetChoice: (sheetChoice) => set({ sheetChoice }),
}));

// A dataset removed from anywhere (its card, the storage panel) takes its details with it: a file whose
// fingerprint stayed behind would be refused as a duplicate when dropped again.
useDatasetsStore.subscribe((state) => {
  const { details } = useIngestStore.getState();
  const kept = Object.fromEntries(Object.entries(details).filter(([id]) => state.datasets.some((d) => d.id === id)));
  if (Object.keys(kept).length !== Object.keys(details).length) useIngestStore.setState({ details: kept });
});
