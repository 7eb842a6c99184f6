// link-malformed: a link that is no working web address (no scheme, spaces, no host, a host without a dot).
import type { Rule } from '../rule.js';
import { items } from '../walk.js';

/** What is wrong with a link, as a message id, or null when it is a well-formed web address. */
export function linkProblem(link: string): 'unparseable' | 'scheme' | 'space' | 'host' | null {
  if (/\s/u.test(link.trim())) return 'space';
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return 'unparseable';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
  const host = url.hostname;
  // a web host has a dot and a top-level domain of letters («site.ru», «оиро.рф» as xn--…)
  if (host === '' || !host.includes('.') || !/\.(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})\.?$/u.test(host)) return 'host';
  return null;
}

export const linkMalformed: Rule = {
  meta: {
    id: 'link-malformed',
    category: 'links',
    severity: 'error',
    description: 'A link is not a well-formed http(s) address.',
    messages: {
      unparseable: '«{link}» is not a web address',
      scheme: '«{link}» is not an http(s) link',
      space: '«{link}» contains a space',
      host: '«{link}» has no valid host name',
    },
  },
  check(model, context) {
    for (const { item, path } of items(model)) {
      item.links.forEach((link, k) => {
        const problem = linkProblem(link);
        if (problem) context.report({ path: [...path, 'links', k], messageId: problem, data: { link } });
      });
    }
  },
};
