import { cell, cellNumber, type SheetRecord } from './input.js';
import type { MentorLoad } from './model.js';
import { isMentor, type RosterPerson } from './roster.js';

/** A mentor's load with the keys that find them (roster id and e-mail). */
export interface KeyedLoad extends MentorLoad {
  id: string;
}

/** Every mentor's places, and where the numbers came from. */
export interface MentorPlaces {
  from: 'mentors' | 'roster';
  loads: KeyedLoad[];
}

/**
 * Mentor places from the mentors sheet, else from roster capacity less the pairs in the match sheet; null when
 * neither is given. A mentor in `unavailable` (by id or e-mail) offers no places beyond the pairs they have.
 */
export function mentorPlaces(
  roster: readonly RosterPerson[] | null,
  matches: readonly SheetRecord[] | undefined,
  mentors: readonly SheetRecord[] | undefined,
  unavailable: ReadonlySet<string> = new Set(),
): MentorPlaces | null {
  const assigned = pairsPerMentor(matches ?? []);
  const load = (id: string, mentor: KeyedLoad['mentor'], capacity: number, used: number, free: number): KeyedLoad =>
    unavailable.has(id) || unavailable.has(mentor.email)
      ? { id, mentor, capacity: used, assigned: used, free: 0 }
      : { id, mentor, capacity, assigned: used, free };
  if (mentors) {
    const loads = mentors.map((record) => {
      const id = cell(record, 'mentor_id');
      const email = cell(record, 'email').toLowerCase();
      const capacity = cellNumber(record, 'capacity') ?? 0;
      const used = cellNumber(record, 'assigned') ?? countFor(assigned, id, email);
      const free = cellNumber(record, 'free') ?? Math.max(0, capacity - used);
      return load(id, { name: cell(record, 'name'), email }, capacity, used, free);
    });
    return { from: 'mentors', loads };
  }
  if (!roster) return null;
  const loads = roster
    .filter((p) => isMentor(p.role))
    .map((p) => {
      const capacity = p.capacity ?? 0;
      const used = countFor(assigned, p.id, p.email);
      return load(p.id, { name: p.name, email: p.email }, capacity, used, Math.max(0, capacity - used));
    });
  return { from: 'roster', loads };
}

/**
 * Mentors the unmatched sheet lists (role `mentor`: no consent, or paused) by id and e-mail: the matcher could give
 * them no mentee, so their places are not free places.
 */
export function unavailableMentors(unmatched: readonly SheetRecord[] | undefined): Set<string> {
  const mentors = (unmatched ?? []).filter((r) => cell(r, 'role').toLowerCase() === 'mentor');
  return new Set(mentors.flatMap((r) => [cell(r, 'id'), cell(r, 'email').toLowerCase()]).filter(Boolean));
}

/** Free places by mentor id and by e-mail, for looking a roster mentor up. */
export function freeByKey(places: MentorPlaces): Map<string, number> {
  const free = new Map<string, number>();
  for (const load of places.loads) {
    if (load.id) free.set(load.id, load.free);
    if (load.mentor.email) free.set(load.mentor.email, load.free);
  }
  return free;
}

/** Pairs per mentor under their id and, separately, their e-mail: a roster whose ids differ from the match sheet's still links. */
function pairsPerMentor(matches: readonly SheetRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of matches) {
    for (const key of new Set([cell(record, 'mentor_id'), cell(record, 'mentor_email').toLowerCase()])) {
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

function countFor(counts: Map<string, number>, id: string, email: string): number {
  return (id ? counts.get(id) : undefined) ?? (email ? counts.get(email) : undefined) ?? 0;
}
