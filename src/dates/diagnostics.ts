// What the timeframe parser tells its caller about a phrase: the codes, their severities and messages.

import { MAX_YEAR, MIN_YEAR } from './calendar.js';

export interface TimeframeDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export const diagnostics = {
  unreadable: (text: string): TimeframeDiagnostic => ({
    code: 'timeframe-unreadable',
    severity: 'warning',
    message: `No timeframe could be read from «${text}»`,
  }),
  yearUnknown: (text: string): TimeframeDiagnostic => ({
    code: 'timeframe-year-unknown',
    severity: 'warning',
    message: `«${text}» gives no year and the context has none`,
  }),
  invalidDate: (text: string): TimeframeDiagnostic => ({
    code: 'timeframe-invalid-date',
    severity: 'warning',
    message: `«${text}» contains a date that is no calendar day`,
  }),
  yearOutOfRange: (text: string, year: number): TimeframeDiagnostic => ({
    code: 'timeframe-year-out-of-range',
    severity: 'warning',
    message: `«${text}» names the year ${year}, outside ${MIN_YEAR}–${MAX_YEAR}: it is not read as a date`,
  }),
  backwards: (text: string): TimeframeDiagnostic => ({
    code: 'timeframe-backwards',
    severity: 'warning',
    message: `«${text}» ends before it starts`,
  }),
  vague: (text: string): TimeframeDiagnostic => ({
    code: 'timeframe-vague',
    severity: 'info',
    message: `«${text}» names no date`,
  }),
  noReference: (text: string): TimeframeDiagnostic => ({
    code: 'timeframe-no-reference',
    severity: 'info',
    message: `«${text}» counts from the act, whose date is unknown`,
  }),
  workingDays: (text: string): TimeframeDiagnostic => ({
    code: 'timeframe-working-days',
    severity: 'info',
    message: `«${text}» counts working days; they were counted as calendar days`,
  }),
  partlyRead: (text: string, words: readonly string[]): TimeframeDiagnostic => ({
    code: 'timeframe-partly-read',
    severity: 'info',
    message: `In «${text}» these words were not read: ${words.join(', ')}`,
  }),
};
