import { z } from 'zod';
import {
  CALL_ROLES,
  CUSTOMER_ROLES,
  DURATION_UNITS,
  type DurationUnit,
  REASON_ROLES,
  type Filters,
  type KpiSettings,
  type Mapping,
} from '../model';

/** The ViewSpec version this build writes. Raise it only together with a named step in `migrations.ts`. */
export const VIEW_SCHEMA_VERSION = 2;

const columns = <R extends string>(roles: readonly R[]) =>
  z.object(
    Object.fromEntries(roles.map((role) => [role, z.string().optional()])) as Record<R, z.ZodOptional<z.ZodString>>,
  );

const settings: z.ZodType<KpiSettings> = z.object({
  serviceLevelSeconds: z.number().nonnegative(),
  shortAbandonSeconds: z.number().nonnegative(),
  repeatDays: z.number().int().positive(),
  costPerMinute: z.number().nonnegative().nullable(),
  costPerContact: z.number().nonnegative().nullable(),
});

const mapping: z.ZodType<Mapping> = z.object({
  calls: z
    .object({
      table: z.string(),
      columns: columns(CALL_ROLES),
      timeColumn: z.string().optional(),
      answeredValues: z.array(z.string()),
      durationUnit: z.enum(DURATION_UNITS as [DurationUnit, ...DurationUnit[]]),
    })
    .optional(),
  customers: z.object({ table: z.string(), columns: columns(CUSTOMER_ROLES) }).optional(),
  reasons: z.object({ table: z.string(), columns: columns(REASON_ROLES) }).optional(),
  settings,
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

const filters: z.ZodType<Filters> = z.object({
  dateFrom: isoDate.nullable(),
  dateTo: isoDate.nullable(),
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
const analysis = z.object({ id: z.string().min(1), settings: z.record(z.string(), z.json()) });

/** The current ViewSpec: every choice after ingest, never any user data. */
export const viewSpecSchema = z.object({
  schemaVersion: z.literal(VIEW_SCHEMA_VERSION),
  datasets: z.array(datasetRef),
  mapping,
  filters,
  analysis: analysis.nullable(),
  charts: z.record(z.string(), z.json()),
});

export type ViewSpec = z.infer<typeof viewSpecSchema>;
export type DatasetRef = z.infer<typeof datasetRef>;
export type AnalysisChoice = z.infer<typeof analysis>;

/** A saved view: a ViewSpec with a name, as kept in IndexedDB and in exported files. */
export const savedViewSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** A small PNG data URL of the analysis when saved, if there was a chart to draw. */
  thumbnail: z.string().startsWith('data:image/').max(200_000).nullable(),
  spec: viewSpecSchema,
});

export type SavedView = z.infer<typeof savedViewSchema>;
