import type { SheetRecord } from '../../../src/core/report/input.js';

/** A rota row of a pair (mentor → mentee by first name) with its feedback cells. */
export function ratedRow(pairId: string, mentor: string, mentee: string, no: number, date: string, status: string, feedback: [string?, string?, string?] = []): SheetRecord {
  const [mentorRating = '', menteeRating = '', fit = ''] = feedback;
  return {
    meeting_id: `${pairId}-m0${no}`,
    pair_id: pairId,
    meeting_no: String(no),
    date,
    mentor_name: mentor,
    mentor_email: `${mentor.toLowerCase()}@example.org`,
    mentee_name: mentee,
    mentee_email: `${mentee.toLowerCase()}@example.org`,
    status,
    mentor_rating: mentorRating,
    mentee_rating: menteeRating,
    fit,
  };
}

/** Six pairs as of 2027-03-01: one meeting well, one not a fit, two never started, one waiting, one finished. */
export const RATED_ROTA: SheetRecord[] = [
  ratedRow('p1', 'Ana', 'Bob', 1, '2027-01-04', 'held', ['3', '4']),
  ratedRow('p1', 'Ana', 'Bob', 2, '2027-01-18', 'held', ['2', '3', 'unsure']),
  ratedRow('p1', 'Ana', 'Bob', 3, '2027-02-15', 'held', ['4', '4', 'Good']),
  ratedRow('p1', 'Ana', 'Bob', 4, '2027-03-01', 'scheduled'),
  ratedRow('p2', 'Ana', 'Cat', 1, '2027-01-05', 'held', ['1', '2', 'not-a-fit']),
  ratedRow('p2', 'Ana', 'Cat', 2, '2027-01-19', 'held', ['five', '', 'not a fit']),
  ratedRow('p2', 'Ana', 'Cat', 3, '2027-02-02', 'scheduled'),
  ratedRow('p3', 'Dan', 'Eve', 1, '2027-01-06', 'scheduled'),
  ratedRow('p3', 'Dan', 'Eve', 2, '2027-01-20', 'scheduled'),
  ratedRow('p4', 'Dan', 'Fay', 1, '2027-01-07', 'cancelled'),
  ratedRow('p4', 'Dan', 'Fay', 2, '2027-03-04', 'scheduled'),
  ratedRow('p5', 'Gus', 'Hal', 1, '2027-01-08', 'held'),
  ratedRow('p5', 'Gus', 'Hal', 2, '2027-01-22', 'held'),
  ratedRow('p6', 'Ivy', 'Jo', 1, '2027-01-11', 'scheduled'),
];

/** The date RATED_ROTA is judged on. */
export const RATED_TODAY = '2027-03-01';
