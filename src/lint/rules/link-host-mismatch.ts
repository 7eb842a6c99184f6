// link-host-mismatch: two links to the same file on different hosts, so one of them is wrong
// (seed 003: the same letter under «оиро.рф» and the look-alike «oipro.pf»).
import { domainToUnicode } from 'node:url';
import type { Rule } from '../rule.js';
import { itemLabel } from '../cite.js';
import { items } from '../walk.js';

export const linkHostMismatch: Rule = {
  meta: {
    id: 'link-host-mismatch',
    category: 'links',
    severity: 'warning',
    description: 'A link points to the same path as an earlier link but on another host: one of the two hosts is wrong.',
    messages: { mismatch: 'the link to {file} is on {host}; item {first} links the same path on {firstHost}' },
  },
  check(model, context) {
    const seen = new Map<string, { host: string; first: string }>();
    for (const { item, path, i } of items(model)) {
      item.links.forEach((link, k) => {
        let url: URL;
        try {
          url = new URL(link.trim());
        } catch {
          return;
        }
        // a bare site («http://site.ru/») says nothing about a file
        if (url.pathname.length <= 1) return;
        const key = url.pathname + url.search;
        const host = url.hostname;
        const before = seen.get(key);
        if (before === undefined) {
          seen.set(key, { host, first: itemLabel(item, i) });
          return;
        }
        if (before.host === host) return;
        const file = safeDecode(url.pathname.split('/').filter(Boolean).at(-1) ?? url.pathname);
        context.report({
          path: [...path, 'links', k],
          messageId: 'mismatch',
          data: { file, host: displayHost(host), first: before.first, firstHost: displayHost(before.host) },
        });
      });
    }
  },
};

/** A host as people write it: «xn--h1aqdx.xn--p1ai» shown as «оиро.рф». */
function displayHost(host: string): string {
  return domainToUnicode(host) || host;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
