/** The kinds of table a user brings (DOMAIN.md §1). */
export const TABLE_KINDS = ['calls', 'customers', 'reasons', 'periods'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** Roles a calls column can play. */
export const CALL_ROLES = [
  'call_id',
  'customer_id',
  'started_at',
  'answered',
  'wait_s',
  'handle_s',
  'reason',
  'reason_category',
  'business_line',
  'channel',
  'agent',
  'resolved',
  'satisfaction',
  'notes',
] as const;
export type CallRole = (typeof CALL_ROLES)[number];

/** Roles a customers column can play. */
export const CUSTOMER_ROLES = [
  'customer_id',
  'customer_name',
  'revenue',
  'service_cost',
  'segment',
  'joined_at',
  'period',
  'arrears',
  'overdue_days',
  'late_payments',
] as const;
export type CustomerRole = (typeof CUSTOMER_ROLES)[number];

/** Roles a reason-mapping column can play. */
export const REASON_ROLES = [
  'raw_code',
  'reason',
  'category',
  'status',
  'merged_into',
  'valid_from',
  'valid_to',
] as const;
export type ReasonRole = (typeof REASON_ROLES)[number];

/** Roles a customer-periods column can play (revenue and cost per customer and month). */
export const PERIOD_ROLES = ['customer_id', 'period', 'revenue', 'service_cost'] as const;
export type PeriodRole = (typeof PERIOD_ROLES)[number];

export type RoleOf<K extends TableKind> = K extends 'calls'
  ? CallRole
  : K extends 'customers'
    ? CustomerRole
    : K extends 'reasons'
      ? ReasonRole
      : PeriodRole;

/** Each kind's roles, in display order. */
export const ROLES: { readonly [K in TableKind]: readonly RoleOf<K>[] } = {
  calls: CALL_ROLES,
  customers: CUSTOMER_ROLES,
  reasons: REASON_ROLES,
  periods: PERIOD_ROLES,
};

/** Roles without which a kind's canonical view cannot be built. */
export const REQUIRED_ROLES: { readonly [K in TableKind]: readonly RoleOf<K>[] } = {
  calls: ['started_at', 'answered'],
  customers: ['customer_id'],
  reasons: ['raw_code'],
  periods: ['customer_id', 'period'],
};

/** What values a role expects, for detection by values and for the SQL that types them. */
export type ValueKind = 'id' | 'timestamp' | 'date' | 'boolean' | 'duration' | 'number' | 'text' | 'period';

export const ROLE_VALUE_KIND: { readonly [K in TableKind]: Readonly<Record<RoleOf<K>, ValueKind>> } = {
  calls: {
    call_id: 'id',
    customer_id: 'id',
    started_at: 'timestamp',
    answered: 'boolean',
    wait_s: 'duration',
    handle_s: 'duration',
    reason: 'text',
    reason_category: 'text',
    business_line: 'text',
    channel: 'text',
    agent: 'id',
    resolved: 'boolean',
    satisfaction: 'number',
    notes: 'text',
  },
  customers: {
    customer_id: 'id',
    customer_name: 'text',
    revenue: 'number',
    service_cost: 'number',
    segment: 'text',
    joined_at: 'date',
    period: 'period',
    arrears: 'number',
    overdue_days: 'number',
    late_payments: 'number',
  },
  reasons: {
    raw_code: 'id',
    reason: 'text',
    category: 'text',
    status: 'text',
    merged_into: 'id',
    valid_from: 'date',
    valid_to: 'date',
  },
  periods: {
    customer_id: 'id',
    period: 'period',
    revenue: 'number',
    service_cost: 'number',
  },
};
