// The requisites of the two acts compared: type, issuer, date, number, place and title.
import type { DocumentInfo } from '../model/index.js';
import type { RequisiteChange } from './diff-result.js';
import { REQUISITE_FIELDS } from './diff-result.js';
import { wordingKey } from './wording.js';

export function requisiteChanges(a: DocumentInfo, b: DocumentInfo): RequisiteChange[] {
  return REQUISITE_FIELDS.filter((f) => wordingKey(a[f]) !== wordingKey(b[f])).map((field) => ({ field, a: a[field], b: b[field] }));
}
