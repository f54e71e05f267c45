/**
 * The light door to ingest: what the first screen needs (sources, table facts, errors, formats, types). The
 * readers and loaders are behind `./pipeline`, which the app loads with `import()`.
 */
export type { IngestOptions, IngestResult } from './ingest';
export { sourceFromBytes, sourceFromFile } from './source';
export { previewRows, dropTable, describeTable, countRows } from './table-info';
export { ACCEPTED_EXTENSIONS } from './format';
export { IngestError, type IngestErrorCode } from './errors';
export type { AppendResult } from './append';
export type { Decoders } from './decoders';
export { TEXT_ENCODINGS } from './types';
export type * from './types';
export { rejectedRows, type RejectedLineOf } from './rejects-table';
