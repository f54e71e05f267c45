import { defineMessages } from '../../i18n/define';

export const offlineMessages = defineMessages(
  {
    'offline.updateReady': 'A new version of Callsight is ready. Reload to use it; your data and views stay.',
    'offline.reload': 'Reload',
    'offline.later': 'Later',
    'offline.ready':
      'Callsight now works offline on this device: it starts, loads the sample and reopens your saved data without a network.',
    'offline.ok': 'OK',
  },
  {
    'offline.updateReady': 'Callsight 新版本已就绪。刷新页面即可使用，已加载的数据和视图不会丢失。',
    'offline.reload': '刷新',
    'offline.later': '稍后',
    'offline.ready': 'Callsight 已可在本机离线使用：断网后仍可启动、加载示例数据并打开已保存的数据。',
    'offline.ok': '知道了',
  },
);
