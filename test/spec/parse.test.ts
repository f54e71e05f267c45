import { describe, expect, it } from 'vitest';
import { parseJsonText, parseSavedView, parseViewSpec } from '../../src/spec/parse';
import { VIEW_SCHEMA_VERSION } from '../../src/spec/view-spec';
import { sampleSpec, versionOneSpec, versionTwoSpec } from './fixtures';

describe('parseViewSpec', () => {
  it('accepts a current spec unchanged', () => {
    const result = parseViewSpec(sampleSpec());
    expect(result).toEqual({ ok: true, value: sampleSpec(), migrated: [], ignored: [] });
  });

  it('migrates a version 1 spec through the named step', () => {
    const result = parseViewSpec(versionOneSpec());
    if (!result.ok) throw new Error(result.problem.detail);
    expect(result.migrated).toEqual([
      'com.callsight.view/2.DatasetRefsWithColumns',
      'com.callsight.view/3.KpiDefinitionsOutOfMapping',
    ]);
    expect(result.value.schemaVersion).toBe(VIEW_SCHEMA_VERSION);
    expect(result.value.datasets).toEqual([{ id: 'calls_jan', table: 'calls_jan', label: 'calls_jan', columns: [] }]);
    expect(result.value.mapping).toEqual(sampleSpec().mapping);
  });

  it("moves a version 2 view's KPI settings out of the mapping and keeps every value", () => {
    const old = versionTwoSpec();
    const mapping = old.mapping as { settings: Record<string, unknown> };
    mapping.settings = {
      serviceLevelSeconds: 30,
      shortAbandonSeconds: 5,
      repeatDays: 3,
      costPerMinute: null,
      costPerContact: 4.5,
    };
    const result = parseViewSpec(old);
    if (!result.ok) throw new Error(result.problem.detail);
    expect(result.migrated).toEqual(['com.callsight.view/3.KpiDefinitionsOutOfMapping']);
    // The old "cost per contact" was charged per offered call: the same number under its new name.
    expect(result.value.definitions).toEqual({
      serviceLevelSeconds: 30,
      shortAbandonSeconds: 5,
      repeatDays: 3,
      costPerMinute: null,
      costPerOfferedCall: 4.5,
      currency: '',
    });
    expect(result.value.mapping).toEqual(sampleSpec().mapping);
    expect(result.ignored).toEqual([]);
  });

  it('opens the overview for a version 2 view saved with no analysis', () => {
    const result = parseViewSpec({ ...versionTwoSpec(), analysis: null });
    if (!result.ok) throw new Error(result.problem.detail);
    expect(result.value.analysis).toEqual({ id: 'overview', settings: {} });
  });

  it('refuses a spec from a newer version and says which', () => {
    const result = parseViewSpec({ ...sampleSpec(), schemaVersion: 99 });
    expect(result).toMatchObject({ ok: false, problem: { code: 'newer-version', version: 99, path: 'schemaVersion' } });
  });

  it('says where a hand-edited field is wrong', () => {
    const spec = sampleSpec();
    const edited = { ...spec, filters: { ...spec.filters, dateFrom: '1 Jan 2026' } };
    expect(parseViewSpec(edited, 'views[0].spec')).toMatchObject({
      ok: false,
      problem: { code: 'invalid', path: 'views[0].spec.filters.dateFrom' },
    });
  });

  it('explains a refusal in English, the language of the details line', () => {
    const spec = sampleSpec();
    const edited = { ...spec, definitions: { ...spec.definitions, repeatDays: 'x' } };
    expect(parseViewSpec(edited)).toMatchObject({
      ok: false,
      problem: { path: 'definitions.repeatDays', detail: 'Invalid input: expected number, received string' },
    });
  });

  it('rejects things that are not views', () => {
    for (const input of [null, 42, 'view', [], {}, { schemaVersion: 'two' }, { schemaVersion: 0 }]) {
      const result = parseViewSpec(input);
      expect(result.ok).toBe(false);
    }
  });

  it('reports the keys it could not use instead of failing', () => {
    const spec = { ...sampleSpec(), colour: 'blue' } as Record<string, unknown>;
    (spec.mapping as { calls: { columns: Record<string, string> } }).calls.columns.mood = 'x';
    const result = parseViewSpec(spec);
    if (!result.ok) throw new Error(result.problem.detail);
    expect([...result.ignored].sort()).toEqual(['colour', 'mapping.calls.columns.mood']);
    expect(result.value).toEqual(sampleSpec());
  });

  it('never throws on hostile input', () => {
    const cyclic: Record<string, unknown> = { schemaVersion: 2 };
    cyclic.self = cyclic;
    const inputs: unknown[] = [
      cyclic,
      { schemaVersion: 2, mapping: { settings: { repeatDays: -1 } } },
      Object.create(null),
    ];
    for (const input of inputs) expect(() => parseViewSpec(input)).not.toThrow();
  });
});

describe('parseSavedView', () => {
  it('checks the envelope and the spec', () => {
    const view = { id: 'v1', name: 'Mobile, January', createdAt: 1, updatedAt: 2, thumbnail: null, spec: sampleSpec() };
    expect(parseSavedView(view)).toMatchObject({ ok: true, value: view });
    expect(parseSavedView({ ...view, name: '' })).toMatchObject({ ok: false, problem: { path: 'name' } });
    expect(parseSavedView({ ...view, thumbnail: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      problem: { path: 'thumbnail' },
    });
  });
});

describe('parseJsonText', () => {
  it('reports broken JSON rather than throwing', () => {
    expect(parseJsonText('{"views": [')).toMatchObject({ ok: false, problem: { code: 'not-json' } });
  });
});
