export { quoteIdent, literal, type SqlValue } from './quote';
export { sql, ident, join, raw, lit, inlineSql, Fragment, Ident, type BoundSql } from './sql';
export { userSql } from './user-sql';
