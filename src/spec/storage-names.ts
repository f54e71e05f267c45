/**
 * Every name Callsight stores things under in the browser. These names are what lets data written by one version
 * of the app be found by the next: DO NOT CHANGE THESE WITHOUT ADDING MIGRATION LOGIC (a new Dexie version that
 * copies from the old name, or a rename step in `migrations.ts`).
 */

/** The IndexedDB database (Dexie) holding views, dataset metadata and rows, taxonomy and settings. */
export const DB_NAME = 'callsight';

/** Object stores of `DB_NAME`. */
export const STORES = {
  views: 'views',
  datasets: 'datasets',
  datasetChunks: 'datasetChunks',
  taxonomy: 'taxonomy',
  settings: 'settings',
} as const;

/** Keys in the `settings` store. */
export const SETTING_KEYS = {
  /** The working state (mapping, filters, analysis) when the tab was last used, restored on the next visit. */
  session: 'session',
  /** The Explore workbench's recent queries (newest first). */
  exploreHistory: 'explore.history',
  /** The Explore workbench's saved snippets. */
  exploreSnippets: 'explore.snippets',
} as const;

/**
 * localStorage keys (the language choice is owned by src/i18n and listed here so every name is in one place).
 * @public
 */
export const LOCAL_STORAGE_KEYS = {
  language: 'callsight.language',
} as const;

/** The Web Lock held by the one tab that may write to storage. */
export const WRITER_LOCK = 'callsight.writer';

/** The BroadcastChannel on which tabs tell each other that stored views or datasets changed. */
export const CHANGES_CHANNEL = 'callsight.changes';

/** The URL fragment parameter carrying a shared view. */
export const LINK_PARAM = 'view';

/** `type` of an exported file, as Excalidraw writes `{ type, version, source }`. */
export const EXPORT_FILE_TYPE = 'callsight/views';

/** `type` of an exported reason taxonomy file. */
export const TAXONOMY_FILE_TYPE = 'callsight/taxonomy';

/** The id of the reason taxonomy in the `taxonomy` store. */
export const TAXONOMY_DOCUMENT_ID = 'reason-taxonomy';
