import { defineMessages } from '../define';

export const appMessages = defineMessages(
  {
    'app.title': 'Callsight',
    'app.tagline': 'Call-centre analytics that never leave your browser',
    'app.language': 'Language',
    'app.data': 'Data',
    'app.analysis': 'Analysis',
    'app.privacy': 'Your data stays on this device: nothing is uploaded.',
    'app.empty.title': 'No data loaded yet',
    'app.empty.body': 'Open call, customer or reason exports (CSV, Excel, Parquet, JSON) to start.',
    'engine.starting': 'Starting the analytics engine…',
    'engine.ready': 'Engine ready: DuckDB {version} (started in {seconds} s)',
    'engine.failed':
      'The analytics engine could not start: {message}. Reload the page; if it fails again, try another browser.',
    'error.dismiss': 'Dismiss',
  },
  {
    'app.title': 'Callsight 呼叫洞察',
    'app.tagline': '呼叫中心数据分析，数据不出浏览器',
    'app.language': '语言',
    'app.data': '数据',
    'app.analysis': '分析',
    'app.privacy': '数据只保存在本机，不会上传。',
    'app.empty.title': '尚未加载数据',
    'app.empty.body': '打开通话、客户或来电原因的导出文件（CSV、Excel、Parquet、JSON）即可开始。',
    'engine.starting': '正在启动分析引擎…',
    'engine.ready': '引擎就绪：DuckDB {version}（启动用时 {seconds} 秒）',
    'engine.failed': '分析引擎无法启动：{message}。请刷新页面；若仍失败，请换用其他浏览器。',
    'error.dismiss': '关闭',
  },
);
