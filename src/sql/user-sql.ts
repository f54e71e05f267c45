import { Fragment } from './sql';

/**
 * The one door through which text a person typed becomes a statement: the Explore workbench's editor. Nothing the
 * app assembles goes through here (that is `sql`, `ident` and `raw`), and the text is never spliced into other
 * text: it is run as it is, or wrapped whole as a subquery. What it can reach is limited by the engine's guard
 * (no network, no files but the registered ones), and statements that change loaded data are confirmed first.
 */
export function userSql(text: string): Fragment {
  return new Fragment([text], []);
}
