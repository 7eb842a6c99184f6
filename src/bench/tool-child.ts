// One tool in its own process for the readers benchmark: it loads only what that tool needs, then,
// each time its parent asks, reads every file once and answers with the time and CPU time of each.
// The parent steps several such processes in turn, so each is warm, none shares a heap or JIT with
// another, and drift in the machine's load falls on all of them alike.
//   tools: roadmap (parse end to end: read, extract, model, JSON), mammoth (convertToHtml alone),
//   getText (pdf-parse alone)
import { readFileSync } from 'node:fs';

export type ToolName = 'roadmap' | 'mammoth' | 'getText';

export interface Step {
  /** Per file: wall ms and CPU ms of this process. */
  ms: number[];
  cpuMs: number[];
}

async function load(tool: ToolName): Promise<(b: Uint8Array) => Promise<unknown>> {
  if (tool === 'mammoth') return (await import('./mammoth-baseline.js')).mammothHtml;
  if (tool === 'getText') return (await import('./pdf-parse-baseline.js')).pdfParseText;
  const { parseBytes } = await import('../api.js');
  const { DEFAULT_LIMITS } = await import('../readers/limits.js');
  return async (b) => JSON.stringify(await parseBytes(b, { limits: DEFAULT_LIMITS }));
}

if (process.send) {
  const tool = process.argv[2] as ToolName;
  const files = process.argv.slice(3).map((f) => new Uint8Array(readFileSync(f)));
  const run = await load(tool);
  process.on('message', async () => {
    const step: Step = { ms: [], cpuMs: [] };
    for (const bytes of files) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await run(bytes);
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      step.ms.push(t);
      step.cpuMs.push((c.user + c.system) / 1000);
    }
    process.send!(step);
  });
  process.on('disconnect', () => process.exit(0));
  process.send('ready');
}
