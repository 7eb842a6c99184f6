// mammoth's own .docx -> HTML conversion with its default options: the reference the .docx reader's
// speed is measured against (src/bench/readers.ts).
import mammoth from 'mammoth';

export async function mammothHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}
