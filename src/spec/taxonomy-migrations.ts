import { TAXONOMY_VERSION } from '../model/taxonomy';
import type { Migration } from './migrations';

/**
 * Named steps that bring an older taxonomy document (the JSON under `taxonomy`) up to `TAXONOMY_VERSION`, as views
 * have theirs. Version 1 is the first released shape, so there is no step yet. Never edit a released step: add one
 * (`com.callsight.taxonomy/<n>.<WhatChanged>`) and raise the version.
 */
export const TAXONOMY_MIGRATIONS: readonly Migration[] = [];

/** Runs every step from `version` up to the current one; throws when a step is missing. */
export function migrateTaxonomy(
  doc: Record<string, unknown>,
  version: number,
  steps: readonly Migration[] = TAXONOMY_MIGRATIONS,
  target: number = TAXONOMY_VERSION,
): { doc: Record<string, unknown>; applied: string[] } {
  let current = doc;
  const applied: string[] = [];
  for (let v = version; v < target; v++) {
    const step = steps.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from taxonomy version ${v}`);
    current = step.up(current);
    applied.push(step.id);
  }
  return { doc: current, applied };
}
