// Models as text: JSON (compact or pretty) or YAML.
export type OutputFormat = 'json' | 'yaml';

export async function serialize(value: unknown, format: OutputFormat, pretty: boolean): Promise<string> {
  if (format === 'yaml') {
    const { stringify } = await import('yaml');
    return stringify(value, { lineWidth: 0 });
  }
  return JSON.stringify(value, null, pretty ? 2 : undefined) + '\n';
}

export function parseFormat(value: string): OutputFormat {
  if (value === 'json' || value === 'yaml') return value;
  throw new Error(`unknown format «${value}»: use json or yaml`);
}
