// Decodes an .html file's bytes: BOM first, then the charset the page declares, else strict UTF-8,
// else Windows-1251 (the usual legacy encoding of Russian sites).

export interface DecodedHtml {
  text: string;
  encoding: string;
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8') {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // an unknown label: fall through to the guesses below
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

/** The charset named by <meta charset>, <meta http-equiv content> or an XML declaration. */
function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i]!);
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_:.-]+)/i.exec(head);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  return label === 'utf8' ? 'utf-8' : label;
}
