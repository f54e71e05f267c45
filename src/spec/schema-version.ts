/** The ViewSpec version this build writes. Raise it only together with a named step in `migrations.ts`. */
export const VIEW_SCHEMA_VERSION = 3;
