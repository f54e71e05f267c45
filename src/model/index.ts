export * from './roles';
export * from './mapping';
export * from './filters';
export { normalizeHeader, nameScore, SYNONYMS } from './synonyms';
export { profileTable, type ColumnProfile, type TableProfile } from './profile';
export { proposeMapping, type Proposal, type Confidence } from './detect';
export { detectMapping, buildCanonicalViews, tableTypes, type SourceTable } from './build';
export { validateCalls, type ValidationReport, type ValidationIssue, type IssueKind } from './validation';
export {
  CALLS,
  CUSTOMERS,
  CUSTOMER_PERIODS,
  REASONS,
  CANONICAL_SCHEMA,
  canonicalViewsSql,
  type TableTypes,
} from './views';
export { distinctValuesSql } from './values';
