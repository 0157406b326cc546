import { eachOnce } from '../each-once.js';

/** The rota's optional feedback columns, written after the contract columns. */
export const FEEDBACK_COLUMNS = ['mentor_rating', 'mentee_rating', 'fit'] as const;
/** One feedback column. */
export type FeedbackColumn = (typeof FEEDBACK_COLUMNS)[number];

/** What an organiser may write in `fit`. */
export const FIT_VALUES = ['good', 'unsure', 'not-a-fit'] as const;
/** How well a pair fits, as the organiser judged it. */
export type Fit = (typeof FIT_VALUES)[number];

/** A cell that is not a valid value (kept as written, ignored when counting). */
export const INVALID = 'invalid';

/** A rating cell: 1–4, null when blank, `invalid` otherwise (`3.0` from a spreadsheet counts as 3). */
export function parseRating(text: string): number | null | typeof INVALID {
  const t = text.trim();
  if (t === '') return null;
  return /^[1-4](?:\.0+)?$/.test(t) ? Number(t) : INVALID;
}

/** A fit cell: `good`, `unsure` or `not-a-fit` in any case, with spaces or underscores for hyphens; null when blank. */
export function parseFit(text: string): Fit | null | typeof INVALID {
  const t = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (t === '') return null;
  return (FIT_VALUES as readonly string[]).includes(t) ? (t as Fit) : INVALID;
}

/** The feedback column a header names, or null: a sheet's rows share their headers, so each is worked out once. */
const feedbackColumnOf = eachOnce((header: string): FeedbackColumn | null => {
  const key = header.trim().toLowerCase();
  return FEEDBACK_COLUMNS.find((c) => c === key) ?? null;
}, 10_000);

/** The feedback cells of a row whose headers may be in any case (`Fit`, `Mentor_Rating`), by canonical column. */
export function feedbackCells(cells: Readonly<Record<string, string>>): Record<FeedbackColumn, string> {
  const found: Record<FeedbackColumn, string> = { mentor_rating: '', mentee_rating: '', fit: '' };
  // for…in rather than Object.entries: no pair of arrays per cell, on rotas of hundreds of thousands of rows.
  for (const header in cells) {
    const column = feedbackColumnOf(header);
    if (column !== null && found[column] === '') found[column] = (cells[header] ?? '').trim();
  }
  return found;
}

/** Whether any feedback column of a row is filled in. */
export function hasFeedback(cells: Readonly<Record<string, string>>): boolean {
  return Object.values(feedbackCells(cells)).some((value) => value !== '');
}

/** A filled feedback cell that holds no valid value, and what is wrong with it in words. */
export interface FeedbackIssue {
  column: FeedbackColumn;
  message: string;
}

/** The filled feedback cells of a row that are not valid values; empty when all are fine. */
export function feedbackIssues(cells: Readonly<Record<string, string>>): FeedbackIssue[] {
  const feedback = feedbackCells(cells);
  const issues: FeedbackIssue[] = [];
  for (const column of ['mentor_rating', 'mentee_rating'] as const) {
    if (parseRating(feedback[column]) === INVALID) {
      issues.push({ column, message: `${column} "${feedback[column]}" is not a rating: expected 1, 2, 3 or 4` });
    }
  }
  if (parseFit(feedback.fit) === INVALID) issues.push({ column: 'fit', message: `fit "${feedback.fit}" is not one of ${FIT_VALUES.join(', ')}` });
  return issues;
}
