import { create } from 'zustand';
import type { MessageParams } from '../i18n';
import type { CallsightDb, DatasetRecord, StorageFailure } from '../spec/db';
import type { TabRole } from '../spec/tab-lock';

/** A message in the catalogue, with its parameters; `nested` parameters are messages themselves. */
export interface Message {
  readonly key: string;
  readonly params?: MessageParams;
  readonly nested?: Readonly<Record<string, Message>>;
}

/** A message for the user (translated when shown), with further lines such as each refused part of an import. */
export interface Notice extends Message {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly details?: readonly Message[];
}

export type StorageState =
  | { status: 'opening' }
  | { status: 'ready'; db: CallsightDb }
  | { status: 'failed'; failure: StorageFailure; detail: string };

interface PersistenceState {
  storage: StorageState;
  /** This tab's role: only the writer changes what is stored. */
  role: TabRole;
  /** Datasets kept on this device (metadata only). */
  stored: readonly DatasetRecord[];
  /** Label of the dataset being reopened or saved, for the progress line. */
  busy: { key: string; label: string } | null;
  notices: readonly Notice[];
}

/** What is stored, whether this tab may write, and what the user should be told about it. */
export const usePersistenceStore = create<PersistenceState>(() => ({
  storage: { status: 'opening' },
  role: 'writer',
  stored: [],
  busy: null,
  notices: [],
}));

let nextNotice = 1;

/** Shows a message; returns its id so it can be dismissed. */
export function notify(tone: Notice['tone'], message: Message, details?: readonly Message[]): number {
  const id = nextNotice++;
  const notice: Notice = { id, tone, ...message, ...(details?.length ? { details } : {}) };
  usePersistenceStore.setState((s) => ({ notices: [...s.notices.slice(-4), notice] }));
  return id;
}

export function dismiss(id: number): void {
  usePersistenceStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function dismissAll(): void {
  usePersistenceStore.setState({ notices: [] });
}

/** The open database if this tab may write to it, else null. */
export function writableDb(): CallsightDb | null {
  const { storage, role } = usePersistenceStore.getState();
  return storage.status === 'ready' && role === 'writer' ? storage.db : null;
}

/** The open database for reading (any tab), else null. */
export function readableDb(): CallsightDb | null {
  const { storage } = usePersistenceStore.getState();
  return storage.status === 'ready' ? storage.db : null;
}

type Broadcast = (change: 'views' | 'datasets' | 'session') => void;
let broadcastTo: Broadcast = () => undefined;

/** Set once the changes channel is open; tells other tabs to refresh what they show. */
export function setBroadcast(post: Broadcast): void {
  broadcastTo = post;
}

export function broadcast(change: 'views' | 'datasets' | 'session'): void {
  broadcastTo(change);
}
