import { TAXONOMY_VERSION, type ImportResult, type Taxonomy } from '../model/taxonomy';
import type { CallsightDb } from './db';
import { TAXONOMY_DOCUMENT_ID, TAXONOMY_FILE_TYPE } from './storage-names';
import { taxonomyFromDocument } from './taxonomy-file';
import { guardWrite } from './write-errors';

/** The stored taxonomy and whether the user applied it (so it is applied again on the next visit). */
export interface StoredTaxonomy {
  readonly taxonomy: Taxonomy;
  readonly applied: boolean;
  readonly updatedAt: number;
}

/** The reason taxonomy in IndexedDB: one versioned document, read through the same checks as an imported file. */
export class TaxonomyRepo {
  constructor(
    private readonly db: CallsightDb,
    private readonly now: () => number = Date.now,
  ) {}

  /** The stored taxonomy, nothing stored (undefined), or why it cannot be read (the record is kept as it is). */
  async load(): Promise<ImportResult<StoredTaxonomy> | undefined> {
    const record = await this.db.taxonomy.get(TAXONOMY_DOCUMENT_ID);
    if (!record) return undefined;
    const data = (record.data ?? {}) as { taxonomy?: unknown; applied?: unknown };
    const parsed = taxonomyFromDocument({ type: TAXONOMY_FILE_TYPE, version: record.version, taxonomy: data.taxonomy });
    if (!parsed.ok) return parsed;
    return { ok: true, value: { taxonomy: parsed.value, applied: data.applied === true, updatedAt: record.updatedAt } };
  }

  /** Saves the taxonomy; refuses to replace one written by a newer version of the app. */
  async save(taxonomy: Taxonomy, applied: boolean): Promise<boolean> {
    return guardWrite(() =>
      this.db.transaction('rw', this.db.taxonomy, async () => {
        const stored = await this.db.taxonomy.get(TAXONOMY_DOCUMENT_ID);
        if (stored && stored.version > TAXONOMY_VERSION) return false;
        await this.db.taxonomy.put({
          id: TAXONOMY_DOCUMENT_ID,
          version: TAXONOMY_VERSION,
          updatedAt: this.now(),
          data: { taxonomy, applied },
        });
        return true;
      }),
    );
  }

  async remove(): Promise<void> {
    await guardWrite(() => this.db.taxonomy.delete(TAXONOMY_DOCUMENT_ID));
  }
}
