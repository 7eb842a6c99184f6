// pdfjs-dist's legacy build (the one pdf-parse and this reader load on Node 20) installs a core-js
// polyfill of Array.prototype.push for the whole process, in both its main and worker bundles. The
// polyfill is correct but about 2.5× slower than V8's push, and every push in the process goes through
// it: reading any PDF halved the speed of the .docx reader (mammoth) and of pdf.js itself. This module
// remembers the engine's own push when it loads (before pdf.js) and puts it back after pdf.js loads.
// The polyfill only fixes pushing onto array-likes longer than 2^32 elements, which no code here does.
import vm from 'node:vm';

/** Function.prototype.toString from a clean realm: core-js makes its functions pass for native in ours. */
const cleanToString = vm.runInNewContext('Function.prototype.toString') as (this: unknown) => string;

function isNative(fn: unknown): boolean {
  try {
    return /\{\s*\[native code\]\s*\}\s*$/.test(cleanToString.call(fn));
  } catch {
    return false;
  }
}

const captured = Array.prototype.push;
// if pdf.js was loaded before this module, the engine's push is gone from this realm: leave things be
const nativePush: typeof Array.prototype.push | null = isNative(captured) ? captured : null;

export function restoreNativePush(): void {
  if (nativePush && Array.prototype.push !== nativePush) {
    Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
  }
}
