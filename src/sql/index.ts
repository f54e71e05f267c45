export { quoteIdent, literal, type SqlValue } from './quote';
export { sql, ident, join, raw, Fragment, Ident, type BoundSql } from './sql';
