import { KEPT_NOTE } from '../match/kept-note.js';
import { humanise } from '../report/tally.js';
import type { Person } from '../types.js';
import { meetingText, type FirstMeeting } from './first-meetings.js';
import { renderTemplate, type IntroTemplate } from './template.js';

/** The Introductions sheet's columns (a mail-merge contract): one row per person per partner. */
export const INTRO_COLUMNS = [
  'email',
  'name',
  'role',
  'partner_name',
  'partner_email',
  'partner_organisation',
  'partner_phase',
  'partner_subjects',
  'reasons',
  'first_meeting',
  'message',
  'pair_id',
  'group_id',
  'kept',
] as const;

/** Placeholders a template may use besides the columns: first names, the partner's role, the meeting in words, the group. */
export const EXTRA_PLACEHOLDERS = ['first_name', 'partner_first_name', 'partner_role', 'first_meeting_text', 'group_members'] as const;

/** Every placeholder an introduction template may use. */
export const INTRO_PLACEHOLDERS: readonly string[] = [...INTRO_COLUMNS.filter((c) => c !== 'message'), ...EXTRA_PLACEHOLDERS];

/** One introduction: who it goes to, their partner's details (when the partner consented) and the message. */
export type IntroRow = Record<(typeof INTRO_COLUMNS)[number], string> & { role: 'mentor' | 'mentee' };

/** Someone named in a match sheet. */
export interface IntroPerson {
  name: string;
  email: string;
}

/** A pair as the match sheet gives it; `groupId` is '' for a one-to-one pair. */
export interface IntroPair {
  pairId: string;
  groupId: string;
  mentor: IntroPerson;
  mentee: IntroPerson;
  reasons: string;
  /** Kept from an earlier match sheet (`match --keep`): perhaps introduced already. */
  kept: boolean;
}

/** What the match sheet says of a kept pair, which is for the organiser, not for the people introduced. */
const KEPT = new RegExp(`^${KEPT_NOTE}(?: \\([^)]*\\))?(?:; |$)`, 'i');

/** A pair's reasons as an introduction gives them: without the match sheet's note that the pair was kept. */
export function introReasons(reasons: string): string {
  const rest = reasons.replace(KEPT, '');
  return rest === reasons ? reasons : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** What the introductions are made from. */
export interface IntroInput {
  pairs: readonly IntroPair[];
  /** The roster: organisation, phases, subjects and consent by e-mail. Someone not in it counts as consenting. */
  people: readonly Person[];
  /** First meetings by pair id or group id (from a rota); none before `schedule` has run. */
  firstMeetings?: ReadonlyMap<string, FirstMeeting>;
  /** The message when the partner agreed to share their details. */
  template: IntroTemplate;
  /** The message when they did not: the organiser introduces them. */
  withheld: IntroTemplate;
}

/** Two rows per pair (mentor's and mentee's), sorted by recipient's e-mail, role, then partner's e-mail. */
export function introRows(input: IntroInput): IntroRow[] {
  const people = new Map(input.people.map((p) => [p.email.trim().toLowerCase(), p]));
  const personOf = (who: IntroPerson) => people.get(who.email.trim().toLowerCase());
  const consents = (who: IntroPerson) => personOf(who)?.consent ?? true;
  const groupMentees = new Map<string, IntroPerson[]>();
  for (const pair of input.pairs) {
    if (pair.groupId) groupMentees.set(pair.groupId, [...(groupMentees.get(pair.groupId) ?? []), pair.mentee]);
  }
  const rows = input.pairs.flatMap((pair) => {
    const meeting = input.firstMeetings?.get(pair.groupId || pair.pairId);
    const others = (pair.groupId ? (groupMentees.get(pair.groupId) ?? []) : []).filter((m) => m.email !== pair.mentee.email);
    const sides: ['mentor' | 'mentee', IntroPerson, IntroPerson][] = [
      ['mentor', pair.mentor, pair.mentee],
      ['mentee', pair.mentee, pair.mentor],
    ];
    return sides.map(([role, self, partner]) => {
      const shared = consents(partner);
      const details = shared ? partnerDetails(personOf(partner)) : { partner_organisation: '', partner_phase: '', partner_subjects: '' };
      const row: Omit<IntroRow, 'message'> = {
        email: self.email,
        name: self.name,
        role,
        partner_name: shared ? partner.name : '',
        partner_email: shared ? partner.email : '',
        ...details,
        reasons: shared ? introReasons(pair.reasons) : '',
        first_meeting: meeting ? `${meeting.date} ${meeting.start}` : '',
        pair_id: pair.pairId,
        group_id: pair.groupId,
        kept: String(pair.kept),
      };
      const members = others.filter((m) => m.email !== self.email);
      const values = {
        ...row,
        first_name: firstName(self.name),
        partner_first_name: shared ? firstName(partner.name) : '',
        partner_role: role === 'mentor' ? 'mentee' : 'mentor',
        first_meeting_text: meeting ? meetingText(meeting) : '',
        group_members: namesInWords(members.filter(consents).map((m) => m.name), members.filter((m) => !consents(m)).length),
      };
      const message = renderTemplate(shared ? input.template : input.withheld, values).trimEnd();
      return { row: { ...row, message }, key: [self.email, role, partner.email, pair.pairId] };
    });
  });
  return rows.sort((a, b) => compareKeys(a.key, b.key)).map((r) => r.row);
}

function partnerDetails(person: Person | undefined): Pick<IntroRow, 'partner_organisation' | 'partner_phase' | 'partner_subjects'> {
  return {
    partner_organisation: person?.organisation ?? '',
    partner_phase: (person?.phases ?? []).map(humanise).join(', '),
    partner_subjects: (person?.subjects ?? []).map(humanise).join(', '),
  };
}

/** The first word of a name. */
function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** `Ana`, `Ana and Ben`, `Ana, Ben and Cat`, `Ana and 1 other`. */
export function namesInWords(names: readonly string[], unnamed = 0): string {
  const parts = unnamed > 0 ? [...names, `${unnamed} other${unnamed === 1 ? '' : 's'}`] : [...names];
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Recipient, role, then partner (by address even when it is withheld), then pair. */
function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return (a[i] ?? '') < (b[i] ?? '') ? -1 : 1;
  }
  return 0;
}
