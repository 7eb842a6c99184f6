// Message templates: «{name}» is filled from parameters; a template can also be read backwards, to
// take the parameters out of a message written from it (how a model's English diagnostic is turned
// into Russian without the model storing parameters).
export type Params = Readonly<Record<string, string | number>>;

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

const cache = new Map<string, { re: RegExp; names: string[] }>();

/** The parameters of `message` if it was written from `template`, else null. */
export function match(template: string, message: string): Record<string, string> | null {
  let compiled = cache.get(template);
  if (!compiled) {
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/u)
      .map((part) => {
        const m = /^\{(\w+)\}$/u.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
        names.push(m[1]!);
        return '([\\s\\S]+?)';
      })
      .join('');
    compiled = { re: new RegExp(`^${source}$`, 'u'), names };
    cache.set(template, compiled);
  }
  const m = compiled.re.exec(message);
  if (!m) return null;
  const out: Record<string, string> = {};
  compiled.names.forEach((n, i) => (out[n] = m[i + 1]!));
  return out;
}
