import type { Mode } from '../types.js';
import type { Stage } from '../stages.js';
import { MODE_IN_PERSON, MODE_ONLINE, type Roster } from './roster.js';
import { regionName } from '../normalise/vocabulary/regions.js';
import { hasValue, sharedValues, valuesOf } from './sets.js';

const DAY_NAMES: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const BAND_NAMES: Record<string, string> = {
  morning: 'before school',
  lunch: 'at lunchtime',
  'after-school': 'after school',
  evening: 'in the evening',
};

/** What a pair has in common, for the Matches sheet. */
export interface PairFacts {
  shared_phases: string[];
  shared_subjects: string[];
  shared_focus: string[];
  common_slots: string[];
  mode: Mode;
  /** The region both are in, '' when they differ or it is unknown. */
  region: string;
  sameOrganisation: boolean;
  /** The phases are shared only because one side is all-through. */
  viaAllThrough: boolean;
}

/** The facts of mentor person `m` with mentee person `e`. */
export function pairFacts(roster: Roster, m: number, e: number): PairFacts {
  const region = roster.region[m]! >= 0 && roster.region[m] === roster.region[e] ? roster.regions[roster.region[m]!]! : '';
  const exactPhases = sharedValues(roster.phases, m, e);
  const phases = exactPhases.length > 0 ? exactPhases : allThroughCovers(roster, m, e);
  return {
    shared_phases: phases,
    shared_subjects: sharedValues(roster.subjects, m, e),
    shared_focus: sharedValues(roster.focus, m, e),
    common_slots: sharedValues(roster.slots, m, e),
    mode: agreedMode(roster.mode[m]!, roster.mode[e]!),
    region,
    sameOrganisation: roster.organisation[m]! >= 0 && roster.organisation[m] === roster.organisation[e],
    viaAllThrough: exactPhases.length === 0 && phases.length > 0,
  };
}

/**
 * Why a pair was made, in words: "Both secondary; shared subject maths; same region (North West);
 * both free Tuesday after school; Senior leader for Early-career teacher".
 */
export function describePair(facts: PairFacts, mentorStage: Stage | undefined, menteeStage: Stage | undefined): string {
  const parts: string[] = [];
  const phases = list(facts.shared_phases);
  if (phases) parts.push(facts.viaAllThrough ? `all-through covers ${phases}` : `both ${phases}`);
  if (facts.shared_subjects.length > 0) {
    parts.push(`shared ${facts.shared_subjects.length === 1 ? 'subject' : 'subjects'} ${list(facts.shared_subjects)}`);
  }
  if (facts.shared_focus.length > 0) parts.push(`mentor offers ${list(facts.shared_focus)}`);
  if (facts.region) parts.push(`same region (${regionName(facts.region) ?? titleCase(facts.region)})`);
  if (facts.sameOrganisation) parts.push('same organisation');
  if (facts.common_slots.length > 0) {
    const shown = facts.common_slots.slice(0, 2).map(slotLabel).join(' and ');
    const more = facts.common_slots.length - 2;
    parts.push(`both free ${shown}${more > 0 ? ` (+${more} more)` : ''}`);
  }
  if (mentorStage && menteeStage) parts.push(`${mentorStage.label} for ${menteeStage.label}`);
  return sentence(parts.length > 0 ? parts : ['meets every rule; nothing else in common']);
}

/** Online when either meets only online, in person when either meets only in person, else either. */
export function agreedMode(a: number, b: number): Mode {
  if (a === MODE_ONLINE || b === MODE_ONLINE) return 'online';
  if (a === MODE_IN_PERSON || b === MODE_IN_PERSON) return 'in-person';
  return 'either';
}

const SMALL_WORDS = new Set(['and', 'the', 'of', 'upon', 'on']);

/** `north-west` → `North West`, `yorkshire-and-the-humber` → `Yorkshire and the Humber`. */
export function titleCase(slug: string): string {
  return words(slug)
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** `tue-after-school` → `Tuesday after school`. */
export function slotLabel(slot: string): string {
  const [day = '', ...band] = slot.split('-');
  return `${DAY_NAMES[day] ?? day} ${BAND_NAMES[band.join('-')] ?? words(band.join('-'))}`;
}

/** Slugs as words, joined with commas and a final "and" (or `last`): `maths, physics and computing`. */
export function list(slugs: readonly string[], last = 'and'): string {
  const shown = slugs.map(words);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${last} ${shown[shown.length - 1]}`;
}

/** A slug as words: `early-years` → `early years`. */
export function words(slug: string): string {
  return slug.replace(/-/g, ' ');
}

/** Parts joined by "; " with a capital first letter. */
export function sentence(parts: readonly string[]): string {
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** When one side is all-through: the other side's phases it covers. */
function allThroughCovers(roster: Roster, m: number, e: number): string[] {
  const { phases, allThrough } = roster;
  if (hasValue(phases, m, allThrough)) return valuesOf(phases, e);
  if (hasValue(phases, e, allThrough)) return valuesOf(phases, m);
  return [];
}
