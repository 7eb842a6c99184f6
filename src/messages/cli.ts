// What the command line says to people besides findings and errors: summaries, progress, warnings.
import type { Template } from './row.js';

export const CLI_MESSAGES = {
  'batch-summary': { en: '{converted} converted{unchanged}, {failed} failed{interrupted}{see}', ru: 'преобразовано: {converted}{unchanged}, с ошибкой: {failed}{interrupted}{see}' },
  'batch-unchanged': { en: ', {n} unchanged', ru: ', без изменений: {n}' },
  'batch-interrupted': { en: ', {n} not done (interrupted)', ru: ', не сделано (прервано): {n}' },
  'batch-stopped': { en: ', {n} not done (stopped)', ru: ', не сделано (остановлено): {n}' },
  'batch-see': { en: ' — see {file}', ru: ' — см. {file}' },
  'batch-unwritten': { en: ' — {file} could not be written', ru: ' — {file} не записан' },
  progress: { en: '{done}/{total} done, {failed} failed · {rate} docs/s', ru: 'готово {done}/{total}, с ошибкой {failed} · {rate} док./с' },
  eta: { en: ' · ETA {time}', ru: ' · осталось {time}' },
  'no-match': { en: 'no files match', ru: 'ни один файл не подходит' },
  'no-inputs': { en: '{inputs}: no documents found', ru: '{inputs}: документы не найдены' },
  skipped: { en: 'skipped {n} file(s) that are not documents ({what}); --ext changes the list', ru: 'пропущено файлов, которые не документы: {n} ({what}); список меняет --ext' },
  'same-act': { en: '{file}: the same act as {first} ({why}); counted once', ru: '{file}: тот же акт, что и {first} ({why}); учтён один раз' },
  'same-hash': { en: 'the same file', ru: 'тот же файл' },
  'same-requisites': { en: 'the same type, number and date', ru: 'тот же вид, номер и дата' },
  'stylish-summary': { en: '✖ {total} problem(s) ({errors} error(s), {warnings} warning(s), {infos} info)', ru: '✖ замечаний: {total} (ошибок: {errors}, предупреждений: {warnings}, сведений: {infos})' },
  'too-many-warnings': { en: '{n} warnings, more than --max-warnings {max}', ru: 'предупреждений {n}, больше чем --max-warnings {max}' },
  bug: { en: 'unexpected error: {message} — this is a bug in roadmap; please report it with the file', ru: 'непредвиденная ошибка: {message} — это ошибка в roadmap; сообщите о ней, приложив файл' },
  'severity-error': { en: 'error', ru: 'ошибка' },
  'severity-warning': { en: 'warning', ru: 'предупр.' },
  'severity-info': { en: 'info', ru: 'сведение' },
} satisfies Record<string, Template>;

export type CliMessage = keyof typeof CLI_MESSAGES;
