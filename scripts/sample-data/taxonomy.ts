/**
 * Business lines, channels and the call-reason taxonomy (6 categories,
 * 26 raw codes), each with English and Chinese labels.
 */

export interface Label {
  en: string;
  zh: string;
}

export type ReasonStatus = 'active' | 'merged' | 'retired';

export interface Reason {
  code: string;
  label: Label;
  category: number;
  /** Relative share of everyday calls (before date and line adjustments). */
  weight: number;
  status: ReasonStatus;
  mergedInto?: string;
  validFrom: string;
  /** Last day the code may be used (inclusive). */
  validTo?: string;
  /** A "basic question" (seed 002: a customer suddenly asking these means a staff change). */
  basic?: boolean;
  /** Defect, complaint or suggestion: what "product improvers" call about (seed 000). */
  improver?: boolean;
  /** Multipliers per business line, in BUSINESS_LINES order. */
  lineBias?: readonly number[];
}

/** Line 1 (Broadband) and line 5 (Enterprise) are the month-start lines of seed 004. */
export const BUSINESS_LINES: readonly Label[] = [
  { en: 'Broadband', zh: '宽带' },
  { en: 'Mobile', zh: '移动' },
  { en: 'TV', zh: '电视' },
  { en: 'Fixed line', zh: '固话' },
  { en: 'Enterprise', zh: '政企' },
];
export const MONTH_START_LINES: readonly number[] = [0, 4];

export const CHANNELS: readonly Label[] = [
  { en: 'Phone', zh: '电话' },
  { en: 'Chat', zh: '在线客服' },
  { en: 'Email', zh: '邮件' },
  { en: 'App', zh: '手机APP' },
];
export const CHANNEL_WEIGHTS: readonly number[] = [0.62, 0.2, 0.07, 0.11];

export const CATEGORIES: readonly Label[] = [
  { en: 'Billing', zh: '账单费用' },
  { en: 'Technical fault', zh: '技术故障' },
  { en: 'Account', zh: '账户服务' },
  { en: 'Product enquiry', zh: '产品咨询' },
  { en: 'Complaint & feedback', zh: '投诉建议' },
  { en: 'Sales & promotion', zh: '营销活动' },
];

const SINCE = '2024-01-01';

/** code, category, everyday weight, English label, Chinese label */
type Row = readonly [string, number, number, string, string];

const ROWS: readonly Row[] = [
  ['R01', 0, 9, 'Bill explanation', '账单解释'],
  ['R02', 0, 3, 'Where is my bill', '账单在哪里查'],
  ['R03', 0, 4, 'Payment methods', '缴费方式咨询'],
  ['R04', 0, 2.5, 'Refund request', '退款申请'],
  ['R05', 0, 3, 'Overdue and suspension', '欠费停机'],
  ['R06', 1, 8, 'No service', '无法使用'],
  ['R07', 1, 6, 'Slow speed', '网速慢'],
  ['R08', 1, 1.2, 'System slow or outage', '系统缓慢或故障'],
  ['R09', 1, 4, 'Device installation', '设备安装调试'],
  ['R10', 2, 3.5, 'Password reset', '密码重置'],
  ['R11', 2, 3, 'Update personal details', '修改客户资料'],
  ['R12', 2, 6, 'Plan change', '套餐变更'],
  ['R13', 2, 2.5, 'Cancel service', '销户退订'],
  ['R14', 3, 3, 'How to use a feature', '功能使用方法'],
  ['R15', 3, 7, 'Plan and pricing enquiry', '套餐资费咨询'],
  ['R16', 3, 3, 'Coverage enquiry', '覆盖范围咨询'],
  ['R17', 3, 2.5, 'International roaming', '国际漫游'],
  ['R18', 4, 1.5, 'Product defect report', '产品缺陷反馈'],
  ['R19', 4, 2.5, 'Service complaint', '服务投诉'],
  ['R20', 4, 1, 'Suggestion', '意见建议'],
  ['R21', 5, 4, 'Upgrade offer', '升级优惠咨询'],
  ['R22', 5, 4, 'New service order', '新业务办理'],
  ['R23', 5, 0, 'Summer promotion enquiry', '夏季促销咨询'],
  ['R24', 1, 1.4, 'Dial-up internet support', '拨号上网支持'],
  ['R25', 0, 2, 'Bill dispute', '账单争议'],
  ['R26', 2, 2.5, 'Contract term enquiry', '合约期查询'],
];

const BASIC_CODES = ['R02', 'R10', 'R14'];
const IMPROVER_CODES = ['R18', 'R19', 'R20'];

/** Multipliers per business line (Broadband, Mobile, TV, Fixed line, Enterprise). */
const LINE_BIAS: Readonly<Record<string, readonly number[]>> = {
  R07: [1.6, 1.3, 0.6, 0.3, 1],
  R09: [1.4, 0.4, 1.6, 1, 1.5],
  R16: [1.2, 1.6, 0.3, 0.5, 0.8],
  R17: [0, 2.8, 0, 0, 0.8],
  R22: [1, 1, 1, 0.8, 1.5],
  R24: [2, 0, 0, 1.5, 0.5],
};

/** Codes whose life is not simply "active since 2024". */
const LIFECYCLE: Readonly<Record<string, Partial<Reason>>> = {
  R23: { validFrom: '2026-04-08' },
  R24: { status: 'retired', validFrom: '2018-01-01', validTo: '2026-02-28' },
  R25: { status: 'merged', mergedInto: 'R01', validTo: '2026-03-15' },
  R26: { validFrom: '2025-07-01' },
};

export const REASONS: readonly Reason[] = ROWS.map(([code, category, weight, en, zh]) => {
  const reason: Reason = { code, label: { en, zh }, category, weight, status: 'active', validFrom: SINCE };
  if (BASIC_CODES.includes(code)) reason.basic = true;
  if (IMPROVER_CODES.includes(code)) reason.improver = true;
  const bias = LINE_BIAS[code];
  if (bias !== undefined) reason.lineBias = bias;
  return { ...reason, ...LIFECYCLE[code] };
});

export function reasonIndex(code: string): number {
  const i = REASONS.findIndex((r) => r.code === code);
  if (i < 0) throw new Error(`unknown reason ${code}`);
  return i;
}

export function reasonAt(index: number): Reason {
  const r = REASONS[index];
  if (r === undefined) throw new Error(`no reason at ${index}`);
  return r;
}

export const SYSTEM_SLOW = reasonIndex('R08');
export const SUMMER_PROMO = reasonIndex('R23');
export const RETIRED_DIALUP = reasonIndex('R24');
export const MERGED_DISPUTE = reasonIndex('R25');
export const BASIC_REASONS: readonly number[] = REASONS.flatMap((r, i) => (r.basic ? [i] : []));
export const IMPROVER_REASONS: readonly number[] = REASONS.flatMap((r, i) => (r.improver ? [i] : []));
/** Reasons boosted on month-start days for lines 1 and 5 (billing run). */
export const MONTH_START_BOOST: ReadonlyMap<number, number> = new Map([
  [reasonIndex('R01'), 3.5],
  [reasonIndex('R25'), 3.5],
  [reasonIndex('R02'), 2],
  [reasonIndex('R03'), 2.5],
]);
/** Reasons on which a competitor mention plausibly comes up. */
export const COMPETITOR_REASONS: readonly number[] = ['R12', 'R13', 'R15', 'R19', 'R21', 'R26'].map(reasonIndex);
