/**
 * File names, column headers and value labels of the two language variants.
 * The English and Chinese files hold the same rows; only these differ.
 */
import type { Label } from './taxonomy';

export type Lang = 'en' | 'zh';

export interface TableNames {
  calls: string;
  customers: string;
  customerMonthly: string;
  reasonMapping: string;
}

export const FILE_NAMES: Record<Lang, TableNames> = {
  en: {
    calls: 'en/calls.csv',
    customers: 'en/customers.csv',
    customerMonthly: 'en/customer_monthly.csv',
    reasonMapping: 'en/reason_mapping.csv',
  },
  zh: {
    calls: 'zh/来电记录.csv',
    customers: 'zh/客户.csv',
    customerMonthly: 'zh/客户月度收支.csv',
    reasonMapping: 'zh/来电原因映射.csv',
  },
};

export const HEADERS: Record<Lang, Record<keyof TableNames, readonly string[]>> = {
  en: {
    calls: [
      'call_id',
      'customer_id',
      'start_time',
      'business_line',
      'channel',
      'queue_seconds',
      'handle_seconds',
      'outcome',
      'reason_code',
      'resolved',
      'csat',
      'agent',
      'notes',
    ],
    customers: [
      'customer_id',
      'customer_name',
      'segment',
      'joined_at',
      'revenue',
      'service_cost',
      'arrears',
      'overdue_days',
      'late_payments',
    ],
    customerMonthly: ['customer_id', 'month', 'revenue', 'service_cost'],
    reasonMapping: ['raw_code', 'reason', 'category', 'status', 'merged_into', 'valid_from', 'valid_to'],
  },
  zh: {
    calls: [
      '通话ID',
      '客户号',
      '来电时间',
      '业务线',
      '渠道',
      '排队时长',
      '通话时长',
      '呼叫结果',
      '来电原因',
      '是否解决',
      '满意度',
      '坐席工号',
      '通话小结',
    ],
    customers: ['客户号', '客户名称', '客户类型', '入网日期', '收入', '服务成本', '欠款金额', '逾期天数', '逾期次数'],
    customerMonthly: ['客户号', '月份', '收入', '服务成本'],
    reasonMapping: ['原始代码', '来电原因', '原因大类', '状态', '合并至', '生效日期', '失效日期'],
  },
};

export const OUTCOME: Record<'answered' | 'abandoned', Label> = {
  answered: { en: 'ANSWERED', zh: '接通' },
  abandoned: { en: 'ABANDONED', zh: '放弃' },
};

export const YES_NO: Record<'yes' | 'no', Label> = {
  yes: { en: 'Y', zh: '是' },
  no: { en: 'N', zh: '否' },
};

export const STATUS: Record<'active' | 'merged' | 'retired', Label> = {
  active: { en: 'active', zh: '启用' },
  merged: { en: 'merged', zh: '合并' },
  retired: { en: 'retired', zh: '停用' },
};

/** Customer segments, in Segment order (consumer, small business, enterprise). */
export const SEGMENTS: readonly Label[] = [
  { en: 'Consumer', zh: '个人客户' },
  { en: 'Small business', zh: '小微企业' },
  { en: 'Enterprise', zh: '政企客户' },
];
