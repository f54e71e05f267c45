import type { TextEncodingName } from './types';

// Frequent characters of call-centre exports, in simplified and traditional forms: a right decoding hits
// them often, a wrong one (GBK read as Big5 or the reverse) lands on rare characters instead.
const COMMON =
  '的一是不了在人有我他这个们中来上大为和国到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种' +
  '事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心本前开但因只从想实日数话间客户电通号长务业接' +
  '否名称原类型期金额满意度呼入出等待时务处理坐席工单流水结果状态是否解决渠道备注月元费用收入成本欠款逾期' +
  '這個們來為國說時會對過發後裡種經麼學現當沒動還進從實數話間戶電號長務業稱類額滿處席單結狀態決備註費用欠款';
const COMMON_SET = new Set(COMMON);

/** Guesses the encoding of a text file from its first bytes (BOM, UTF-16 zero bytes, then trial decoding). */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const zeros = zeroBytes(head);
  if (zeros.even + zeros.odd > head.length / 8) return zeros.odd >= zeros.even ? 'utf-16le' : 'utf-16be';
  const sample = trimPartial(head);
  if (decodes(sample, 'utf-8')) return 'utf-8';
  const candidates: TextEncodingName[] = ['gb18030', 'big5'];
  let best: TextEncodingName = 'gb18030';
  let bestScore = -1;
  for (const encoding of candidates) {
    const score = commonShare(sample, encoding);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

function zeroBytes(head: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  const n = Math.min(head.length, 4096);
  for (let i = 0; i < n; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return { even, odd };
}

/** Drops a UTF-8 character cut off at the end of the sample, so it does not count as invalid. */
function trimPartial(head: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(4, head.length); back++) {
    const b = head[head.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? head.subarray(0, head.length - back) : head;
  }
  return head;
}

function decodes(bytes: Uint8Array, encoding: TextEncodingName): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of decoded CJK characters that are common ones; invalid sequences count against. */
function commonShare(bytes: Uint8Array, encoding: TextEncodingName): number {
  const text = new TextDecoder(encoding).decode(bytes);
  let cjk = 0;
  let common = 0;
  let invalid = 0;
  for (const ch of text) {
    if (ch === '\ufffd') invalid++;
    else if (ch >= '\u4e00' && ch <= '\u9fff') {
      cjk++;
      if (COMMON_SET.has(ch)) common++;
    }
  }
  return cjk === 0 ? -invalid : (common - invalid * 4) / cjk;
}
