import type { DurationUnit } from './mapping';
import { TRUE_WORDS } from './profile';
import type { ColumnProfile } from './profile';
import { normalizeHeader } from './header-names';

/** Outcome words that mean the contact reached an agent; compared lower-case after trimming. */
const ANSWERED_WORDS = [
  ...TRUE_WORDS,
  'answered',
  'answer',
  'agent',
  'handled',
  'connected',
  'completed',
  'complete',
  'served',
  'talked',
  '已接听',
  '接听',
  '人工接听',
  '已处理',
  '成功',
];

/** The values of an outcome column that mean answered, among its most frequent values. */
export function guessAnsweredValues(profile: ColumnProfile | undefined): string[] {
  if (!profile) return [];
  return profile.top.filter((value) => ANSWERED_WORDS.includes(value.trim().toLowerCase()));
}

/** Outcome words for contacts that never reached the queue: phantom, test and IVR-only contacts. */
const NOT_OFFERED = /phantom|test|ivr|vru|invalid|not[ _-]?offered|无效|测试|虚假|未进线|未进入|自助|语音导航/i;

/** The values of an outcome column that look like contacts that were never offered. */
export function guessNotOfferedValues(profile: ColumnProfile | undefined, answered: readonly string[]): string[] {
  if (!profile) return [];
  return profile.top.filter((value) => !answered.includes(value) && NOT_OFFERED.test(value));
}

/** The unit a duration column is written in: `hh:mm:ss` text, or numbers whose header names the unit. */
export function guessDurationUnit(profiles: readonly (ColumnProfile | undefined)[]): DurationUnit {
  const present = profiles.filter((p): p is ColumnProfile => p !== undefined);
  if (present.some((p) => p.timeOnly > 0.9)) return 'hms';
  const names = present.map((p) => normalizeHeader(p.name));
  if (names.some((n) => /毫秒|ms$|millis/.test(n))) return 'milliseconds';
  if (names.some((n) => /分钟|min/.test(n))) return 'minutes';
  return 'seconds';
}
