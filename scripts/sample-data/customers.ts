/**
 * The customer base: segment, main business line, join date, monthly revenue,
 * how often they contact us, credit tier (seed 001) and the "product improver"
 * flag (seed 000). Revenue and cost totals are worked out later in finance.ts.
 */
import { NameMaker } from './names';
import { Rng } from './prng';
import { IMPROVER_CUSTOMERS, SEED, SEED_PAIR } from './stories';
import type { Label } from './taxonomy';
import { DAY_COUNT, dayIndex } from './time';

export type Tier = 'A' | 'B' | 'C' | 'D';

export interface Customer {
  index: number;
  id: string;
  name: Label;
  /** 0 consumer, 1 small business, 2 enterprise (labels.ts SEGMENTS). */
  segment: number;
  primaryLine: number;
  /** Day index of joining (negative: before 2026). */
  joinedDay: number;
  monthlyRevenueCents: number;
  /** Relative weight of being the caller of a contact. */
  propensity: number;
  tier: Tier;
  arrearsCents: number;
  overdueDays: number;
  latePayments: number;
  improver: boolean;
  /** Six-month totals fixed by a story instead of worked out. */
  fixed?: { revenueCents: number; costCents: number };
}

export const CUSTOMER_COUNT = 2000;
const SEGMENT_WEIGHTS = [0.78, 0.15, 0.07];
const LINE_WEIGHTS: readonly (readonly number[])[] = [
  [0.36, 0.38, 0.16, 0.1, 0],
  [0.35, 0.25, 0.05, 0.15, 0.2],
  [0.1, 0.1, 0, 0, 0.8],
];
const REVENUE_MEDIAN = [95, 1200, 3500];
const REVENUE_SIGMA = [0.45, 0.6, 0.7];
const PROPENSITY_MEDIAN = [1, 1.8, 3];
const PROPENSITY_SIGMA = [0.8, 0.6, 0.5];
const OLDEST_JOIN = dayIndex('2012-01-01');
const LAST_DAY = DAY_COUNT - 1;
/** D (deliberate long default) needs a year of tenure to be 180+ days overdue. */
const LATEST_D_JOIN = dayIndex('2025-06-30');

const SEED_PAIR_NAMES: readonly Label[] = [
  { en: 'Shenzhen Dingsheng Logistics Group Co., Ltd.', zh: '深圳鼎盛物流集团有限公司' },
  { en: 'Guangzhou Ruifeng Pharmaceutical Holdings Co., Ltd.', zh: '广州瑞丰医药股份有限公司' },
];

function cents(yuan: number): number {
  return Math.round(yuan * 100);
}

function drawTier(rng: Rng, joinedDay: number): Tier {
  if (joinedDay >= 0) return rng.chance(0.8) ? 'A' : 'B';
  const tier = (['A', 'B', 'C', 'D'] as const)[rng.weighted([52, 25, 14, 9])] ?? 'A';
  return tier === 'D' && joinedDay > LATEST_D_JOIN ? 'C' : tier;
}

/** Arrears, overdue days and late payments of a tier (seed 001: A/B/C/D). */
function credit(rng: Rng, c: Customer): void {
  const tenure = LAST_DAY - c.joinedDay;
  const monthly = c.monthlyRevenueCents;
  switch (c.tier) {
    case 'A':
      break;
    case 'B':
      c.latePayments = rng.int(1, 4);
      break;
    case 'C':
      c.latePayments = rng.int(1, 6);
      c.overdueDays = rng.int(30, 90);
      c.arrearsCents = Math.round(monthly * rng.range(1, 3));
      break;
    case 'D':
      c.latePayments = rng.int(3, 12);
      c.overdueDays = Math.min(rng.int(181, 420), tenure - 30);
      c.arrearsCents = Math.round(monthly * (c.overdueDays / 30) * rng.range(0.8, 1.2));
      break;
  }
}

function makeCustomer(rng: Rng, names: NameMaker, index: number): Customer {
  const pair = index < SEED_PAIR.length;
  const segment = pair ? 2 : rng.weighted(SEGMENT_WEIGHTS);
  const joinedDay =
    !pair && segment < 2 && rng.chance(0.07) ? rng.int(0, 150) : rng.int(OLDEST_JOIN, -1);
  const seedName = SEED_PAIR_NAMES[index];
  const customer: Customer = {
    index,
    id: `C${String(index + 1).padStart(4, '0')}`,
    name: seedName !== undefined ? names.reserve(seedName) : names.make(segment),
    segment,
    primaryLine: pair ? 4 : rng.weighted(LINE_WEIGHTS[segment] ?? []),
    joinedDay,
    monthlyRevenueCents: cents(
      rng.logNormal(REVENUE_MEDIAN[segment] ?? 100, REVENUE_SIGMA[segment] ?? 0.5),
    ),
    propensity: pair
      ? 6 - index * 2
      : rng.logNormal(PROPENSITY_MEDIAN[segment] ?? 1, PROPENSITY_SIGMA[segment] ?? 0.5),
    tier: pair ? 'A' : drawTier(rng, joinedDay),
    arrearsCents: 0,
    overdueDays: 0,
    latePayments: 0,
    improver: false,
  };
  const fixed = SEED_PAIR[index];
  if (fixed !== undefined) {
    customer.fixed = { revenueCents: fixed.revenueCents, costCents: fixed.costCents };
  }
  credit(rng, customer);
  return customer;
}

export function generateCustomers(): Customer[] {
  const rng = Rng.derive(SEED, 'customers');
  const names = new NameMaker(Rng.derive(SEED, 'names'));
  const customers = Array.from({ length: CUSTOMER_COUNT }, (_, i) => makeCustomer(rng, names, i));

  // Product improvers (seed 000): established customers who often report
  // defects, complaints and suggestions. They also call a bit more.
  const eligible = customers.filter((c) => c.index >= SEED_PAIR.length && c.joinedDay < 0);
  for (const i of rng.sample(eligible.length, IMPROVER_CUSTOMERS)) {
    const c = eligible[i];
    if (c === undefined) continue;
    c.improver = true;
    c.propensity = Math.max(1.5, c.propensity * 1.5);
  }
  return customers;
}
