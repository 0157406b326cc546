import { compareText, splitPeople } from './people.js';
import { parseFit } from './values.js';

/** A rota row as releasing needs it; a group's row lists its mentees joined by `; `. */
export interface FitMeeting {
  pairId: string;
  date: string;
  mentorName: string;
  mentorEmail: string;
  menteeName: string;
  menteeEmail: string;
  fit: string;
}

/** A pair to part and never make again: marked not-a-fit on a meeting of theirs. */
export interface Release {
  pairId: string;
  mentorName: string;
  mentorEmail: string;
  menteeName: string;
  menteeEmail: string;
  /** The date of the earliest meeting marked not-a-fit. */
  date: string;
}

/**
 * Every pair marked `not-a-fit` on any meeting row, once, with the earliest such date. A group's row is about the
 * group as a whole, so it releases every mentee of the group. Sorted by mentee e-mail, then mentor e-mail.
 */
export function notAFitReleases(meetings: readonly FitMeeting[]): Release[] {
  const releases = new Map<string, Release>();
  for (const meeting of meetings) {
    if (parseFit(meeting.fit) !== 'not-a-fit') continue;
    const mentorEmail = meeting.mentorEmail.trim().toLowerCase();
    for (const mentee of splitPeople(meeting.menteeName, meeting.menteeEmail)) {
      const key = `${mentorEmail} ${mentee.email}`;
      const known = releases.get(key);
      if (known && known.date <= meeting.date) continue;
      releases.set(key, {
        pairId: meeting.pairId,
        mentorName: meeting.mentorName,
        mentorEmail,
        menteeName: mentee.name,
        menteeEmail: mentee.email,
        date: meeting.date,
      });
    }
  }
  return [...releases.values()].sort((a, b) => compareText(a.menteeEmail, b.menteeEmail) || compareText(a.mentorEmail, b.mentorEmail));
}

/** The reason a release gives, in the Changes and Exclusions sheets. */
export function releaseReason(release: Pick<Release, 'date'>): string {
  return `marked not-a-fit in the rota on ${release.date}`;
}
