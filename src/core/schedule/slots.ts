import { BANDS, DAYS, SLOTS } from '../types.js';
import type { Band } from './types.js';

/** Where a weekly slot falls: its weekday (0 = Monday) and band. */
export interface SlotParts {
  weekday: number;
  band: Band;
}

/** `tue-after-school` → weekday 1, band `after-school`; undefined for anything that is not a slot. */
export function slotParts(slot: string): SlotParts | undefined {
  const index = SLOTS.indexOf(slot);
  if (index < 0) return undefined;
  return { weekday: Math.floor(index / BANDS.length), band: BANDS[index % BANDS.length] as Band };
}

/** Whether a text is a weekly slot slug. */
export function isSlot(text: string): boolean {
  return SLOTS.includes(text);
}

/** Slots in canonical order (by day, then band), each once. */
export function sortSlots(slots: Iterable<string>): string[] {
  const wanted = new Set(slots);
  return SLOTS.filter((s) => wanted.has(s));
}

/**
 * Slot text from a sheet (`tue-after-school; thu-lunch`, also `,`-separated); a bare day (`mon`)
 * means all four bands of that day. Texts that are no slot come back in `unknown`.
 */
export function parseSlotList(text: string): { slots: string[]; unknown: string[] } {
  const found: string[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(/[;,]/)) {
    const item = raw.trim().toLowerCase();
    if (!item) continue;
    if ((DAYS as readonly string[]).includes(item)) found.push(...BANDS.map((b) => `${item}-${b}`));
    else if (isSlot(item)) found.push(item);
    else unknown.push(raw.trim());
  }
  return { slots: sortSlots(found), unknown };
}
