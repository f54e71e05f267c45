import { defineMessages } from '../../../i18n/define';

export const sampleMessages = defineMessages(
  {
    'sample.welcome': 'Welcome to Callsight',
    'sample.try': 'Try the sample data',
    'sample.loading': 'Loading the sample data…',
    'sample.openOwn': 'Open your files',
    'sample.about':
      'The sample is six months of a fictional telecom call centre: 30,599 calls, 2,000 customers, their monthly revenue and a reason taxonomy. It loads from this page; nothing is downloaded from anywhere else.',
    'sample.failed':
      'The sample data could not be loaded. Reload the page and try again; your own files can still be opened.',
    'sample.badge': 'Sample data',
    'sample.banner': 'You are looking at sample data. Open your own files to analyse them; they stay on this device.',
  },
  {
    'sample.welcome': '欢迎使用 Callsight 呼叫洞察',
    'sample.try': '试用示例数据',
    'sample.loading': '正在加载示例数据…',
    'sample.openOwn': '打开您的文件',
    'sample.about':
      '示例数据为一家虚构电信呼叫中心的六个月数据：30,599 通来电、2,000 位客户及其月度收入和来电原因体系。数据随页面提供，不会从其他任何地方下载。',
    'sample.failed': '示例数据加载失败。请刷新页面后重试；您仍可打开自己的文件。',
    'sample.badge': '示例数据',
    'sample.banner': '当前显示的是示例数据。打开您自己的文件即可分析，数据只保存在本机。',
  },
);
