export { percent } from '../core/report/key-figures.js';
import type { InputKey } from '../core/report/input.js';
import type { MissingSection, PersonRef, SectionKey, SupplyDimension } from '../core/report/model.js';

/** Section headings. */
export const SECTION_TITLES: Record<SectionKey, string> = {
  signups: 'Sign-ups',
  supply: 'Supply and demand',
  matching: 'Matching',
  meetings: 'Meetings',
  feedback: 'Feedback and fit',
  quality: 'Data quality',
};

/** Supply dimensions as words. */
export const DIMENSION_LABELS: Record<SupplyDimension, string> = {
  phase: 'Phase',
  subject: 'Subject',
  region: 'Region',
  focus: 'Focus area',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2027-02-15` → `15 Feb 2027`; anything else unchanged. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** A person as shown in a table: their name, else their e-mail. */
export function personName(person: PersonRef): string {
  return person.name || person.email || '(no name)';
}

/** The command-line option that passes each input: `--rejects` as in `import`, the others by their own name. */
const INPUT_FLAGS: Record<InputKey, string> = {
  roster: '--roster',
  matches: '--matches',
  unmatched: '--unmatched',
  mentors: '--mentors',
  rota: '--rota',
  rejected: '--rejects',
  duplicates: '--duplicates',
  warnings: '--warnings',
};

/** `pass --rota`, `pass --warnings, --rejects or --duplicates`. */
export function missingText(missing: MissingSection): string {
  const flags = missing.needs.map((need: InputKey) => INPUT_FLAGS[need]);
  const last = flags.pop() ?? '';
  return `not available: pass ${flags.length > 0 ? `${flags.join(', ')} or ${last}` : last}`;
}

/** A number or `–` for unknown. */
export function orDash(value: number | null): string | number {
  return value === null ? '–' : value;
}

/** The text with its first letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
