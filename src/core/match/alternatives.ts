import type { MadePair } from './pairs.js';
import type { Roster } from './roster.js';
import type { AlternativeRow, CandidateRows } from './types.js';

/** What alternatives are chosen and explained from. */
export interface AlternativesInput {
  roster: Roster;
  table: CandidateRows;
  made: readonly MadePair[];
  /** Score in tenths of any pair (kept pairs need not be candidates). */
  tenthsOf: (mentor: number, mentee: number) => number;
  count: number;
}

/** Someone's partner: side index of the other person, score, kept. */
interface Partner {
  other: number;
  tenths: number;
  kept: boolean;
}

interface Partners {
  /** By mentor side index: their mentees (mentee person indices), best score first. */
  ofMentor: Partner[][];
  /** By mentee side index: the mentor (mentor side index), or null. */
  ofMentee: (Partner | null)[];
}

const NAMED_PARTNERS = 3;

/** For every mentee with other possible mentors (kept ones have none): the next best `count`, and why each was not chosen. */
export function alternativeRows(input: AlternativesInput): AlternativeRow[] {
  const { roster, table, count } = input;
  const rows: AlternativeRow[] = [];
  if (count === 0) return rows;
  const partners = partnersOf(input);
  roster.mentees.forEach((e, i) => {
    const chosen = partners.ofMentee[i] ?? null;
    const options = bestOptions(table, i, count, chosen?.other ?? -1);
    options.forEach((k, rank) => {
      const j = table.mentor[k]!;
      const mentor = roster.people[roster.mentors[j]!]!;
      rows.push({
        mentee_id: roster.people[e]!.id,
        mentee_name: roster.people[e]!.name,
        rank: rank + 1,
        mentor_id: mentor.id,
        mentor_name: mentor.name,
        mentor_email: mentor.email,
        score: table.tenths[k]! / 10,
        why_not: whyNot(input.roster, partners.ofMentor[j]!, j, table.tenths[k]!, chosen),
      });
    });
  });
  return rows;
}

/** Mentee i's `count` best edges at or above the minimum score, leaving out mentor `skip`; ties by edge order. */
function bestOptions(table: CandidateRows, i: number, count: number, skip: number): number[] {
  const best: number[] = [];
  for (let k = table.rowStart[i]!; k < table.rowStart[i + 1]!; k += 1) {
    const t = table.tenths[k]!;
    if (t < table.minTenths || table.mentor[k] === skip) continue;
    if (best.length === count && t <= table.tenths[best[count - 1]!]!) continue;
    let at = best.length === count ? count - 1 : best.length;
    while (at > 0 && table.tenths[best[at - 1]!]! < t) {
      best[at] = best[at - 1]!;
      at -= 1;
    }
    best[at] = k;
  }
  return best;
}

function whyNot(roster: Roster, partners: Partner[], j: number, tenths: number, chosen: Partner | null): string {
  if (partners.length >= roster.capacity[roster.mentors[j]!]!) {
    const named = partners
      .slice(0, NAMED_PARTNERS)
      .map((p) => `${roster.people[p.other]!.name} (${p.kept ? 'kept, ' : ''}score ${p.tenths / 10})`);
    const more = partners.length - named.length;
    return `at capacity with ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  }
  if (chosen === null) return `not chosen (score ${tenths / 10})`;
  if (tenths < chosen.tenths) return `lower score (${tenths / 10} vs ${chosen.tenths / 10})`;
  if (tenths === chosen.tenths) return `same score as the chosen mentor (${tenths / 10})`;
  return `not chosen (score ${tenths / 10} vs ${chosen.tenths / 10})`;
}

function partnersOf(input: AlternativesInput): Partners {
  const { roster } = input;
  const mentorSide = new Int32Array(roster.people.length).fill(-1);
  roster.mentors.forEach((p, j) => (mentorSide[p] = j));
  const menteeSide = new Int32Array(roster.people.length).fill(-1);
  roster.mentees.forEach((p, i) => (menteeSide[p] = i));
  const ofMentor: Partner[][] = Array.from(roster.mentors, () => []);
  const ofMentee: (Partner | null)[] = Array.from(roster.mentees, () => null);
  for (const pair of input.made) {
    const tenths = input.tenthsOf(pair.mentor, pair.mentee);
    const j = mentorSide[pair.mentor]!;
    ofMentor[j]!.push({ other: pair.mentee, tenths, kept: pair.kept });
    ofMentee[menteeSide[pair.mentee]!] = { other: j, tenths, kept: pair.kept };
  }
  for (const list of ofMentor) list.sort((a, b) => b.tenths - a.tenths || a.other - b.other);
  return { ofMentor, ofMentee };
}
