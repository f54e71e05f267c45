import { describe, expect, it } from 'vitest';
import { buildExportFile, parseExportFile } from '../../src/spec/export-file';
import type { SavedView } from '../../src/spec/view-spec';
import { sampleSpec, versionOneSpec } from './fixtures';

const view = (id: string, name: string): SavedView => ({
  id,
  name,
  createdAt: 1,
  updatedAt: 2,
  thumbnail: null,
  spec: sampleSpec(),
});

describe('export file', () => {
  it('round-trips views, the working state and documents', async () => {
    const contents = {
      views: [view('a', 'Mobile KPIs'), view('b', '原因分析')],
      session: sampleSpec(),
      documents: [{ id: 'taxonomy', version: 1, data: { reasons: [] } }],
    };
    const text = buildExportFile(contents, 'Callsight 0.1.0', new Date('2026-02-01T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      type: 'callsight/views',
      version: 1,
      exportedAt: '2026-02-01T00:00:00.000Z',
    });
    const parsed = await parseExportFile(text);
    expect(parsed).toMatchObject({ ok: true, value: { ...contents, rejected: [], ignored: [], migrated: 0 } });
  });

  it('keeps the good views of a file with a bad one and says which was refused', async () => {
    const broken = { ...view('c', 'Broken'), spec: { ...sampleSpec(), filters: 'all' } };
    const future = { ...view('d', 'Future'), spec: { ...sampleSpec(), schemaVersion: 4 } };
    const old = { ...view('e', 'Old'), spec: versionOneSpec() };
    const text = JSON.stringify({
      type: 'callsight/views',
      version: 1,
      views: [view('a', 'Good'), broken, future, old],
      extra: 1,
    });
    const parsed = await parseExportFile(text);
    if (!parsed.ok) throw new Error(parsed.problem.detail);
    expect(parsed.value.views.map((v) => v.name)).toEqual(['Good', 'Old']);
    expect(parsed.value.migrated).toBe(1);
    expect(parsed.value.rejected).toMatchObject([
      { code: 'invalid', path: 'views[1].spec.filters' },
      { code: 'newer-version', path: 'views[2].spec.schemaVersion', version: 4 },
    ]);
    expect(parsed.value.ignored).toEqual(['extra']);
  });

  it('accepts a bare view spec as the working state', async () => {
    expect(await parseExportFile(JSON.stringify(sampleSpec()))).toMatchObject({
      ok: true,
      value: { views: [], session: sampleSpec() },
    });
  });

  it('refuses what is not an export, with the reason', async () => {
    expect(await parseExportFile('not json')).toMatchObject({ ok: false, problem: { code: 'not-json' } });
    expect(await parseExportFile('[1,2]')).toMatchObject({ ok: false, problem: { code: 'not-an-export' } });
    expect(await parseExportFile('{"type":"excalidraw","version":2}')).toMatchObject({
      ok: false,
      problem: { code: 'not-an-export', path: 'type' },
    });
    expect(await parseExportFile('{"type":"callsight/views","version":4,"views":[]}')).toMatchObject({
      ok: false,
      problem: { code: 'newer-version', version: 4 },
    });
  });
});
