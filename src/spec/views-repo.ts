import type { CallsightDb, ViewRecord } from './db';
import { loadViewParsers } from './load-parsers';
import type { ViewProblem } from './problems';
import type { SavedView, ViewSpec } from './view-spec';
import { guardWrite } from './write-errors';

/** A stored view that could not be read (e.g. written by a newer app); kept, never deleted silently. */
export interface UnreadableView {
  readonly id: string;
  readonly name: string;
  readonly problem: ViewProblem;
}

/** Saved views in IndexedDB: every read goes through `parseSavedView`, every write is guarded. */
export class ViewsRepo {
  constructor(
    private readonly db: CallsightDb,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Every view, newest first, plus those that could not be read. */
  async list(): Promise<{ views: SavedView[]; unreadable: UnreadableView[] }> {
    const records = await this.db.views.orderBy('updatedAt').reverse().toArray();
    const views: SavedView[] = [];
    const unreadable: UnreadableView[] = [];
    if (records.length === 0) return { views, unreadable };
    const { parseSavedView } = await loadViewParsers();
    for (const record of records) {
      const parsed = parseSavedView(record);
      if (parsed.ok) views.push(parsed.value);
      else unreadable.push({ id: record.id, name: String(record.name), problem: parsed.problem });
    }
    return { views, unreadable };
  }

  async get(id: string): Promise<SavedView | undefined> {
    const record = await this.db.views.get(id);
    if (!record) return undefined;
    const { parseSavedView } = await loadViewParsers();
    const parsed = parseSavedView(record);
    return parsed.ok ? parsed.value : undefined;
  }

  async create(name: string, spec: ViewSpec, thumbnail: string | null): Promise<SavedView> {
    const at = this.now();
    const view: SavedView = { id: this.newId(), name: cleanName(name), createdAt: at, updatedAt: at, thumbnail, spec };
    await guardWrite(() => this.db.views.add(toRecord(view)));
    return view;
  }

  /** Replaces a view's spec (and thumbnail), keeping its name and id. */
  async overwrite(id: string, spec: ViewSpec, thumbnail: string | null): Promise<void> {
    await guardWrite(() => this.db.views.update(id, { spec, thumbnail, updatedAt: this.now() }));
  }

  async rename(id: string, name: string): Promise<void> {
    await guardWrite(() => this.db.views.update(id, { name: cleanName(name), updatedAt: this.now() }));
  }

  async duplicate(id: string, name: string): Promise<SavedView | undefined> {
    const view = await this.get(id);
    return view ? this.create(name, view.spec, view.thumbnail) : undefined;
  }

  /** Deletes a view and returns it, so the caller can offer to undo. */
  async remove(id: string): Promise<ViewRecord | undefined> {
    return guardWrite(() =>
      this.db.transaction('rw', this.db.views, async () => {
        const record = await this.db.views.get(id);
        if (record) await this.db.views.delete(id);
        return record;
      }),
    );
  }

  /** Puts back a record returned by `remove`, or any views (import): existing ids are replaced. */
  async put(records: readonly ViewRecord[]): Promise<void> {
    await guardWrite(() => this.db.views.bulkPut([...records]));
  }
}

export function toRecord(view: SavedView): ViewRecord {
  return { ...view, spec: view.spec };
}

function cleanName(name: string): string {
  const trimmed = name.trim().slice(0, 200);
  return trimmed || 'Untitled view';
}
