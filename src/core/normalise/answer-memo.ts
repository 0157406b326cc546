/** Past this many distinct answers a column stops remembering new ones (free text gains nothing from it). */
const MAX_ANSWERS_PER_COLUMN = 50_000;

/**
 * What answers mean, remembered per field and column: form exports repeat the same few answers in thousands
 * of rows, so each distinct answer is read once. Only for readings that depend on nothing but the answer, its
 * field and what `get` is given with it (a vocabulary, a grid column's day), never on the row.
 */
export class AnswerMemo {
  private readonly byField = new Map<string, Map<string, unknown>[]>();

  /** `read(answer, using)`, computed the first time this field's column sees this answer. */
  get<T, U>(field: string, column: number, answer: string, read: (answer: string, using: U) => T, using: U): T {
    let columns = this.byField.get(field);
    if (columns === undefined) {
      columns = [];
      this.byField.set(field, columns);
    }
    let answers = columns[column];
    if (answers === undefined) {
      answers = new Map();
      columns[column] = answers;
    }
    const remembered = answers.get(answer);
    if (remembered !== undefined || answers.has(answer)) return remembered as T;
    const meaning = read(answer, using);
    if (answers.size < MAX_ANSWERS_PER_COLUMN) answers.set(answer, meaning);
    return meaning;
  }
}
