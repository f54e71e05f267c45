/**
 * The contacts: each volume slot gets a caller, a channel, a reason, an
 * outcome and maybe a note; then the basic-question customers of story 4 get
 * their extra recent contacts; then everything is sorted by time.
 */
import { type ReasonContext, pickBasicReason, pickReason } from './call-reasons';
import type { Customer } from './customers';
import { NEW_STAFF_NOTE, noteFor } from './notes';
import { drawOutcome } from './outcome';
import { Rng, WeightedTable } from './prng';
import {
  BASIC_SHIFT_CUSTOMERS,
  BASIC_SHIFT_EXTRA_CALLS,
  BASIC_SHIFT_SHARE,
  BASIC_WINDOW_START_DAY,
  MONTH_START_DAYS,
  MONTH_START_DROP,
  SEED,
  SEED_PAIR,
} from './stories';
import { BUSINESS_LINES, CHANNEL_WEIGHTS, type Label, SYSTEM_SLOW } from './taxonomy';
import { DAY_COUNT, SECONDS_PER_DAY, dayInfo } from './time';
import { FIRST_HOUR, WEEKDAY_HOUR_TABLE, generateSlots, isMonthStartLine, secondIn } from './volume';

export interface Call {
  customer: number;
  start: number;
  line: number;
  channel: number;
  reason: number;
  answered: boolean;
  queueSeconds: number;
  handleSeconds: number;
  resolved: boolean | null;
  csat: number | null;
  agent: string | null;
  note: Label | null;
}

export interface CallsResult {
  calls: Call[];
  /** Customer ids of story 4. */
  basicShift: string[];
}

const AGENTS_PER_LINE = 12;

/** Per-day, per-line state: month-start overload and answer-rate noise. */
function dayStates(rng: Rng): { overload: number[][]; noise: number[][] } {
  const overload: number[][] = [];
  const noise: number[][] = [];
  for (let day = 0; day < DAY_COUNT; day++) {
    const dom = dayInfo(day).dayOfMonth;
    const drop = rng.range(MONTH_START_DROP[0], MONTH_START_DROP[1]) * (dom === 3 ? 0.8 : 1);
    overload.push(
      BUSINESS_LINES.map((_, line) => {
        if (dom > MONTH_START_DAYS) return 0;
        return isMonthStartLine(line) ? drop : 0.02;
      }),
    );
    noise.push(BUSINESS_LINES.map(() => rng.normal(0, 0.012)));
  }
  return { overload, noise };
}

class CallMaker {
  private readonly rng = Rng.derive(SEED, 'calls');
  private readonly states = dayStates(Rng.derive(SEED, 'day-states'));
  private readonly customers: readonly Customer[];
  private readonly byLine: { table: WeightedTable; members: Customer[] }[];
  private readonly everyone: WeightedTable;

  constructor(customers: readonly Customer[]) {
    this.customers = customers;
    this.everyone = new WeightedTable(customers.map((c) => c.propensity));
    this.byLine = BUSINESS_LINES.map((_, line) => {
      const members = customers.filter((c) => c.primaryLine === line);
      return { table: new WeightedTable(members.map((c) => c.propensity)), members };
    });
  }

  /** A caller who had already joined on that day: usually one of the line's own customers. */
  pickCustomer(line: number, day: number): Customer {
    for (;;) {
      const pool = this.byLine[line];
      const own = pool !== undefined && pool.members.length > 0 && this.rng.chance(0.85);
      const c = own ? pool.members[pool.table.draw(this.rng)] : this.customers[this.everyone.draw(this.rng)];
      if (c !== undefined && c.joinedDay <= day) return c;
    }
  }

  make(customer: Customer, line: number, start: number, reason: number | null): Call {
    const rng = this.rng;
    const day = Math.floor(start / SECONDS_PER_DAY);
    const info = dayInfo(day);
    const hour = Math.floor((start % SECONDS_PER_DAY) / 3600);
    const emailBoost = line === 4 ? 2 : 1;
    const channel = rng.weighted(CHANNEL_WEIGHTS.map((w, i) => (i === 2 ? w * emailBoost : w)));
    const ctx: ReasonContext = { day: info, line, hour, customer, monthStartLine: isMonthStartLine(line) };
    const r = reason ?? pickReason(rng, ctx);
    const outcome = drawOutcome(rng, {
      weekday: info.weekday,
      hour,
      line,
      channel,
      reason: r,
      overload: this.states.overload[day]?.[line] ?? 0,
      noise: this.states.noise[day]?.[line] ?? 0,
    });
    const agentNo = line * 100 + 101 + rng.int(0, AGENTS_PER_LINE - 1);
    return {
      customer: customer.index,
      start,
      line,
      channel,
      reason: r,
      ...outcome,
      agent: outcome.answered ? `A${agentNo}` : null,
      note: noteFor(rng, r, info.month, outcome.answered),
    };
  }

  /** Story 4: established business customers who suddenly ask basic questions. */
  addBasicShift(calls: Call[]): string[] {
    const rng = this.rng;
    const baseline = new Map<number, number>();
    for (const call of calls) {
      if (call.start < BASIC_WINDOW_START_DAY * SECONDS_PER_DAY) {
        baseline.set(call.customer, (baseline.get(call.customer) ?? 0) + 1);
      }
    }
    const candidates = this.customers.filter(
      (c) =>
        c.segment >= 1 &&
        !c.improver &&
        c.index >= SEED_PAIR.length &&
        c.joinedDay < 0 &&
        (baseline.get(c.index) ?? 0) >= 8 &&
        (baseline.get(c.index) ?? 0) <= 20,
    );
    const chosen = rng.sample(candidates.length, BASIC_SHIFT_CUSTOMERS).flatMap((i) => {
      const c = candidates[i];
      return c === undefined ? [] : [c];
    });
    for (const c of chosen) {
      const extra = rng.int(BASIC_SHIFT_EXTRA_CALLS[0], BASIC_SHIFT_EXTRA_CALLS[1]);
      for (let k = 0; k < extra; k++) {
        let day = rng.int(BASIC_WINDOW_START_DAY, DAY_COUNT - 1);
        while (dayInfo(day).weekday >= 5) day = rng.int(BASIC_WINDOW_START_DAY, DAY_COUNT - 1);
        const start = secondIn(rng, day, FIRST_HOUR + WEEKDAY_HOUR_TABLE.draw(rng));
        const basic = rng.chance(BASIC_SHIFT_SHARE);
        const call = this.make(c, c.primaryLine, start, basic ? pickBasicReason(rng) : null);
        if (basic && call.answered && rng.chance(0.3)) call.note = NEW_STAFF_NOTE;
        calls.push(call);
      }
    }
    return chosen.map((c) => c.id);
  }
}

export function generateCalls(customers: readonly Customer[]): CallsResult {
  const maker = new CallMaker(customers);
  const calls = generateSlots().map((slot) =>
    maker.make(
      maker.pickCustomer(slot.line, slot.day),
      slot.line,
      slot.start,
      slot.slowSystem ? SYSTEM_SLOW : null,
    ),
  );
  const basicShift = maker.addBasicShift(calls);
  // Stable sort: ties keep generation order, so the output is deterministic.
  calls.sort((a, b) => a.start - b.start);
  return { calls, basicShift };
}
