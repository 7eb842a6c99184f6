// npm run schema: regenerate schemas/roadmap.schema.json from the zod model.
import { writeFileSync } from 'node:fs';
import { modelJsonSchema } from '../model/json-schema.js';

const out = new URL('../../schemas/roadmap.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(modelJsonSchema(), null, 2) + '\n');
process.stdout.write(`wrote ${out.pathname}\n`);
