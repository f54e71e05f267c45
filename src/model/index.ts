export * from './roles';
export * from './mapping';
export * from './filters';
export { normalizeHeader, nameScore } from './header-names';
export { SYNONYMS } from './synonyms';
export { profileTable, type ColumnProfile, type TableProfile } from './profile';
export { proposeMapping, type Proposal, type Confidence } from './detect';
export { detectMapping, buildCanonicalViews, tableTypes, DEFAULT_BUILD, type SourceTable } from './build';
export { validateCalls, type ValidationReport, type ValidationIssue, type IssueKind } from './validation';
export { EXCLUSION_REASONS, type ExclusionReason } from './calls-rows';
export {
  CALLS,
  CUSTOMERS,
  CUSTOMER_PERIODS,
  REASONS,
  EXCLUDED,
  CANONICAL_SCHEMA,
  canonicalViewsSql,
  type TableTypes,
} from './views';
export { distinctValuesSql, valueCountsSql } from './values';
