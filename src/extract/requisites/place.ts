// The place of issue: a line of its own under the header («г. Устюжна», «с. Чара», «Красногорск»), or, without one,
// the town named in the letterhead's address («…, г. Энск, ул. Мира, 5» → «г. Энск»).
import { collapse } from '../../normalize/text.js';

// the settlement word in any case: a document set in capitals writes «Г. ОРЁЛ»
const SETTLEMENT = '(?:[гГ]\\.|город|с\\.|село|п\\.|пос\\.|поселок|посёлок|пгт\\.?|рп\\.?|р\\.\\s?п\\.|д\\.|дер\\.|деревня|ст\\.|ст-ца|станица|аул|х\\.|хутор)';
const NAME = '[\\p{Lu}\\p{Ll}][\\p{L}-]*(?:[\\s-][\\p{Lu}][\\p{L}-]+)*';
const PLACE = new RegExp(`^${SETTLEMENT}\\s*${NAME}\\.?$`, 'u');
const CAPS_PLACE = new RegExp(`^(?:Г\\.|С\\.|П\\.|ПОС\\.|ПГТ\\.?|Д\\.|СТ-ЦА)\\s*\\p{Lu}[\\p{Lu}-]+(?:[\\s-]\\p{Lu}[\\p{Lu}-]+)*\\.?$`, 'u');
const CAPITALS = /^(?:Москва|Санкт-Петербург|Севастополь)$/u;

export const ADDRESS =
  /(?:^|[\s,(])(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|пл\.|д\.\s*\d|тел\.?|телефон|тел\/факс|факс|e-?mail|эл\.\s*почта|инн|кпп|огрн|окпо|окато|http|www\.)|\b\d{6}\b|@/iu;

/** «г. Устюжна», «с. Чара», «Москва»: a settlement and nothing else. */
export function isPlaceLine(text: string): boolean {
  const t = collapse(text).replace(/[|]/gu, ' ').trim();
  return PLACE.test(t) || CAPS_PLACE.test(t) || CAPITALS.test(t);
}

const PLACE_IN = new RegExp(`(?:^|\\s)(${SETTLEMENT}\\s*\\p{Lu}[\\p{L}-]*(?:-\\p{Lu}[\\p{L}-]+)*)(?=\\s|$)`, 'u');

/** A settlement standing among other requisites on a line («г. Энск 12.03.2023 № 5»): where it is. */
export function findPlace(text: string): { place: string; index: number; length: number } | null {
  const m = PLACE_IN.exec(text);
  if (!m) return null;
  const index = m.index + m[0].length - m[1]!.length;
  return { place: placeOf(m[1]!), index, length: m[1]!.length };
}

/** The place as the model holds it: collapsed, without a closing dot. */
export function placeOf(text: string): string {
  return collapse(text.replace(/[|]/gu, ' ')).replace(/\.$/u, '');
}

/**
 * A bare town under the date line («Красногорск»): one capitalised word (or a hyphenated name), which only counts
 * where the requisites stand — between the date line and the title.
 */
export function isBareTown(text: string): boolean {
  const t = collapse(text);
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(t) && !/^(?:О|Об|Обо|По|На|За)$/u.test(t) && t.length >= 4;
}

/** The town in an address line of a letterhead. */
export function placeInAddress(text: string): string | null {
  if (!ADDRESS.test(text)) return null;
  const m = /(?:^|[\s,])((?:г\.|с\.|пос\.|п\.|пгт\.?|д\.)\s*\p{Lu}[\p{L}-]+)/u.exec(text);
  return m ? collapse(m[1]!) : null;
}
