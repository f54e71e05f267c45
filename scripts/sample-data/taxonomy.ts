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

export const REASONS: readonly Reason[] = [
  { code: 'R01', label: { en: 'Bill explanation', zh: '账单解释' }, category: 0, weight: 9, status: 'active', validFrom: SINCE },
  { code: 'R02', label: { en: 'Where is my bill', zh: '账单在哪里查' }, category: 0, weight: 3, status: 'active', validFrom: SINCE, basic: true },
  { code: 'R03', label: { en: 'Payment methods', zh: '缴费方式咨询' }, category: 0, weight: 4, status: 'active', validFrom: SINCE },
  { code: 'R04', label: { en: 'Refund request', zh: '退款申请' }, category: 0, weight: 2.5, status: 'active', validFrom: SINCE },
  { code: 'R05', label: { en: 'Overdue and suspension', zh: '欠费停机' }, category: 0, weight: 3, status: 'active', validFrom: SINCE },
  { code: 'R06', label: { en: 'No service', zh: '无法使用' }, category: 1, weight: 8, status: 'active', validFrom: SINCE },
  { code: 'R07', label: { en: 'Slow speed', zh: '网速慢' }, category: 1, weight: 6, status: 'active', validFrom: SINCE, lineBias: [1.6, 1.3, 0.6, 0.3, 1] },
  { code: 'R08', label: { en: 'System slow or outage', zh: '系统缓慢或故障' }, category: 1, weight: 1.2, status: 'active', validFrom: SINCE },
  { code: 'R09', label: { en: 'Device installation', zh: '设备安装调试' }, category: 1, weight: 4, status: 'active', validFrom: SINCE, lineBias: [1.4, 0.4, 1.6, 1, 1.5] },
  { code: 'R10', label: { en: 'Password reset', zh: '密码重置' }, category: 2, weight: 3.5, status: 'active', validFrom: SINCE, basic: true },
  { code: 'R11', label: { en: 'Update personal details', zh: '修改客户资料' }, category: 2, weight: 3, status: 'active', validFrom: SINCE },
  { code: 'R12', label: { en: 'Plan change', zh: '套餐变更' }, category: 2, weight: 6, status: 'active', validFrom: SINCE },
  { code: 'R13', label: { en: 'Cancel service', zh: '销户退订' }, category: 2, weight: 2.5, status: 'active', validFrom: SINCE },
  { code: 'R14', label: { en: 'How to use a feature', zh: '功能使用方法' }, category: 3, weight: 3, status: 'active', validFrom: SINCE, basic: true },
  { code: 'R15', label: { en: 'Plan and pricing enquiry', zh: '套餐资费咨询' }, category: 3, weight: 7, status: 'active', validFrom: SINCE },
  { code: 'R16', label: { en: 'Coverage enquiry', zh: '覆盖范围咨询' }, category: 3, weight: 3, status: 'active', validFrom: SINCE, lineBias: [1.2, 1.6, 0.3, 0.5, 0.8] },
  { code: 'R17', label: { en: 'International roaming', zh: '国际漫游' }, category: 3, weight: 2.5, status: 'active', validFrom: SINCE, lineBias: [0, 2.8, 0, 0, 0.8] },
  { code: 'R18', label: { en: 'Product defect report', zh: '产品缺陷反馈' }, category: 4, weight: 1.5, status: 'active', validFrom: SINCE, improver: true },
  { code: 'R19', label: { en: 'Service complaint', zh: '服务投诉' }, category: 4, weight: 2.5, status: 'active', validFrom: SINCE, improver: true },
  { code: 'R20', label: { en: 'Suggestion', zh: '意见建议' }, category: 4, weight: 1, status: 'active', validFrom: SINCE, improver: true },
  { code: 'R21', label: { en: 'Upgrade offer', zh: '升级优惠咨询' }, category: 5, weight: 4, status: 'active', validFrom: SINCE },
  { code: 'R22', label: { en: 'New service order', zh: '新业务办理' }, category: 5, weight: 4, status: 'active', validFrom: SINCE, lineBias: [1, 1, 1, 0.8, 1.5] },
  { code: 'R23', label: { en: 'Summer promotion enquiry', zh: '夏季促销咨询' }, category: 5, weight: 0, status: 'active', validFrom: '2026-04-08' },
  { code: 'R24', label: { en: 'Dial-up internet support', zh: '拨号上网支持' }, category: 1, weight: 1.4, status: 'retired', validFrom: '2018-01-01', validTo: '2026-02-28', lineBias: [2, 0, 0, 1.5, 0.5] },
  { code: 'R25', label: { en: 'Bill dispute', zh: '账单争议' }, category: 0, weight: 2, status: 'merged', mergedInto: 'R01', validFrom: SINCE, validTo: '2026-03-15' },
  { code: 'R26', label: { en: 'Contract term enquiry', zh: '合约期查询' }, category: 2, weight: 2.5, status: 'active', validFrom: '2025-07-01' },
];

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
