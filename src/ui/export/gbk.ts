/** GBK code (lead byte × 256 + trail byte) of each UTF-16 code unit; 0 where GBK has none. Built on first use. */
let codes: Uint16Array | null = null;

/**
 * The browser has a GBK decoder but no encoder, so the table is read off the decoder: every two-byte GBK code is
 * decoded once (about 24,000 codes, a few milliseconds) and inverted. No table ships with the app.
 */
function gbkCodes(): Uint16Array {
  if (codes) return codes;
  const decoder = new TextDecoder('gbk');
  const table = new Uint16Array(65_536);
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const text = decoder.decode(pair);
      if (text.length !== 1 || text === '\ufffd') continue;
      const unit = text.charCodeAt(0);
      // The first code wins where two decode to the same character (as GBK encoders do).
      if (table[unit] === 0) table[unit] = (lead << 8) | trail;
    }
  }
  codes = table;
  return table;
}

export interface GbkText {
  readonly bytes: Uint8Array;
  /** Characters GBK cannot write (emoji, rare CJK), each written as `?`. */
  readonly unmapped: number;
}

/** Text as GBK bytes: ASCII as is, other characters by the decoder's own table, `?` where GBK has none. */
export function encodeGbk(text: string): GbkText {
  const table = gbkCodes();
  const bytes = new Uint8Array(text.length * 2);
  let length = 0;
  let unmapped = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      bytes[length++] = unit;
      continue;
    }
    const code = table[unit] ?? 0;
    if (code === 0) {
      // A surrogate pair is one character: one `?`.
      if (unit >= 0xd800 && unit <= 0xdbff) i++;
      bytes[length++] = 0x3f;
      unmapped++;
      continue;
    }
    bytes[length++] = code >> 8;
    bytes[length++] = code & 0xff;
  }
  return { bytes: bytes.subarray(0, length), unmapped };
}
