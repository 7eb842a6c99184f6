// The JSON Schema of the model, generated from the zod schemas (zod 4 emits it itself).
import { z } from 'zod';
import { RoadmapModel } from './roadmap.js';

export function modelJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RoadmapModel, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://roadmap.local/schemas/roadmap.schema.json',
    title: 'Roadmap model',
    ...schema,
  };
}
