import { describe, expect, it } from 'vitest';
import { decodeViewLink, encodeViewLink, hasViewLink, withoutViewLink } from '../../src/spec/link-codec';
import { sampleSpec } from './fixtures';

describe('view link codec', () => {
  it('round-trips a view, Chinese labels included', async () => {
    const spec = sampleSpec();
    spec.filters = { ...spec.filters, businessLines: ['宽带', 'Mobile & TV'] };
    const hash = await encodeViewLink(spec);
    // The link sits at its analysis's address, so it opens that analysis.
    expect(hash).toMatch(/^#\/kpi\?view=1\.[A-Za-z0-9_-]+$/);
    expect(hasViewLink(hash)).toBe(true);
    expect(withoutViewLink(hash)).toBe('#/kpi');
    expect(await decodeViewLink(hash)).toEqual({ ok: true, value: spec, migrated: [], ignored: [] });
  });

  it('still opens links written before analyses had addresses', async () => {
    const hash = await encodeViewLink(sampleSpec());
    const old = `#${hash.slice(hash.indexOf('?') + 1)}`;
    expect(old).toMatch(/^#view=1\./);
    expect(hasViewLink(old)).toBe(true);
    expect(withoutViewLink(old)).toBe('');
    expect(await decodeViewLink(old)).toMatchObject({ ok: true, value: sampleSpec() });
    expect(hasViewLink('#/overview')).toBe(false);
  });

  it('keeps links short enough to paste', async () => {
    expect((await encodeViewLink(sampleSpec())).length).toBeLessThan(1000);
  });

  it('reports garbled, truncated and foreign fragments as garbled links', async () => {
    const good = await encodeViewLink(sampleSpec());
    const cases = [
      '#view=',
      '#view=1.',
      '#view=1.%%%',
      '#view=9.abc',
      '#other=1',
      good.slice(0, good.length - 12),
      '#view=1.' + btoa('not deflate'),
    ];
    for (const hash of cases) {
      const result = await decodeViewLink(hash);
      expect(result, hash).toMatchObject({ ok: false, problem: { code: 'garbled-link' } });
    }
  });

  it('refuses a payload that inflates beyond any view', async () => {
    const huge = new TextEncoder().encode(JSON.stringify({ schemaVersion: 3, pad: 'x'.repeat(2_000_000) }));
    const stream = new Blob([huge]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    const hash = `#view=1.${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
    expect(await decodeViewLink(hash)).toMatchObject({ ok: false, problem: { code: 'garbled-link' } });
  });

  it('passes a decoded spec from a newer app through the version check', async () => {
    const hash = await encodeViewLink({ ...sampleSpec(), schemaVersion: 5 } as unknown as ReturnType<
      typeof sampleSpec
    >);
    expect(await decodeViewLink(hash)).toMatchObject({ ok: false, problem: { code: 'newer-version', version: 5 } });
  });
});
