// The issuer: the organisation block of the letterhead, all of its lines — with a closing region line
// («…ОКРУГА / ЗАБАЙКАЛЬСКОГО КРАЯ»), without the country above it, a convocation or session line, a rule of
// underscores, an address, phone or e-mail line, or the same name repeated in another language.
import { collapse, joinLines } from '../../normalize/text.js';
import { plainText, type ProseLine } from '../document-flow.js';
import { isNoiseLine } from './junk.js';
import { ADDRESS } from './place.js';
import { findDate, findNumber } from './values.js';

const COUNTRY = /^российская\s+федерация$/iu;
const REGION =
  /^(?:[\p{L}-]+(?:ая|ий|ой)\s+(?:область|край)|республика\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|[\p{L}-]+\s+автономный\s+округ(?:\s*[-–—]\s*[\p{L}-]+)?|город\s+федерального\s+значения.*|(?:муниципальное\s+образование|городской\s+округ|муниципальный\s+(?:район|округ))\s*[«"].*)$/iu;
const CONVOCATION = /(?:^|\s)(?:созыв\p{L}*|сесси[яи]|заседани[ея])(?:\s|$)/iu;
// a line in another language of the republic (Tatar, Bashkir, Chuvash, Yakut… letters), or in Latin letters only
const OTHER_LANGUAGE = /[ӘәӨөҮүҢңҖҗҺһҒғҠҡҘҙҪҫӐӑӖӗӲӳҤҥ]|^[^\p{Script=Cyrillic}]*\p{Script=Latin}{3}[^\p{Script=Cyrillic}]*$/u;
// an organ named by one word needs the region line above it («МОСКОВСКАЯ ОБЛАСТЬ / ПРАВИТЕЛЬСТВО»)
const BARE_BODY = /^(?:правительство|администрация|дума|собрание|совет|мэрия|министерство|губернатор|глава)$/iu;
const CONTINUES = /^(?:\(|\p{Ll}|\p{Lu}\p{L}*(?:ого|его|ой|ей|ых|их|ии|ки|сти)\s)/iu;
const OCR_RESIDUE = /^\p{Ll}\s+(?=\p{Lu}{2})/u;

export function isOrgNoise(text: string): boolean {
  const t = collapse(text);
  return (
    t === '' ||
    COUNTRY.test(t) ||
    CONVOCATION.test(t) ||
    /^[_\s.—–-]{3,}$/u.test(t) ||
    ADDRESS.test(t) ||
    OTHER_LANGUAGE.test(t) ||
    isNoiseLine(t) ||
    (findDate(t) !== null && (t.length < 40 || findNumber(t) !== null))
  );
}

/**
 * The issuer from the lines [from, to) above the heading: the paragraph nearest the heading (a separate paragraph
 * above it is a parent body or a coat-of-arms caption), region lines that open the block dropped unless the organ
 * is named by one word.
 */
export function issuerBlock(lines: readonly ProseLine[], from: number, to: number, skip: (i: number) => boolean = () => false): string | null {
  const kept: ProseLine[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (!skip(i) && !isOrgNoise(plainText(line))) kept.push(line);
  }
  if (kept.length === 0) return null;
  const lastPara = kept[kept.length - 1]!.para;
  let group = kept.filter((l) => l.para === lastPara);
  // an export that puts every line in a paragraph of its own: a paragraph that opens in the genitive, in
  // lower case or with the short name in brackets goes on with the name above it
  for (let k = kept.indexOf(group[0]!) - 1; k >= 0 && CONTINUES.test(plainText(group[0])); k--) {
    const para = kept[k]!.para;
    group = [...kept.filter((l) => l.para === para), ...group];
    k = kept.indexOf(group[0]!);
  }
  // a region line standing alone as the nearest paragraph is a closing line of the organ's name above it
  if (group.every((l) => REGION.test(plainText(l)))) {
    const above = kept.filter((l) => l.para !== lastPara);
    if (above.length) group = [...above.filter((l) => l.para === above[above.length - 1]!.para), ...group];
  }
  const firstOrg = group.findIndex((l) => !REGION.test(plainText(l)));
  if (firstOrg < 0) return null;
  const organ = group.slice(firstOrg);
  const body = organ.length === 1 && BARE_BODY.test(plainText(organ[0]));
  const chosen = body ? group : organ;
  const text = joinLines(chosen.map((l) => l.text.replace(/\t/g, ' '))).replace(OCR_RESIDUE, '');
  return text === '' ? null : text;
}

const ORGANISATION =
  /(?:учреждени|министерств|департамент|управлени|комитет|администраци|правительств|школ|гимнази|лице[йя]|детск\p{L}*\s+сад|колледж|техникум|университет|институт|центр|отдел|(?<![\p{L}])(?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|МБДОУ|МАДОУ|МКДОУ|ГАУ|ГБУ|ФГБОУ|ГАПОУ|ГБПОУ|СОШ|ООШ)(?![\p{L}]))/iu;

/** An organisation block standing above a plan's or a report's heading (its own letterhead), or null. */
export function letterheadAbove(lines: readonly ProseLine[], from: number, to: number, skip: (i: number) => boolean): string | null {
  const text = issuerBlock(lines, from, to, skip);
  if (!text || !ORGANISATION.test(text) || text.length > 400) return null;
  // a heading or a sentence is not a letterhead
  if (/^(?:о|об|по|на|в)\s/iu.test(text) || /[.:;]$/u.test(text)) return null;
  return text;
}
