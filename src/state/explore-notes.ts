import { create } from 'zustand';
import { loadNotes, saveNotes, withRecent, type NoteList, type QueryNote } from '../spec/explore-notes';
import { readableDb, writableDb } from './storage-store';

interface NotesState {
  history: readonly QueryNote[];
  snippets: readonly QueryNote[];
  loaded: boolean;
}

/** The workbench's recent queries and saved snippets, kept on this device. */
export const useQueryNotes = create<NotesState>(() => ({ history: [], snippets: [], loaded: false }));

/** Reads both lists once storage is open (a tab without storage keeps them for the session only). */
export async function loadQueryNotes(): Promise<void> {
  const db = readableDb();
  if (!db || useQueryNotes.getState().loaded) return;
  const [history, snippets] = await Promise.all([loadNotes(db, 'history'), loadNotes(db, 'snippets')]);
  useQueryNotes.setState({ history, snippets, loaded: true });
}

async function store(list: NoteList, notes: readonly QueryNote[]): Promise<void> {
  useQueryNotes.setState(list === 'history' ? { history: notes } : { snippets: notes });
  const db = writableDb();
  if (db) await saveNotes(db, list, notes);
}

const newId = () => crypto.randomUUID();

export function rememberQuery(sql: string): Promise<void> {
  const at = Date.now();
  return store('history', withRecent(useQueryNotes.getState().history, { id: newId(), name: '', sql, at }));
}

export function saveSnippet(name: string, sql: string): Promise<void> {
  const note: QueryNote = { id: newId(), name: name.trim().slice(0, 200), sql, at: Date.now() };
  return store('snippets', [note, ...useQueryNotes.getState().snippets]);
}

export function removeSnippet(id: string): Promise<void> {
  return store(
    'snippets',
    useQueryNotes.getState().snippets.filter((n) => n.id !== id),
  );
}
