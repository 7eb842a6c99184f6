// LZW data (PDF's flavour: 9- to 12-bit codes, EarlyChange 1) for long runs of zeros: after a clear
// code each code names the run one longer than the last until the table is full (7.4 MB from 5.4 KB),
// then a clear code starts the next cycle, as a conforming encoder does.
export function zerosLzw(cycles: number): Buffer {
  const codes: number[] = [];
  for (let k = 0; k < cycles; k++) {
    codes.push(256, 0);
    for (let c = 258; c < 4095; c++) codes.push(c);
  }
  codes.push(257);
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  // the decoder reads each code with the width its table size gives at that moment
  let next = 258;
  let afterClear = true;
  for (const code of codes) {
    const n = next + 1;
    const width = n >= 2048 ? 12 : n >= 1024 ? 11 : n >= 512 ? 10 : 9;
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) {
      out.push((acc >>> (bits - 8)) & 0xff);
      bits -= 8;
      acc &= (1 << bits) - 1;
    }
    if (code === 256) {
      next = 258;
      afterClear = true;
    } else if (afterClear) afterClear = false;
    else if (next < 4096) next++;
  }
  if (bits > 0) out.push((acc << (8 - bits)) & 0xff);
  return Buffer.from(out);
}
