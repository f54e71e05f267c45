/**
 * Short agent notes (通话小结), written in both languages from the same
 * template. Most contacts have none. Competitor mentions (story 6) rise
 * sharply in May; the basic-question customers (story 4) get telling notes.
 */
import { pairs } from './pairs';
import type { Rng } from './prng';
import { COMPETITOR_RATE } from './stories';
import {
  COMPETITOR_REASONS,
  type Label,
  MERGED_DISPUTE,
  REASONS,
  RETIRED_DIALUP,
  SUMMER_PROMO,
  SYSTEM_SLOW,
} from './taxonomy';

const NOTE_RATE = 0.35;

/** By category: Billing, Technical fault, Account, Product enquiry, Complaint & feedback, Sales. */
const BY_CATEGORY: readonly (readonly Label[])[] = [
  pairs(
    'Explained monthly charges=已解释月度费用|' +
      'Bill went up, explained that the discount ended=账单上涨，已说明优惠到期|' +
      'Customer said "the bill is wrong", checked and corrected=客户称"账单有误"，已核实更正',
  ),
  pairs(
    'Restarted modem remotely=已远程重启光猫|Raised a fault ticket=已提交故障工单|' +
      'Line test OK, advised to check the device=线路测试正常，建议检查设备',
  ),
  pairs(
    'Identity verified, details updated=已核实身份并更新资料|' +
      'Plan changed from next month=套餐下月生效|Sent confirmation SMS=已发送确认短信',
  ),
  pairs(
    'Sent plan comparison by SMS=已短信发送套餐对比|' +
      'Explained coverage and pricing=已解释覆盖范围和资费|Customer will think about it=客户考虑后再定',
  ),
  pairs(
    'Defect logged for the product team=缺陷已转产品部门|' +
      'Complaint about waiting time, apologised=投诉等待时间过长，已致歉|' +
      'Suggestion: add e-invoice download=建议：增加电子发票下载',
  ),
  pairs(
    'Interested in upgrade, sent the offer=有意升级，已发送优惠|' +
      'Order placed, installation booked=已下单并预约安装',
  ),
];

const BASIC = pairs(
  'Walked the customer through the steps=已指导客户操作步骤|' +
    'Sent the how-to guide link=已发送操作指南链接',
);

const SPECIAL: ReadonlyMap<number, readonly Label[]> = new Map([
  [
    SYSTEM_SLOW,
    pairs(
      'Self-service very slow, customer could not pay=自助服务很慢，客户无法缴费|' +
        'System timeout at login=登录时系统超时|App kept loading, known system issue=APP一直加载，系统已知问题',
    ),
  ],
  [
    SUMMER_PROMO,
    pairs(
      'Asked about the summer promotion terms=咨询夏季促销活动规则|' +
        'Summer promotion: can existing customers join=夏季促销：询问老用户能否参加',
    ),
  ],
  [RETIRED_DIALUP, pairs('Helped with the dial-up connection=协助拨号连接')],
  [MERGED_DISPUTE, pairs('Disputed charge, sent to billing team=费用有争议，已转账务组')],
]);

/** Competitor (story 6): every one names SkyNet Telecom / 天网通信; some say "switch to" / 转网. */
export const COMPETITOR_NOTES = pairs(
  'Customer mentions a SkyNet Telecom offer and may switch to them=客户提到天网通信的优惠，可能转网|' +
    'SkyNet Telecom called the customer with a cheaper plan=天网通信致电客户推销更便宜的套餐|' +
    'Wants to switch to SkyNet Telecom, retention offer made=想转网到天网通信，已提供挽留优惠|' +
    'Asked us to match the SkyNet Telecom price=要求比照天网通信的价格',
);

/** Story 4: a new person at the customer asks the basics again. */
export const NEW_STAFF_NOTE: Label = {
  en: 'Caller is new in the role, went over the basics',
  zh: '来电人是新接手的同事，已讲解基本操作',
};

export function noteFor(rng: Rng, reason: number, month: number, answered: boolean): Label | null {
  if (!answered) return null;
  if (COMPETITOR_REASONS.includes(reason) && rng.chance(COMPETITOR_RATE[month] ?? 0)) {
    return rng.pick(COMPETITOR_NOTES);
  }
  if (!rng.chance(NOTE_RATE)) return null;
  const r = REASONS[reason];
  const special = SPECIAL.get(reason);
  if (special !== undefined) return rng.pick(special);
  if (r?.basic === true) return rng.pick(BASIC);
  return rng.pick(BY_CATEGORY[r?.category ?? 0] ?? BASIC);
}
