// What a roadmap column holds, from its header, whatever its wording.
import type { ColumnRole } from '../../model/roadmap.js';
import { textKey } from '../../normalize/text.js';

// Order matters: the first rule that matches wins («Срок исполнения» is a timeframe, not a report;
// «Ожидаемый результат (показатель)» a result; «Отметка о выполнении» a report).
const RULES: Array<[RegExp, ColumnRole]> = [
  [/^(?:№|n|no|номер|п\/п|№\s*п\/п|n\s*п\/п|#)(?:[\s.]*п\s*\/\s*п)?\.?$/u, 'number'],
  [/^№/u, 'number'],
  [/отметк\p{L}*\s+о\s+(?:выполнени|исполнени)|отч[её]тн\p{L}*\s+информаци|информаци\p{L}*\s+о[б]?\s+(?:выполнени|исполнени|ходе)|(?:статус|ход|результаты?)\s+(?:выполнени|исполнени|реализаци)\p{L}*\s*$|^выполнен|^исполнен|^отч[её]т\p{L}*(?:\s+об?\s+исполнени\p{L}*)?$/u, 'report'],
  [/информационн\p{L}*\s+(?:сопровождени|обеспечени|поддержк)|освещени\p{L}*\s+в\s+сми|размещени\p{L}*\s+информаци/u, 'info'],
  [/срок|дата|период|время\s+(?:проведения|исполнения|реализации)|^когда|календарн/u, 'timeframe'],
  [/^(?:ожидаем\p{L}*\s+|планируем\p{L}*\s+|конечн\p{L}*\s+)?результат/u, 'result'],
  [/ответствен|исполнител|^кто\b|координатор|куратор/u, 'responsible'],
  [/показател|индикатор|критери\p{L}*\s+(?:выполнени|оценк|эффективн)|целев\p{L}*\s+значени|количественн/u, 'indicator'],
  [/результат|продукт|итогов\p{L}*\s+документ|форм\p{L}*\s+(?:отч[её]тност|представлени|завершени|контрол)|эффект|выход/u, 'result'],
  [/мероприяти|задач|наименовани|описание|содержани|направлени|действи|вид\p{L}*\s+работ|этап|деятельност|^работ/u, 'activity'],
];

export function columnRole(header: string): ColumnRole {
  const key = textKey(header).replace(/[«»"]/gu, '');
  if (key === '') return 'other';
  for (const [re, role] of RULES) if (re.test(key)) return role;
  return 'other';
}

/** A header cell that names a period of a timeframe grid: «I квартал», «Январь», «2023», «1 полугодие». */
export function isPeriodHeader(header: string): boolean {
  const key = textKey(header);
  return (
    /^(?:[ivx]{1,4}|[1-4])\s*(?:-?[йе])?\s*(?:квартал|кв\.?|полугоди\p{L}*)(?:\s+\d{4}\s*(?:г\.?|года?)?)?$/u.test(key) ||
    /^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*(?:\s+\d{4}\s*(?:г\.?|года?)?)?$/u.test(key) ||
    /^(?:19|20)\d{2}\s*(?:г\.?|год)?$/u.test(key)
  );
}

/** Whether a grid cell marks its period («х», «+», «✓», «v», «*», «да»). */
export function isGridMark(text: string): boolean {
  return /^(?:[xх×+✓✔vV*•●■]|да)$/iu.test(text.trim());
}
