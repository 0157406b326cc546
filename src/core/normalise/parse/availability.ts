import { BANDS, DAYS, SLOTS } from '../../types.js';
import { words } from '../text.js';
import { ANY_TIME, BAND_PHRASES, DAY_WORDS, type Band, type Day } from '../vocabulary/availability.js';

const DAY_NAME = String.raw`(mon|tue|wed|thu|fri|sat|sun)[a-z]*`;
const DAY_RANGE = new RegExp(String.raw`\b${DAY_NAME}\s*(?:-|–|to|until|till|through)\s*${DAY_NAME}\b`, 'g');
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b|\b(\d{1,2})[:.](\d{2})\b/g;

/** Where a cell sits: a grid column fixes the day (`… [Monday]`) or the band (`… [Evening]`). */
export interface GridPosition {
  day?: Day;
  band?: Band;
}

/** What a cell says about weekly slots: the slots, and the pieces of it that named no day or time. */
export interface Availability {
  slots: string[];
  unknown: string[];
}

/**
 * The weekly slots (`mon-evening`) an answer names: days and parts of the day in any order
 * ("Tuesday after school", "Weekday evenings", "Mon-Wed", "after 6pm", `mon-lunch`); a day with
 * no part of the day means all four bands, a band with no day every day.
 */
export function parseAvailability(cell: string, position: GridPosition = {}): Availability {
  const pieces = cell.split(/[;,]/).map((piece) => piece.trim()).filter((piece) => piece !== '');
  const unknown = pieces.filter((piece) => readGroups(piece).length === 0);
  const slots = new Set<string>();
  for (const group of readGroups(cell)) {
    const days = group.days.size > 0 ? [...group.days] : position.day ? [position.day] : DAYS;
    const bands = group.bands.size > 0 ? [...group.bands] : position.band ? [position.band] : BANDS;
    for (const day of days) for (const band of bands) slots.add(`${day}-${band}`);
  }
  return { slots: SLOTS.filter((slot) => slots.has(slot)), unknown };
}

interface Group {
  days: Set<Day>;
  bands: Set<Band>;
}

/**
 * Day/band groups in reading order: a day after a complete group starts a new one. "Any time"
 * counts only in an answer that names no day or band ("any weekday evening" is weekday evenings).
 */
function readGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group = { days: new Set(), bands: new Set() };
  const close = (): void => {
    if (current.days.size > 0 || current.bands.size > 0) groups.push(current);
    current = { days: new Set(), bands: new Set() };
  };
  const found = tokens(text);
  const specific = found.filter((token): token is DayOrBand => token.kind !== 'any');
  if (specific.length === 0 && found.length > 0) return [{ days: new Set(DAYS), bands: new Set(BANDS) }];
  for (const token of specific) {
    if (token.kind === 'days') {
      if (current.days.size > 0 && current.bands.size > 0) close();
      for (const day of token.days) current.days.add(day);
    } else {
      current.bands.add(token.band);
    }
  }
  close();
  return groups;
}

type DayOrBand = { kind: 'days'; days: readonly Day[] } | { kind: 'band'; band: Band };
type Token = { kind: 'any' } | DayOrBand;

/** Day, band and any-time tokens of a text, after spelling out day ranges and clock times. */
function tokens(text: string): Token[] {
  const spelled = text
    .toLowerCase()
    .replace(/\bi am\b/g, ' ')
    .replace(DAY_RANGE, (_all, from: string, to: string) => dayRange(from, to))
    .replace(CLOCK, (_all, h1?: string, _m1?: string, ap?: string, h2?: string) => ` ${clockBand(h1 ?? h2 ?? '', ap)} `);
  const said = words(spelled).split(' ');
  const found: Token[] = [];
  for (let i = 0; i < said.length; ) {
    const match = matchAt(said, i);
    if (match) {
      found.push(match.token);
      i += match.length;
    } else i += 1;
  }
  return found;
}

function matchAt(said: readonly string[], at: number): { token: Token; length: number } | undefined {
  for (const length of [3, 2, 1]) {
    if (said.length - at < length) continue;
    const phrase = said.slice(at, at + length).join(' ');
    if (ANY_TIME.includes(phrase)) return { token: { kind: 'any' }, length };
    const band = BAND_PHRASES.find(([words]) => words === phrase)?.[1];
    if (band) return { token: { kind: 'band', band }, length };
    const days = length === 1 ? DAY_WORDS[phrase] : undefined;
    if (days) return { token: { kind: 'days', days }, length };
  }
  return undefined;
}

function dayRange(from: string, to: string): string {
  const start = DAYS.indexOf(from as Day);
  const end = DAYS.indexOf(to as Day);
  if (start < 0 || end < start) return `${from} ${to}`;
  return ` ${DAYS.slice(start, end + 1).join(' ')} `;
}

/** The band of a clock time; hours 1–6 without am/pm are afternoon times at a school. */
function clockBand(hourText: string, meridiem: string | undefined): Band {
  let hour = Number(hourText) % 24;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === undefined && hour >= 1 && hour <= 6) hour += 12;
  if (hour < 12) return 'morning';
  if (hour < 14) return 'lunch';
  if (hour < 18) return 'after-school';
  return 'evening';
}
