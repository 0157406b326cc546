import { SLOTS } from '../types.js';
import { parseAvailability, type Availability, type GridPosition } from './parse/availability.js';
import { parseStage } from './parse/stage.js';
import { otherText, splitAnswers } from './parse/split.js';
import { slugify } from './text.js';
import { lookUp, type Vocabulary } from './vocabulary/vocabulary.js';

/**
 * What one answer means, worked out once per distinct answer (see AnswerMemo) so that reading a row is
 * mostly look-ups. Each function depends on its arguments alone.
 */

/** An answer as a slug: the vocabulary's (`known`), or one made from the text when the vocabulary has none. */
export interface Reading {
  known: boolean;
  slug: string;
}

/** One answer of a multi-select cell, as typed and as read. */
export interface SetAnswer extends Reading {
  answer: string;
}

/** A multi-select cell: its answers, and (for a cell whose answers are all known) its slugs as the field holds them. */
export interface SetReading {
  answers: SetAnswer[];
  allKnown: boolean;
  /** The known slugs, unique and sorted, without the '' of an answer that means nothing. */
  slugs: string[];
}

/** A cell of availability and its slots as bits (bit i for SLOTS[i]), to join several cells cheaply. */
export interface AvailabilityReading extends Availability {
  mask: number;
}

const SLOT_INDEX: ReadonlyMap<string, number> = new Map(SLOTS.map((slot, i) => [slot, i]));

function readingOf(slug: string | undefined, text: string): Reading {
  return slug === undefined ? { known: false, slug: slugify(text) } : { known: true, slug };
}

/** A stage answer through the ladder's vocabulary. */
export function stageReading(text: string, vocabulary: Vocabulary): Reading {
  return readingOf(parseStage(text, vocabulary), text);
}

/** A region (or nation, or local authority) answer. */
export function regionReading(text: string, vocabulary: Vocabulary): Reading {
  return readingOf(lookUp(vocabulary, text), text);
}

/** A multi-select cell of phases, subjects or focus areas; "Other: …" answers are read by their text. */
export function setReading(cell: string, vocabulary: Vocabulary): SetReading {
  const answers = splitAnswers(cell, vocabulary).map((answer): SetAnswer => {
    const text = otherText(answer) ?? answer;
    return { answer, ...readingOf(lookUp(vocabulary, text), text) };
  });
  const slugs = new Set(answers.filter((a) => a.known && a.slug !== '').map((a) => a.slug));
  return { answers, allKnown: answers.every((a) => a.known), slugs: [...slugs].sort() };
}

/** An availability cell in a column whose grid row (if any) is at `position`. */
export function availabilityReading(cell: string, position: GridPosition | undefined): AvailabilityReading {
  const listed = slotListReading(cell);
  if (listed) return listed;
  const read = parseAvailability(cell, position);
  const mask = read.slots.reduce((bits, slot) => bits | (1 << (SLOT_INDEX.get(slot) ?? 0)), 0);
  return { ...read, mask };
}

/**
 * A roster's own list of slots (`mon-morning; tue-lunch`, as edumentor writes them) by look-up, the same reading
 * the parser gives it; undefined for any other answer. A national roster has thousands of distinct lists, each read
 * once, so the parser's cost would show.
 */
function slotListReading(cell: string): AvailabilityReading | undefined {
  let mask = 0;
  for (const piece of cell.split(';')) {
    const index = SLOT_INDEX.get(piece.trim());
    if (index === undefined) return undefined;
    mask |= 1 << index;
  }
  return { slots: [...slotsOf(mask)], unknown: [], mask };
}

/** The slots whose bits are set, in SLOTS order. */
export function slotsOf(mask: number): readonly string[] {
  const slots = SLOTS_BY_MASK.get(mask);
  if (slots !== undefined) return slots;
  const made: string[] = [];
  for (let i = 0; mask >>> i !== 0; i++) if ((mask & (1 << i)) !== 0) made.push(SLOTS[i] ?? '');
  if (SLOTS_BY_MASK.size < MAX_REMEMBERED_MASKS) SLOTS_BY_MASK.set(mask, made);
  return made;
}

/** Each set of slots made so far, by its mask: shared by everyone free at the same times (a Person's sets are read-only). */
const SLOTS_BY_MASK = new Map<number, readonly string[]>();
const MAX_REMEMBERED_MASKS = 65_536;
