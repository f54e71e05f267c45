import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog';
import type { ViewProblemCode } from '../../src/spec/problems';

const CODES: Record<ViewProblemCode, true> = {
  'not-json': true,
  'not-a-view': true,
  'not-an-export': true,
  'newer-version': true,
  invalid: true,
  'garbled-link': true,
};

describe('view problem messages', () => {
  it('every problem has a sentence in both languages', () => {
    for (const code of Object.keys(CODES)) {
      expect(CATALOG.en[`views.problem.${code}`], code).toBeTruthy();
      expect(CATALOG['zh-CN'][`views.problem.${code}`], code).toBeTruthy();
    }
  });
});
