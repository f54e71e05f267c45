/**
 * Customer names as English/Chinese pairs: people for consumers, companies
 * for business customers. The English form is the pinyin of the Chinese one.
 */
import { pairs } from './pairs';
import type { Rng } from './prng';
import type { Label } from './taxonomy';

const SURNAMES = pairs(
    'Wang=王|Li=李|Zhang=张|Liu=刘|Chen=陈|Yang=杨|Huang=黄|Zhao=赵|Wu=吴|' +
    'Zhou=周|Xu=徐|Sun=孙|Ma=马|Zhu=朱|Hu=胡|Guo=郭|He=何|Lin=林|Luo=罗|' +
    'Gao=高|Zheng=郑|Liang=梁|Xie=谢|Song=宋|Tang=唐|Han=韩|Feng=冯|' +
    'Deng=邓|Cao=曹|Peng=彭',
);

const GIVEN = pairs(
    'Wei=伟|Fang=芳|Na=娜|Min=敏|Jing=静|Li=丽|Qiang=强|Lei=磊|Jun=军|' +
    'Yang=洋|Yong=勇|Yan=艳|Jie=杰|Tao=涛|Ming=明|Chao=超|Xiuying=秀英|' +
    'Xia=霞|Ping=平|Gang=刚|Guiying=桂英|Jianhua=建华|Xiaodong=晓东|' +
    'Haiyan=海燕|Zhiqiang=志强|Yulan=玉兰|Wenbo=文博|Zihan=子涵|Xinyi=欣怡|' +
    'Haoran=浩然|Yuting=雨婷|Junjie=俊杰',
);

const BRANDS = pairs(
    'Huaxin=华信|Hengtong=恒通|Dingsheng=鼎盛|Yuanhang=远航|Xinrui=新锐|' +
    'Anda=安达|Boya=博雅|Jinqiao=金桥|Tiancheng=天成|Ruifeng=瑞丰|' +
    'Yongtai=永泰|Dongfang=东方|Mingde=明德|Hongtu=宏图|Jiahe=嘉禾|' +
    'Shengshi=盛世|Zhongcheng=众诚|Haina=海纳|Zhongke=中科|Changcheng=长城|' +
    'Lianhe=联合|Xingguang=星光|Fuda=富达|Kangning=康宁',
);

const TRADES = pairs(
    'Trading=贸易|Technology=科技|Logistics=物流|Catering=餐饮|' +
    'Construction=建筑|Pharmaceutical=医药|Education=教育|' +
    'Electronics=电子|Media=传媒|Consulting=咨询|Manufacturing=制造|' +
    'Hotels=酒店',
);

const CITIES = pairs(
    'Shenzhen=深圳|Guangzhou=广州|Shanghai=上海|Beijing=北京|Hangzhou=杭州|' +
    'Chengdu=成都|Wuhan=武汉|Nanjing=南京',
);

const SMALL_SUFFIX = pairs(
    'Co., Ltd.=有限公司|Studio=工作室|Store=商行|Co., Ltd.=有限公司',
);

const BIG_SUFFIX = pairs(
    'Group Co., Ltd.=集团有限公司|Holdings Co., Ltd.=股份有限公司',
);

function person(rng: Rng): Label {
  const s = rng.pick(SURNAMES);
  const g = rng.pick(GIVEN);
  return { en: `${s.en} ${g.en}`, zh: `${s.zh}${g.zh}` };
}

function smallBusiness(rng: Rng): Label {
  const b = rng.pick(BRANDS);
  const t = rng.pick(TRADES);
  const x = rng.pick(SMALL_SUFFIX);
  return { en: `${b.en} ${t.en} ${x.en}`, zh: `${b.zh}${t.zh}${x.zh}` };
}

function enterprise(rng: Rng): Label {
  const c = rng.pick(CITIES);
  const b = rng.pick(BRANDS);
  const t = rng.pick(TRADES);
  const x = rng.pick(BIG_SUFFIX);
  return { en: `${c.en} ${b.en} ${t.en} ${x.en}`, zh: `${c.zh}${b.zh}${t.zh}${x.zh}` };
}

/** Draws names for a segment (0 consumer, 1 small business, 2 enterprise), unique across calls. */
export class NameMaker {
  private readonly used = new Set<string>();
  private readonly rng: Rng;

  constructor(rng: Rng) {
    this.rng = rng;
  }

  reserve(name: Label): Label {
    this.used.add(name.zh);
    return name;
  }

  make(segment: number): Label {
    const draw = segment === 0 ? person : segment === 1 ? smallBusiness : enterprise;
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = draw(this.rng);
      // People may share a name; companies may not.
      if (segment === 0 || !this.used.has(name.zh)) return this.reserve(name);
    }
    const name = draw(this.rng);
    return this.reserve({ en: `${name.en} No. ${this.used.size}`, zh: `${name.zh}${this.used.size}号` });
  }
}
