// Responsible parties compared as a reader would: «Департамент образования Орловской области (далее –
// Департамент)» is the same party as «Департамент образования Орловской области».
import { wordingKey } from './wording.js';

const DEFINED_AS = /\(\s*далее\s*[-–—]?\s*[^()]*\)/giu;

export function partyKey(name: string): string {
  return wordingKey(name.replace(DEFINED_AS, ' ')).replace(/[.,;:]+$/u, '').trim();
}
