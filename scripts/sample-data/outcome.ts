/**
 * What happened to a contact: answered or abandoned, seconds in queue, handle
 * seconds, resolved on this contact and the satisfaction rating. Overload
 * (month start on lines 1 and 5, the slow system at 15:00) lowers the answer
 * rate and lengthens the queue.
 */
import type { Rng } from './prng';
import { SLOW_HOUR, SLOW_HOUR_DROP } from './stories';
import { REASONS } from './taxonomy';

export interface OutcomeContext {
  weekday: number;
  hour: number;
  line: number;
  channel: number;
  reason: number;
  /** Answer-rate drop from queue overload on this day and line (0 when none). */
  overload: number;
  /** Day-by-line noise on the answer rate. */
  noise: number;
}

export interface Outcome {
  answered: boolean;
  queueSeconds: number;
  handleSeconds: number;
  resolved: boolean | null;
  csat: number | null;
}

/** Phone, Chat, Email, App */
const CHANNEL_ANSWER = [0.915, 0.935, 0.985, 0.93];
const CHANNEL_HANDLE = [1, 1.35, 1.6, 0.8];
const CHANNEL_CSAT = [0.42, 0.45, 0.2, 0.38];
/** Billing, Technical fault, Account, Product enquiry, Complaint & feedback, Sales & promotion */
const CATEGORY_HANDLE = [300, 420, 240, 270, 480, 330];
const CATEGORY_RESOLVED = [-0.02, -0.12, 0.05, 0.05, -0.25, 0.02];
const CSAT_RESOLVED = [2, 3, 10, 35, 50];
const CSAT_UNRESOLVED = [25, 25, 25, 15, 10];

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

export function answerProbability(ctx: OutcomeContext): number {
  let p = (CHANNEL_ANSWER[ctx.channel] ?? 0.92) - ctx.overload + ctx.noise;
  if (ctx.hour === SLOW_HOUR) p -= SLOW_HOUR_DROP;
  if (ctx.hour === 12) p -= 0.02;
  if (ctx.weekday === 0) p -= 0.02;
  if (ctx.weekday >= 5) p += 0.02;
  return clamp(p, 0.3, 0.995);
}

export function drawOutcome(rng: Rng, ctx: OutcomeContext): Outcome {
  const slow = ctx.hour === SLOW_HOUR;
  const load = 1 + ctx.overload * 20 + (slow ? 2.5 : 0);
  const answered = rng.chance(answerProbability(ctx));
  if (!answered) {
    const queueSeconds = clamp(Math.round(rng.logNormal(40 * Math.sqrt(load), 0.7)), 2, 1500);
    return { answered, queueSeconds, handleSeconds: 0, resolved: null, csat: null };
  }
  const reason = REASONS[ctx.reason];
  const category = reason?.category ?? 0;
  const queueSeconds = clamp(Math.round(rng.logNormal(16 * load, 0.75)), 0, 1800);
  const median =
    (reason?.basic === true ? 150 : (CATEGORY_HANDLE[category] ?? 300)) *
    (CHANNEL_HANDLE[ctx.channel] ?? 1) *
    (ctx.line === 4 ? 1.3 : 1) *
    (slow ? 1.15 : 1);
  const handleSeconds = Math.max(20, Math.round(rng.logNormal(median, 0.5)));
  const pResolved =
    0.8 +
    (CATEGORY_RESOLVED[category] ?? 0) +
    (reason?.basic === true ? 0.12 : 0) -
    (slow ? 0.08 : 0);
  const resolved = rng.chance(clamp(pResolved, 0.2, 0.97));
  const rated = rng.chance(CHANNEL_CSAT[ctx.channel] ?? 0.4);
  const csat = rated ? 1 + rng.weighted(resolved ? CSAT_RESOLVED : CSAT_UNRESOLVED) : null;
  return { answered, queueSeconds, handleSeconds, resolved, csat };
}
