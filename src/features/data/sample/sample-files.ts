import enCalls from '../../../../sample-data/en/calls.csv?url';
import enMonthly from '../../../../sample-data/en/customer_monthly.csv?url';
import enCustomers from '../../../../sample-data/en/customers.csv?url';
import enReasons from '../../../../sample-data/en/reason_mapping.csv?url';
import zhCustomers from '../../../../sample-data/zh/客户.csv?url';
import zhMonthly from '../../../../sample-data/zh/客户月度收支.csv?url';
import zhReasons from '../../../../sample-data/zh/来电原因映射.csv?url';
import zhCalls from '../../../../sample-data/zh/来电记录.csv?url';
import type { Language } from '../../../i18n';

export interface SampleFile {
  /** The file name the user sees, as a real export would be named. */
  readonly name: string;
  /** Where the build serves it, on the app's own origin. */
  readonly url: string;
}

/**
 * The bundled sample, per UI language: English headers in UTF-8, or Chinese headers in GBK as Chinese
 * call-centre systems export them, so both ingest paths are what a first-time user sees.
 */
export const SAMPLE_FILES: Record<Language, readonly SampleFile[]> = {
  en: [
    { name: 'calls.csv', url: enCalls },
    { name: 'customers.csv', url: enCustomers },
    { name: 'customer_monthly.csv', url: enMonthly },
    { name: 'reason_mapping.csv', url: enReasons },
  ],
  'zh-CN': [
    { name: '来电记录.csv', url: zhCalls },
    { name: '客户.csv', url: zhCustomers },
    { name: '客户月度收支.csv', url: zhMonthly },
    { name: '来电原因映射.csv', url: zhReasons },
  ],
};
