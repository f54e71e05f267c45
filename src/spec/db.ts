import Dexie, { type EntityTable } from 'dexie';
import { DB_NAME, STORES } from './storage-names';

/** A saved view as stored; its `spec` is parsed (and migrated) by `parseSavedView` on every read. */
export interface ViewRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  thumbnail: string | null;
  spec: unknown;
}

/** A loaded table kept across reloads: the datasets store's entry plus how its rows are stored. */
export interface DatasetRecord {
  id: string;
  table: string;
  label: string;
  sources: string[];
  rows: number;
  columns: { name: string; type: string }[];
  sample?: boolean;
  savedAt: number;
  /** Total size of the stored chunks. */
  bytes: number;
  chunks: number;
  /** Key of the chunk set holding the rows; a re-save writes a new set before dropping the old one. */
  chunkSet: string;
  /** How the chunks are encoded; a new format needs a new value and a reader for it. */
  format: 'arrow-ipc-stream';
}

/** Part of a dataset's rows (a rowid range) as Arrow IPC stream bytes. */
export interface ChunkRecord {
  /** The `chunkSet` of the dataset the chunk belongs to. */
  chunkSet: string;
  index: number;
  /** A Blob, which browsers store beside the database instead of cloning it into a record. */
  data: Blob;
}

/** A versioned JSON document such as the reason taxonomy. */
export interface DocumentRecord {
  id: string;
  version: number;
  updatedAt: number;
  data: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The app's IndexedDB database. Add a `version(n)` with an `upgrade` for every change of stores or shapes. */
export class CallsightDb extends Dexie {
  views!: EntityTable<ViewRecord, 'id'>;
  datasets!: EntityTable<DatasetRecord, 'id'>;
  datasetChunks!: Dexie.Table<ChunkRecord, [string, number]>;
  taxonomy!: EntityTable<DocumentRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      [STORES.views]: 'id, updatedAt',
      [STORES.datasets]: 'id, &table',
      [STORES.datasetChunks]: '[chunkSet+index], chunkSet',
      [STORES.taxonomy]: 'id',
      [STORES.settings]: 'key',
    });
  }
}

/** Why storage could not be opened, in words the UI can translate. */
export type StorageFailure = 'unavailable' | 'newer-version' | 'blocked' | 'other';

/** Opens the database, turning the ways it fails (private mode, a newer app's data) into a `StorageFailure`. */
export async function openDb(
  name = DB_NAME,
): Promise<{ db: CallsightDb } | { failure: StorageFailure; detail: string }> {
  if (typeof indexedDB === 'undefined') return { failure: 'unavailable', detail: 'indexedDB is not defined' };
  const db = new CallsightDb(name);
  try {
    await db.open();
    return { db };
  } catch (error) {
    db.close();
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const kind = error instanceof Error ? error.name : '';
    if (kind === 'VersionError' || detail.includes('VersionError')) return { failure: 'newer-version', detail };
    if (kind === 'MissingAPIError' || kind === 'InvalidStateError') return { failure: 'unavailable', detail };
    if (kind === 'DatabaseClosedError' && detail.includes('blocked')) return { failure: 'blocked', detail };
    return { failure: 'other', detail };
  }
}
