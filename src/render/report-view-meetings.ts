import type { MeetingsSection, PairMeetings } from '../core/report/model.js';
import { plural } from '../core/report/tally.js';
import { formatDate, personName } from './report-format.js';
import { limited, type SectionBody, type ViewCell } from './report-view-parts.js';

/** The meetings section as facts and tables. */
export function meetingsView(m: MeetingsSection, today: string | null): SectionBody {
  const other = m.other > 0 ? `, ${m.other} with another status` : '';
  const counts = `${m.held} held, ${m.scheduled} scheduled, ${m.cancelled} cancelled, ${m.moved} moved${other}`;
  const facts = [`${plural(m.total, 'meeting')}: ${counts}.`, overdueFact(m.overdue, today)];
  if (m.undated > 0) facts.push(undatedFact(m));
  facts.push(`${m.noneHeld.length} of ${plural(m.byPair.length, 'pair')} have not held a meeting yet.`);
  const withOther = m.other > 0;
  const weekRows = m.byWeek.map((w) => [
    w.week,
    formatDate(w.monday),
    w.held,
    w.scheduled,
    w.moved,
    w.cancelled,
    ...(withOther ? [w.other] : []),
    w.overdue,
  ]);
  return {
    facts,
    lists: [],
    tables: [
      {
        caption: 'Meetings by status',
        columns: ['Status', 'Meetings'],
        rows: [
          ['Held', m.held],
          ['Scheduled', m.scheduled],
          ['Moved', m.moved],
          ['Cancelled', m.cancelled],
          ...(withOther ? [['Other', m.other]] : []),
        ],
        barColumn: 1,
      },
      {
        caption: 'Meetings per ISO week',
        columns: ['Week', 'Starts', 'Held', 'Sched.', 'Moved', 'Canc.', ...(withOther ? ['Other'] : []), 'Overdue'],
        ...limited(weekRows, 'weeks'),
      },
      {
        caption: 'Pairs with no meeting held yet',
        columns: ['Pair', 'Mentor', 'Mentee', 'Sched.', 'Overdue', 'Next'],
        ...limited(
          m.noneHeld.map((p) => [...who(p), p.scheduled, p.overdue, p.next ? formatDate(p.next) : '–']),
          'pairs',
        ),
      },
      {
        caption: 'Meetings per pair',
        columns: ['Pair', 'Mentor', 'Mentee', 'Held', 'Sched.', 'Overdue', 'Canc.', 'Moved', 'Next'],
        ...limited(
          m.byPair.map((p) => [...who(p), p.held, p.scheduled, p.overdue, p.cancelled, p.moved, p.next ? formatDate(p.next) : '–']),
          'pairs',
        ),
      },
    ],
  };
}

function overdueFact(overdue: number, today: string | null): string {
  if (today === null) return 'No date was given for today, so no meeting is counted as overdue.';
  const [verb, them] = overdue === 1 ? ['is', 'it'] : ['are', 'them'];
  return `${plural(overdue, 'scheduled meeting')} dated before ${formatDate(today)} ${verb} overdue: mark ${them} held, moved or cancelled.`;
}

function who(pair: PairMeetings): ViewCell[] {
  return [pair.pairId, personName(pair.mentor), personName(pair.mentee)];
}

/** The meetings without a valid date, named so that they can be found in the rota and given one. */
function undatedFact(m: MeetingsSection): string {
  const more = m.undated - m.undatedMeetings.length;
  const named = `${m.undatedMeetings.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  return `${plural(m.undated, 'meeting')} without a valid date (${named}) left out of the weekly counts: give ${
    m.undated === 1 ? 'it a date' : 'them dates'
  } as YYYY-MM-DD in the rota.`;
}
