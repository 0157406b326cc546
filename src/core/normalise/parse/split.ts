import { piecesKey, type Vocabulary } from '../vocabulary/vocabulary.js';

const OTHER_PREFIX = /^other\s*[:\-–]\s*/i;

/** The free text of an "Other: …" answer, or undefined when the answer is not one. */
export function otherText(answer: string): string | undefined {
  return OTHER_PREFIX.test(answer) ? answer.replace(OTHER_PREFIX, '').trim() : undefined;
}

/**
 * The answers of a multi-select cell. Microsoft Forms and the Forms download join them with `;`
 * (MS with a trailing `;`); Google Sheets joins them with `, ` although an option may contain
 * commas itself, so the pieces are matched against the known options, longest first. An
 * "Other: …" answer is always last in Google's order and takes the rest of the cell.
 */
export function splitAnswers(cell: string, vocabulary: Vocabulary): string[] {
  const text = cell.trim();
  if (text === '') return [];
  if (text.includes(';')) return text.split(';').map((part) => part.trim()).filter((part) => part !== '');
  const pieces = text.split(/\s*,\s*/).filter((piece) => piece !== '');
  const answers: string[] = [];
  let start = 0;
  while (start < pieces.length) {
    const first = pieces[start] ?? '';
    if (OTHER_PREFIX.test(first)) {
      answers.push(pieces.slice(start).join(', '));
      break;
    }
    const length = longestKnown(pieces, start, vocabulary);
    answers.push(pieces.slice(start, start + length).join(', '));
    start += length;
  }
  return answers;
}

/** How many pieces from `start` form the longest known option (1 when none does). */
function longestKnown(pieces: readonly string[], start: number, vocabulary: Vocabulary): number {
  for (let length = Math.min(vocabulary.maxPieces, pieces.length - start); length > 1; length--) {
    if (vocabulary.withCommas.has(piecesKey(pieces.slice(start, start + length)))) return length;
  }
  return 1;
}
