// How messages cite the model: a cell quoted short, an item by its number.
import type { Item } from '../model/roadmap.js';

/** A short quote of a cell for a message: the first words, «…» when cut. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}

/** A label for an item in messages: its number, else its place in the list. */
export function itemLabel(item: Item, i: number): string {
  return item.number ?? `#${i + 1} (unnumbered)`;
}
