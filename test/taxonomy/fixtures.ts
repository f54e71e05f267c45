import type { Taxonomy } from '../../src/model/taxonomy';

/** A small billing taxonomy: three reasons, four codes by hand, nothing merged. */
export function billing(): Taxonomy {
  return {
    categories: ['Billing', 'Technical fault'],
    reasons: [
      { id: 'a', name: 'Bill explanation', category: 'Billing', status: 'active' },
      { id: 'b', name: 'Bill dispute', category: 'Billing', status: 'active' },
      { id: 'c', name: 'Slow speed', category: 'Technical fault', status: 'active' },
    ],
    codes: [
      { code: 'R01', reason: 'a' },
      { code: 'R25', reason: 'b', validFrom: '2024-01-01' },
      { code: 'R07', reason: 'c' },
      { code: 'R70' },
    ],
    rules: [],
  };
}
