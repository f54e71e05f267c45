// zod/mini: the same checks and messages as classic zod, a third of its size in the bundle.
import * as z from 'zod/mini';
import {
  CALL_ROLES,
  CUSTOMER_ROLES,
  DURATION_UNITS,
  type DurationUnit,
  PERIOD_ROLES,
  REASON_ROLES,
  type Filters,
  type Mapping,
} from '../model';
import type { KpiDefinitions } from '../metrics';
import { VIEW_SCHEMA_VERSION } from './schema-version';

export { VIEW_SCHEMA_VERSION };

// zod/mini loads no locale by itself; English keeps the problem details readable.
z.config(z.locales.en());

const columns = <R extends string>(roles: readonly R[]) =>
  z.object(
    Object.fromEntries(roles.map((role) => [role, z.optional(z.string())])) as Record<
      R,
      z.ZodMiniOptional<z.ZodMiniString>
    >,
  );

const definitions: z.ZodMiniType<KpiDefinitions> = z.object({
  serviceLevelSeconds: z.number().check(z.nonnegative()),
  shortAbandonSeconds: z.number().check(z.nonnegative()),
  repeatDays: z.int().check(z.positive()),
  costPerMinute: z.nullable(z.number().check(z.nonnegative())),
  costPerOfferedCall: z.nullable(z.number().check(z.nonnegative())),
  currency: z.string().check(z.maxLength(3)),
});

/** The mapping as a view keeps it: tables and columns only (the KPI definitions are the spec's own). */
export type SpecMapping = Omit<Mapping, 'settings'>;

const mapping: z.ZodMiniType<SpecMapping> = z.object({
  calls: z.optional(
    z.object({
      table: z.string(),
      columns: columns(CALL_ROLES),
      timeColumn: z.optional(z.string()),
      answeredValues: z.array(z.string()),
      notOfferedValues: z.optional(z.array(z.string())),
      anonymousCustomerIds: z.optional(z.array(z.string())),
      callIdWith: z.optional(z.string()),
      keepDuplicateRows: z.optional(z.boolean()),
      durationUnit: z.enum(DURATION_UNITS as [DurationUnit, ...DurationUnit[]]),
    }),
  ),
  customers: z.optional(z.object({ table: z.string(), columns: columns(CUSTOMER_ROLES) })),
  reasons: z.optional(z.object({ table: z.string(), columns: columns(REASON_ROLES) })),
  periods: z.optional(z.object({ table: z.string(), columns: columns(PERIOD_ROLES) })),
});

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'));

const filters: z.ZodMiniType<Filters> = z.object({
  dateFrom: z.nullable(isoDate),
  dateTo: z.nullable(isoDate),
  businessLines: z.array(z.string()),
  channels: z.array(z.string()),
  reasonCategories: z.array(z.string()),
  segments: z.array(z.string()),
});

const datasetRef = z.object({
  /** Dataset.id when saved; a table with the same id, else the same name, is looked for on restore. */
  id: z.string(),
  table: z.string(),
  label: z.string(),
  columns: z.array(z.object({ name: z.string(), type: z.string() })),
});

/** A choice of analysis and its own settings (each analysis validates its settings itself). */
const analysis = z.object({ id: z.string().check(z.minLength(1)), settings: z.record(z.string(), z.json()) });

/** The current ViewSpec: every choice after ingest, never any user data. */
export const viewSpecSchema = z.object({
  schemaVersion: z.literal(VIEW_SCHEMA_VERSION),
  datasets: z.array(datasetRef),
  mapping,
  definitions,
  filters,
  analysis: z.nullable(analysis),
  charts: z.record(z.string(), z.json()),
});

export type ViewSpec = z.infer<typeof viewSpecSchema>;

/** A saved view: a ViewSpec with a name, as kept in IndexedDB and in exported files. */
export const savedViewSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** A small PNG data URL of the analysis when saved, if there was a chart to draw. */
  thumbnail: z.nullable(z.string().check(z.startsWith('data:image/'), z.maxLength(200_000))),
  spec: viewSpecSchema,
});

export type SavedView = z.infer<typeof savedViewSchema>;
