// Lists of people such as «Состав рабочей группы»: each member's name and position.
import type { Group } from '../model/roadmap.js';
import { collapse, joinLines } from '../normalize/text.js';
import { nameAtEnd, nameAtStart } from './person-name.js';
import { plainText, type ProseLine } from './document-flow.js';

const GROUP_HEADING = /^(?:состав|список|перечень\s+(?:членов|участников))\s+(?:\p{L}+\s+)?(?:рабоч|групп|комисси|совет|штаб|оргкомитет|команд|член|участник|координацион|экспертн|ответствен|проектн)/iu;
const LIST_MARK = /^(?:\d{1,3}[.)]|[-–—•·▪*])\s*/u;

export interface GroupResult {
  group: Group;
  start: number;
  end: number;
}

export function isGroupHeading(line: ProseLine | undefined): boolean {
  // not only at a paragraph's start: text exports without blank lines run a heading into the lines above it
  return !!line && GROUP_HEADING.test(plainText(line));
}

export function readGroup(lines: ProseLine[], from: number, limit: number): GroupResult | null {
  if (!isGroupHeading(lines[from])) return null;
  const para = lines[from]!.para;
  let i = from;
  const title: string[] = [];
  while (i < limit && lines[i]!.para === para && (i === from || !LIST_MARK.test(plainText(lines[i])))) title.push(lines[i++]!.text);
  const members: Group['members'] = [];
  for (; i < limit; i++) {
    const member = memberOf(plainText(lines[i]));
    if (!member) {
      // a role line inside the list («Председатель рабочей группы:»)
      if (/:\s*$/u.test(plainText(lines[i])) && plainText(lines[i]).length < 80) continue;
      break;
    }
    members.push(member);
  }
  if (members.length === 0) return null;
  return { group: { title: joinLines(title) || null, members }, start: from, end: i };
}

/** «1. Левина Г.В., заместитель руководителя …» / «Левина Галина Владимировна – директор …» / «директор … Г.В. Левина». */
function memberOf(text: string): Group['members'][number] | null {
  const t = collapse(text.replace(LIST_MARK, ''));
  const start = nameAtStart(t);
  if (start) {
    const position = start.rest.replace(/^[\s,–—-]+/u, '').replace(/[.;]+$/u, '').trim();
    return { name: start.name, position: position === '' ? null : position };
  }
  const end = nameAtEnd(t.replace(/[.;]+$/u, ''));
  if (end && end.before !== '') return { name: end.name, position: end.before.replace(/[\s,–—-]+$/u, '') || null };
  return null;
}
