import { defineMessages } from '../define';

export const offlineMessages = defineMessages(
  {
    'offline.updateReady': 'A new version of Callsight is ready. Reload to use it; your data and views stay.',
    'offline.reload': 'Reload',
    'offline.later': 'Later',
  },
  {
    'offline.updateReady': 'Callsight 新版本已就绪。刷新页面即可使用，已加载的数据和视图不会丢失。',
    'offline.reload': '刷新',
    'offline.later': '稍后',
  },
);
