import { defineMessages } from '../define';

export const drillMessages = defineMessages(
  {
    'drill.close': 'Close',
    'drill.back': '← Back',
    'drill.customer': "Customer's calls",
    'drill.anonymous': 'anonymous',
    'drill.customerTitle': 'Calls of customer {id}',
    'drill.show': 'Show calls',
    'drill.showFor': 'Show the calls behind {figure}',
    'drill.kpi.offered': 'Offered calls, {from} – {to}',
    'drill.kpi.answered': 'Answered calls, {from} – {to}',
    'drill.kpi.abandoned': 'Abandoned calls, {from} – {to}',
    'drill.kpi.withinSl': 'Calls answered within {t} s, {from} – {to}',
    'drill.kpi.resolved': 'Resolved answered calls, {from} – {to}',
    'drill.kpi.repeat': 'Calls followed by a repeat within {n} days, {from} – {to}',
  },
  {
    'drill.close': '关闭',
    'drill.back': '← 返回',
    'drill.customer': '该客户来电',
    'drill.anonymous': '匿名',
    'drill.customerTitle': '客户 {id} 的全部来电',
    'drill.show': '查看来电',
    'drill.showFor': '查看“{figure}”背后的来电',
    'drill.kpi.offered': '呼入来电（{from} – {to}）',
    'drill.kpi.answered': '已接通来电（{from} – {to}）',
    'drill.kpi.abandoned': '放弃来电（{from} – {to}）',
    'drill.kpi.withinSl': '{t} 秒内接通的来电（{from} – {to}）',
    'drill.kpi.resolved': '已解决的接通来电（{from} – {to}）',
    'drill.kpi.repeat': '{n} 天内重复来电的来电（{from} – {to}）',
  },
);
