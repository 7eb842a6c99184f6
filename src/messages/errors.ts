// Errors for inputs that cannot be read, in both languages: what each code means, and the messages the
// readers write under it. An error message that matches no template is shown in Russian as «what the
// code means: the English message», so a line never goes without Russian.
import type { Row } from './row.js';

export const ERROR_MESSAGES: Readonly<Record<string, Row>> = {
  'file-not-found': { en: 'the file does not exist', ru: 'файла нет', templates: [{ en: 'no such file', ru: 'такого файла нет' }, { en: 'no files match', ru: 'ни один файл не подходит' }] },
  'not-a-file': { en: 'the path is not a regular file', ru: 'путь ведёт не к обычному файлу', templates: [{ en: 'not a regular file', ru: 'не обычный файл' }] },
  unreadable: {
    en: 'the file could not be read',
    ru: 'файл не удалось прочитать',
    templates: [
      { en: 'cannot read the file ({reason})', ru: 'файл не читается ({reason})' },
      { en: 'the reader process could not start ({reason})', ru: 'процесс чтения не запустился ({reason})' },
      { en: 'the file name has bytes that are not UTF-8, so it cannot be opened by that name: rename the file', ru: 'в имени файла байты не в UTF-8, по этому имени его не открыть: переименуйте файл' },
    ],
  },
  'unsupported-format': {
    en: 'the format is not supported',
    ru: 'формат не поддерживается',
    templates: [
      { en: 'a zip archive that is not a Word document', ru: 'zip-архив, но не документ Word' },
      { en: 'unsupported format: {format}', ru: 'формат не поддерживается: {format}' },
    ],
  },
  corrupt: {
    en: 'the file is damaged or not what its name says',
    ru: 'файл повреждён или не то, чем назван',
    templates: [
      { en: 'the file is empty', ru: 'файл пуст' },
      { en: 'no page of the PDF could be read', ru: 'ни одна страница PDF не прочитана' },
      { en: 'the PDF is damaged or not a PDF: {reason}', ru: 'PDF повреждён или это не PDF: {reason}' },
      { en: 'the .docx archive is damaged: {reason}', ru: 'архив .docx повреждён: {reason}' },
      { en: 'the .docx could not be read: {reason}', ru: '.docx не прочитан: {reason}' },
    ],
  },
  'no-text-layer': {
    en: 'the PDF has no text layer (a scan); OCR it first',
    ru: 'у PDF нет текстового слоя (скан); сначала распознайте его',
    templates: [
      { en: 'the PDF has no text layer: its {pages} page(s) are images (a scan); OCR it first', ru: 'у PDF нет текстового слоя: его страницы ({pages}) — изображения (скан); сначала распознайте его' },
      { en: 'the PDF has no text layer: it has no text to read', ru: 'у PDF нет текстового слоя: в нём нет текста' },
    ],
  },
  encrypted: {
    en: 'the document is encrypted or password-protected',
    ru: 'документ зашифрован или защищён паролем',
    templates: [
      { en: 'the PDF is protected by a password', ru: 'PDF защищён паролем' },
      { en: 'the Word document is password-protected: open it, remove the password and save it again', ru: 'документ Word защищён паролем: откройте его, снимите пароль и сохраните заново' },
    ],
  },
  'too-large': {
    en: 'the document is over a limit',
    ru: 'документ превышает предел',
    templates: [
      { en: 'the file is {size} bytes, over the limit of {max} (maxFileBytes; raise it with --max-file-size)', ru: 'файл {size} байт, больше предела {max} (maxFileBytes; поднимите его ключом --max-file-size)' },
      { en: 'the PDF has {pages} pages, over the limit of {max} (maxPdfPages; raise it with --max-pdf-pages)', ru: 'в PDF {pages} страниц, больше предела {max} (maxPdfPages; поднимите его ключом --max-pdf-pages)' },
      {
        en: 'the inputs total {size} bytes, over the limit of {max} for one report (raise it with --max-input-size, or report on fewer files)',
        ru: 'входные файлы занимают {size} байт, больше предела {max} для одного отчёта (поднимите его ключом --max-input-size или возьмите меньше файлов)',
      },
      { en: 'the report is larger than one string can hold (about 512 MB): report on fewer files', ru: 'отчёт больше, чем вмещает одна строка (около 512 МБ): возьмите меньше файлов' },
    ],
  },
  timeout: { en: 'the document took too long to read', ru: 'документ читался слишком долго' },
  binary: { en: 'the file is binary, not text', ru: 'файл двоичный, не текст' },
  'invalid-model': {
    en: 'the JSON is not a roadmap model',
    ru: 'JSON — не модель дорожной карты',
    templates: [
      { en: 'not valid JSON: {reason}', ru: 'неверный JSON: {reason}' },
      { en: 'not valid YAML: {reason}', ru: 'неверный YAML: {reason}' },
      { en: 'not a roadmap model: {reason} at {path}', ru: 'не модель дорожной карты: {reason} в {path}' },
    ],
  },
  'reader-crashed': {
    en: 'the reader process crashed on the document, which could not be read',
    ru: 'процесс чтения упал на этом документе, и его не удалось прочитать',
    templates: [{ en: 'the document could not be read: the reader process crashed on it ({signal})', ru: 'документ не прочитан: процесс чтения упал на нём ({signal})' }],
  },
  internal: { en: 'an unexpected error (a bug)', ru: 'непредвиденная ошибка (ошибка в программе)' },
  exists: { en: 'the output exists (use --force or --incremental)', ru: 'выходной файл уже есть (ключ --force или --incremental)' },
  'would-overwrite-input': { en: 'the output path is an input file', ru: 'выходной путь совпадает с входным файлом' },
  'write-failed': {
    en: 'the output could not be written',
    ru: 'выходной файл не записан',
    templates: [
      { en: 'cannot write {out} ({reason})', ru: 'не удалось записать {out} ({reason})' },
      {
        en: 'cannot write {out} ({reason}): the batch is stopped, as every output would fail the same way',
        ru: 'не удалось записать {out} ({reason}): пакет остановлен, так как не запишется ни один выходной файл',
      },
    ],
  },
  interrupted: { en: 'the batch was stopped before the input was read', ru: 'пакет остановлен до чтения этого файла' },
};
