// Checking data against the model's schema, keeping every key of an item's `extra`. Those keys are column
// headers from documents or keys of a hand-made model, so any name may come: zod's record drops a key named
// `__proto__` (assigning it to a plain object would swap the prototype), and a plain object answers
// `constructor` or `toString` from Object.prototype. The maps are therefore rebuilt without a prototype
// from the input, and the one key zod skipped is checked here.
import { z } from 'zod';
import { RoadmapModel } from './roadmap.js';

/** An empty map with no prototype: every key, `__proto__` included, is an ordinary own key. */
export function keyedMap<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** RoadmapModel.safeParse, with each `extra` a prototype-free map holding all the input's keys. */
export function checkModel(data: unknown): z.ZodSafeParseResult<RoadmapModel> {
  const checked = RoadmapModel.safeParse(data);
  if (!checked.success) return checked;
  const raw = data as { roadmaps: Array<{ items: Array<{ extra: Record<string, unknown> }> }> };
  const issues: z.core.$ZodIssue[] = [];
  checked.data.roadmaps.forEach((roadmap, r) =>
    roadmap.items.forEach((item, i) => {
      const source = raw.roadmaps[r]!.items[i]!.extra;
      const extra = keyedMap<string>();
      for (const key of Object.keys(source)) {
        const value = source[key];
        if (typeof value === 'string') extra[key] = value;
        else issues.push({ code: 'invalid_type', expected: 'string', input: value, path: ['roadmaps', r, 'items', i, 'extra', key], message: `Invalid input: expected string, received ${typeof value}` });
      }
      item.extra = extra;
    }),
  );
  return issues.length ? { success: false, error: new z.ZodError(issues) as z.ZodError<RoadmapModel> } : checked;
}
