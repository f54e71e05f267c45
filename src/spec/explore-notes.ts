import type { CallsightDb } from './db';
import { SETTING_KEYS } from './storage-names';
import { guardWrite } from './write-errors';

/** A query kept by the workbench: a recent run (named by its time) or a snippet the user named. */
export interface QueryNote {
  readonly id: string;
  readonly name: string;
  readonly sql: string;
  readonly at: number;
}

export type NoteList = 'history' | 'snippets';

const KEYS: Record<NoteList, string> = {
  history: SETTING_KEYS.exploreHistory,
  snippets: SETTING_KEYS.exploreSnippets,
};

/** How many recent queries are kept; the oldest go first. */
export const HISTORY_SIZE = 50;

function readNotes(value: unknown): QueryNote[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (n): n is QueryNote =>
      typeof n === 'object' &&
      n !== null &&
      typeof (n as QueryNote).id === 'string' &&
      typeof (n as QueryNote).name === 'string' &&
      typeof (n as QueryNote).sql === 'string' &&
      typeof (n as QueryNote).at === 'number',
  );
}

/** A list as stored (in the `settings` key-value store: no new object store, no database version). */
export async function loadNotes(db: CallsightDb, list: NoteList): Promise<QueryNote[]> {
  return readNotes((await db.settings.get(KEYS[list]))?.value);
}

export async function saveNotes(db: CallsightDb, list: NoteList, notes: readonly QueryNote[]): Promise<void> {
  await guardWrite(() =>
    db.settings.put({ key: KEYS[list], value: notes.slice(0, list === 'history' ? HISTORY_SIZE : 500) }),
  );
}

/** The history with `sql` first: a query run again moves up instead of appearing twice. */
export function withRecent(history: readonly QueryNote[], note: QueryNote): QueryNote[] {
  return [note, ...history.filter((n) => n.sql.trim() !== note.sql.trim())].slice(0, HISTORY_SIZE);
}
