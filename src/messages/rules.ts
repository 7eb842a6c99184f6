// The lint rules in Russian: each rule's description and its messages by id, with the parameters of
// the English ones (in the rule's meta, where the rule's author writes them).
export interface RuleText {
  description: string;
  messages: Record<string, string>;
}

export const RULE_MESSAGES_RU: Readonly<Record<string, RuleText>> = {
  'activity-duplicate': { description: 'Два пункта одной дорожной карты с одинаковым мероприятием.', messages: { duplicate: 'мероприятие «{text}» — это также пункт {first}' } },
  'activity-missing': { description: 'У пункта нет мероприятия (ячейка «Мероприятие» пуста).', messages: { missing: 'у пункта нет мероприятия' } },
  'appendix-date-mismatch': { description: 'Заголовок приложения («Приложение к приказу от …») называет другую дату акта.', messages: { mismatch: '{label} ссылается на акт от {cited}; акт датирован {date}' } },
  'appendix-number-mismatch': { description: 'Заголовок приложения («Приложение к приказу … № …») называет другой номер акта.', messages: { mismatch: '{label} ссылается на №{cited}; у акта №{number}' } },
  'deadline-before-act': { description: 'Срок пункта кончается раньше даты акта: план утверждён после собственного срока.', messages: { before: 'срок кончается {end}, раньше акта от {date}, который его утверждает' } },
  'document-date-missing': { description: 'У акта нет даты (у отдельного плана — у утверждающего акта в грифе).', messages: { missing: 'у документа нет даты' } },
  'document-issuer-missing': { description: 'Документ не называет издавший орган (в бланке).', messages: { missing: 'документ не называет издавший орган' } },
  'document-number-missing': { description: 'У акта нет номера (у отчётов номера нет, их это не касается).', messages: { missing: 'у документа нет номера' } },
  'document-title-missing': { description: 'У документа нет заголовка («Об утверждении …»).', messages: { missing: 'у документа нет заголовка' } },
  'item-number-duplicate': { description: 'Два пункта с одним номером (нумерация заново в каждом разделе допустима).', messages: { duplicate: 'номер пункта {number} использован дважды; первый — «{first}»' } },
  'item-number-gap': {
    description: 'В нумерации пунктов пропуск («1, 3»): пункт потерян, слит с другим или неверно пронумерован.',
    messages: { gap: 'пункт {number} идёт за пунктом {prev}: пропущено {numbers}', jump: 'нумерация перескакивает с пункта {prev} на пункт {number}' },
  },
  'item-number-order': { description: 'Номера пунктов идут назад («2.5, 2.4»); новый отсчёт с «1» в новом разделе допустим.', messages: { backwards: 'пункт {number} стоит после пункта {prev}' } },
  'item-overdue': {
    description: 'С --as-of ДАТА: пункт, срок которого истёк до этого дня, а столбец отчёта не отмечает его выполненным.',
    messages: {
      overdue: 'срок истёк {end}, раньше {asOf}, и отчёта о выполнении нет',
      notDone: 'срок истёк {end}, раньше {asOf}, а в отчёте «{report}»',
    },
  },
  'link-host-mismatch': { description: 'Ссылка ведёт на тот же путь, что и более ранняя, но на другом сайте: один из сайтов неверен.', messages: { mismatch: 'ссылка на {file} ведёт на {host}; пункт {first} ссылается на тот же путь на {firstHost}' } },
  'link-malformed': {
    description: 'Ссылка — не правильный адрес http(s).',
    messages: { unparseable: '«{link}» — не веб-адрес', scheme: '«{link}» — не ссылка http(s)', space: 'в «{link}» пробел', host: 'у «{link}» нет правильного имени сайта' },
  },
  'period-outside-plan': { description: 'Указанный период пункта выходит за период плана (дорожной карты или заданного года плана).', messages: { outside: '{spans} выходит за период плана {planStart} – {planEnd}' } },
  'responsible-missing': {
    description: 'Пункт не называет ответственного, или в таблице нет столбца ответственных.',
    messages: { missing: 'пункт не называет ответственного', noColumn: 'в таблице нет столбца ответственных: ни один пункт не называет исполнителя' },
  },
  'responsible-repeated': { description: 'Пункт дважды называет одного ответственного — часто след двух слитых строк.', messages: { repeated: '«{party}» дважды назван среди ответственных' } },
  'result-copied': {
    description: 'Пункт повторяет результат или показатель предыдущего, и текст говорит о мероприятии предыдущего пункта, а не своём.',
    messages: { copied: '{field} повторяет пункт {prev} («{text}»); слово «{word}» взято из мероприятия пункта {prev}, а не этого' },
  },
  'result-missing': { description: 'В таблице есть столбец результата или показателя, а пункт не указывает ни того, ни другого.', messages: { missing: 'пункт не указывает {what}' } },
  'section-order': {
    description: 'Номера разделов идут назад, повторяются или пропускают номер.',
    messages: { backwards: 'раздел {number} стоит после раздела {prev}', repeated: 'раздел {number} встречается дважды', skipped: 'раздел {number} идёт за разделом {prev}: пропущено {numbers}' },
  },
  'timeframe-backwards': { description: 'Период пункта кончается раньше, чем начинается.', messages: { backwards: 'период {start} – {end} кончается раньше, чем начинается' } },
  'timeframe-missing': {
    description: 'У пункта нет срока (пустая ячейка «Срок»), или в таблице нет столбца сроков.',
    messages: { missing: 'у пункта нет срока', noColumn: 'в таблице нет столбца сроков: ни у одного пункта нет срока' },
  },
  'timeframe-unreadable': { description: 'В ячейке срока есть текст, но ни период, ни срок не прочитаны (вид «none»).', messages: { unreadable: 'из срока «{text}» не прочитан ни период, ни крайний срок' } },
};

/** Parameter values the rules write in English words, in Russian, by parameter name. */
export const RULE_WORDS_RU: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  what: { 'result or indicator': 'ни результата, ни показателя', result: 'результата', indicator: 'показателя' },
  field: { result: 'результат', indicator: 'показатель' },
};
