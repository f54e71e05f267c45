import type { Language } from '../../i18n';
import type { CallRole, CustomerRole, ReasonRole, TableKind } from '../../model/roles';

/** The tables a user can bring, as the help page lists them: customers per month is a table of its own there. */
export const HELP_TABLES = ['calls', 'customers', 'customerPeriods', 'reasons'] as const;
export type HelpTable = (typeof HELP_TABLES)[number];

type Role = CallRole | CustomerRole | ReasonRole;

/** One column of a template: the role it plays, its header per language, an example value per row. */
interface TemplateColumn {
  readonly role: Role;
  readonly header: Record<Language, string>;
  readonly values: Record<Language, readonly string[]>;
}

interface Template {
  /** The kind of table detection maps it to (a per-month table alone maps as customers). */
  readonly kind: TableKind;
  /** The file name the download gets, per language, without extension. */
  readonly file: Record<Language, string>;
  readonly columns: readonly TemplateColumn[];
}

const col = (
  role: Role,
  en: string,
  zh: string,
  enValues: readonly string[],
  zhValues: readonly string[] = enValues,
): TemplateColumn => ({ role, header: { en, 'zh-CN': zh }, values: { en: enValues, 'zh-CN': zhValues } });

/**
 * The template of each table: headers that detection recognises, and three rows in the formats it reads best.
 * The generated template files (scripts/templates) and the help page both come from here.
 */
export const TEMPLATES: Record<HelpTable, Template> = {
  calls: {
    kind: 'calls',
    file: { en: 'calls-template', 'zh-CN': '来电记录模板' },
    columns: [
      col('call_id', 'call_id', '通话ID', ['CL0001', 'CL0002', 'CL0003']),
      col('customer_id', 'customer_id', '客户ID', ['K1001', 'K1002', 'K1001']),
      col('started_at', 'start_time', '来电时间', [
        '2026-03-02 09:15:04',
        '2026-03-02 09:17:40',
        '2026-03-03 14:02:11',
      ]),
      col('answered', 'outcome', '呼叫结果', ['ANSWERED', 'ABANDONED', 'ANSWERED'], ['接通', '放弃', '接通']),
      col('wait_s', 'queue_seconds', '排队时长', ['12', '95', '8']),
      col('handle_s', 'handle_seconds', '通话时长', ['245', '0', '410']),
      col('reason', 'reason_code', '来电原因', ['R01', 'R07', 'R01']),
      col('business_line', 'business_line', '业务线', ['Broadband', 'Mobile', 'Broadband'], ['宽带', '移动', '宽带']),
      col('channel', 'channel', '渠道', ['Phone', 'Phone', 'Chat'], ['电话', '电话', '在线客服']),
      col('agent', 'agent', '坐席', ['A101', '', 'A102']),
      col('resolved', 'resolved', '是否解决', ['Y', 'N', 'Y'], ['是', '否', '是']),
      col('satisfaction', 'csat', '满意度', ['5', '', '4']),
      col(
        'notes',
        'notes',
        '备注',
        ['Asked about the March bill', '', 'Called back about the same bill'],
        ['咨询三月账单', '', '再次来电咨询同一账单'],
      ),
    ],
  },
  customers: {
    kind: 'customers',
    file: { en: 'customers-template', 'zh-CN': '客户模板' },
    columns: [
      col('customer_id', 'customer_id', '客户ID', ['K1001', 'K1002', 'K1003']),
      col('segment', 'segment', '客户类型', ['Enterprise', 'SME', 'Consumer'], ['政企', '中小企业', '个人']),
      col('joined_at', 'joined_at', '入网日期', ['2019-05-14', '2023-11-02', '2025-08-20']),
      col('revenue', 'revenue', '收入', ['120000.00', '18500.00', '1260.00']),
      col('service_cost', 'service_cost', '服务成本', ['36000.00', '9200.00', '980.00']),
      col('arrears', 'arrears', '欠款金额', ['0.00', '2300.00', '0.00']),
      col('overdue_days', 'overdue_days', '逾期天数', ['0', '45', '0']),
      col('late_payments', 'late_payments', '逾期次数', ['0', '3', '0']),
    ],
  },
  customerPeriods: {
    kind: 'customers',
    file: { en: 'customer-months-template', 'zh-CN': '客户月度收支模板' },
    columns: [
      col('customer_id', 'customer_id', '客户ID', ['K1001', 'K1001', 'K1002']),
      col('period', 'month', '月份', ['2026-01', '2026-02', '2026-01']),
      col('revenue', 'revenue', '收入', ['10200.00', '9800.00', '1540.00']),
      col('service_cost', 'service_cost', '服务成本', ['3100.00', '2950.00', '760.00']),
    ],
  },
  reasons: {
    kind: 'reasons',
    file: { en: 'reason-mapping-template', 'zh-CN': '来电原因映射模板' },
    columns: [
      col('raw_code', 'raw_code', '原始代码', ['R01', 'R07', 'R12']),
      col(
        'reason',
        'reason',
        '来电原因',
        ['Bill explanation', 'No signal', 'Bill explanation'],
        ['账单解释', '无信号', '账单解释'],
      ),
      col('category', 'category', '原因大类', ['Billing', 'Network', 'Billing'], ['账单', '网络', '账单']),
      col('status', 'status', '状态', ['active', 'active', 'merged'], ['有效', '有效', '已合并']),
      col('merged_into', 'merged_into', '合并至', ['', '', 'R01']),
      col('valid_from', 'valid_from', '生效日期', ['2024-01-01', '2024-01-01', '2024-01-01']),
      col('valid_to', 'valid_to', '失效日期', ['', '', '2025-12-31']),
    ],
  },
};

/** The template as CSV text (CRLF line ends, as Excel writes them; no value needs quoting). */
export function templateCsv(table: HelpTable, language: Language): string {
  const { columns } = TEMPLATES[table];
  const rows = columns[0]!.values[language].map((_, row) => columns.map((c) => c.values[language][row]!).join(','));
  return [columns.map((c) => c.header[language]).join(','), ...rows].map((line) => `${line}\r\n`).join('');
}

export type TemplateEncoding = 'utf8' | 'gbk';

/** The name a template downloads under (and its file in template-files/). */
export function templateFileName(table: HelpTable, language: Language, encoding: TemplateEncoding): string {
  return `${TEMPLATES[table].file[language]}${encoding === 'gbk' ? '.gbk' : ''}.csv`;
}
