import { hugeCellCsv, sharedStringsBomb, wideCsv } from './generate.js';

/** Where a case's files are: the corpus (fixtures/bad), other fixtures, and the case's own temporary folder. */
export interface CasePaths {
  bad(name: string): string;
  fixtures(...parts: string[]): string;
  temp(name: string): string;
}

/** One hostile or broken input, what edumentor must do with it, and what the organiser must read. */
export interface BadInputCase {
  name: string;
  /** Inputs made at test time (too big to keep in the repository), by file name in the temporary folder. */
  generate?: Record<string, () => string | Buffer>;
  args(paths: CasePaths): string[];
  exit: 0 | 2 | 3 | 4;
  /** A fragment of stderr. */
  message: string;
  stdout?: string;
  /** Fragments of files the run wrote, by name in the temporary folder. */
  files?: Record<string, string>;
  /** Added to the environment, e.g. a memory cap that a crash would break through. */
  env?: Record<string, string>;
}

const MB = 1_000_000;

/** The corpus: every file of fixtures/bad (and the few made at test time) with its expected outcome. */
export const BAD_INPUT_CASES: readonly BadInputCase[] = [
  // ── files that are not tables ───────────────────────────────────────────────────────────────────────
  {
    name: 'an empty file',
    args: (p) => ['import', p.bad('empty.csv')],
    exit: 3,
    message: 'the file is empty (no header row, no answers)',
  },
  {
    name: 'a header with no answers under it',
    args: (p) => ['import', p.bad('header-only.csv')],
    exit: 0,
    message: '0 rows read → 0 people, 0 duplicates, 0 rejected, 0 blank',
    stdout: 'id,email,name,role',
  },
  {
    name: 'random bytes named .csv',
    args: (p) => ['import', p.bad('random-bytes.csv')],
    exit: 3,
    message: 'this does not look like a text table (it holds binary data)',
  },
  {
    name: 'NUL bytes inside cells (kept as they are)',
    args: (p) => ['import', p.bad('nul-bytes.csv')],
    exit: 0,
    message: '2 rows read → 2 people',
    stdout: 'Ben Co\0le',
  },
  {
    name: 'invalid UTF-8 (read as Windows-1252, every byte kept)',
    args: (p) => ['import', p.bad('invalid-utf8.csv')],
    exit: 0,
    message: '1 row read → 1 person',
    stdout: 'Caf€ School',
  },
  {
    name: 'an unbalanced quote',
    args: (p) => ['import', p.bad('unbalanced-quote.csv')],
    exit: 3,
    message: 'unbalanced-quote.csv, row 3: a quoted cell ("…) is never closed',
  },
  {
    name: 'an unquoted comma that shifts a row: rejected with its row number, nothing lost',
    args: (p) => ['import', p.bad('shifted-row.csv'), '-o', p.temp('people.csv'), '--rejects', p.temp('rejects.csv')],
    exit: 0,
    message: '3 rows read → 2 people, 0 duplicates, 1 rejected',
    files: {
      'rejects.csv': 'shifted-row.csv,3,,11/04/2026 10:02:11 | ben.cole@academy.example | Ben Cole | Mentor | Secondary | St Mary |  Star of the Sea,"too many fields: 1 more',
    },
  },
  {
    name: 'a shifted row under --strict',
    args: (p) => ['import', p.bad('shifted-row.csv'), '--strict', '-q'],
    exit: 3,
    message: '--strict: 1 row-level problem(s)',
  },
  // ── size limits ─────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'a 5 MB single cell, over the default cell limit',
    generate: { 'huge-cell.csv': () => hugeCellCsv(5 * MB) },
    args: (p) => ['import', p.temp('huge-cell.csv')],
    exit: 3,
    message: 'row 2, column "Anything else?": the input has more than 1,000,000 characters in one cell (the maxCellChars limit). If the file is what you meant to read, raise the limit with --max-cell-chars <n>.',
  },
  {
    name: 'a 5 MB single cell with the limit raised',
    generate: { 'huge-cell.csv': () => hugeCellCsv(5 * MB) },
    args: (p) => ['import', p.temp('huge-cell.csv'), '--max-cell-chars', String(6 * MB), '-o', p.temp('people.json')],
    exit: 0,
    message: '1 row read → 1 person',
  },
  {
    name: '5,000 columns, within the default limit',
    generate: { 'wide.csv': () => wideCsv(5000) },
    args: (p) => ['import', p.temp('wide.csv'), '-o', p.temp('people.xlsx')],
    exit: 0,
    message: '1 row read → 1 person',
  },
  {
    name: '5,000 columns over --max-columns',
    generate: { 'wide.csv': () => wideCsv(5000) },
    args: (p) => ['import', p.temp('wide.csv'), '--max-columns', '1000'],
    exit: 3,
    message: 'the input has more than 1,000 columns (the maxColumns limit). If the file is what you meant to read, raise the limit with --max-columns <n>.',
  },
  {
    name: 'more rows than --max-rows',
    args: (p) => ['import', p.bad('shifted-row.csv'), '--max-rows', '2'],
    exit: 3,
    message: 'row 4: the input has more than 2 data rows (the maxRows limit)',
  },
  {
    name: 'a file larger than --max-file-bytes',
    args: (p) => ['import', p.bad('shifted-row.csv'), '--max-file-bytes', '100'],
    exit: 3,
    message: 'the input has more than 100 bytes (the maxFileBytes limit)',
  },
  {
    name: 'a limit that is not a number',
    args: (p) => ['import', p.bad('shifted-row.csv'), '--max-rows', 'lots'],
    exit: 2,
    message: "option '--max-rows <n>' argument 'lots' is invalid. expected a whole number of 1 or more",
  },
  {
    name: 'an xlsx whose shared strings unzip to 2 GB, refused within the configured limit and a 200 MB heap',
    generate: { 'bomb.xlsx': () => sharedStringsBomb(2) },
    args: (p) => ['import', p.temp('bomb.xlsx'), '--max-file-bytes', String(8 * MB)],
    env: { NODE_OPTIONS: '--max-old-space-size=200' },
    exit: 3,
    message: 'this workbook unzips to more than 8,000,000 bytes (its part xl/sharedStrings.xml; the maxFileBytes limit)',
  },
  // ── workbooks edumentor cannot read ─────────────────────────────────────────────────────────────────
  {
    name: 'a truncated xlsx',
    args: (p) => ['import', p.fixtures('bad-import', 'truncated.xlsx')],
    exit: 3,
    message: 'this workbook is truncated or damaged',
  },
  {
    name: 'a password-protected xlsx (an encrypted compound file)',
    args: (p) => ['import', p.bad('password-protected.xlsx')],
    exit: 3,
    message: 'this workbook is password-protected (encrypted), so edumentor cannot read it: open it in Excel, remove the password',
  },
  {
    name: 'an .xls renamed .xlsx',
    args: (p) => ['import', p.fixtures('bad-import', 'old-excel.xlsx')],
    exit: 3,
    message: 'this is an old-style Excel .xls workbook, which edumentor cannot read: open it in Excel and save it as .xlsx or .csv',
  },
  {
    name: 'an .ods renamed .xlsx',
    args: (p) => ['import', p.bad('ods-renamed.xlsx')],
    exit: 3,
    message: 'this is an OpenDocument (.ods) spreadsheet, which edumentor cannot read: save it as .xlsx or .csv',
  },
  {
    name: 'a .numbers renamed .xlsx (told by its zip directory)',
    args: (p) => ['import', p.bad('numbers-renamed.xlsx')],
    exit: 3,
    message: 'this is an Apple Numbers document, which edumentor cannot read: save it as .xlsx or .csv',
  },
  // ── awkward but readable sheets ─────────────────────────────────────────────────────────────────────
  {
    name: 'a merged title row above headers with line breaks, a merged school',
    args: (p) => ['import', p.bad('merged-title.xlsx')],
    exit: 0,
    message: 'sheet "Sign-ups": 3 rows read → 3 people',
    stdout: 'ann.shah@school.example,Ann Shah,mentee,,primary,,,,Westgate Free School',
  },
  {
    name: 'headers with line breaks and non-breaking spaces',
    args: (p) => ['import', p.bad('header-breaks.csv')],
    exit: 0,
    message: '1 row read → 1 person',
    stdout: 'ann.shah@school.example,Ann Shah,mentee,,primary',
  },
  {
    name: 'a form with two questions of the same title: both kept',
    args: (p) => ['import', p.bad('same-title.csv')],
    exit: 0,
    message: '2 rows read → 2 people',
    stdout: 'notes,Anything else? (2)',
  },
  {
    name: 'no e-mail column',
    args: (p) => ['import', p.fixtures('bad-import', 'no-email.csv')],
    exit: 3,
    message: 'no column of e-mail addresses: expected a header like "Email address" or a column of addresses; did you mean',
  },
  {
    name: 'no name column (a typo in the header)',
    args: (p) => ['import', p.bad('no-name.csv')],
    exit: 3,
    message: 'no column of names: expected a header like "Full name (or First name and Last name)"; did you mean "Nmae"?',
  },
  // ── match, schedule and report inputs ──────────────────────────────────────────────────────────────
  {
    name: 'a match sheet missing a required column',
    args: (p) => ['schedule', p.bad('matches-no-mentor-email.csv'), '--start', '2027-01-11'],
    exit: 3,
    message: 'matches-no-mentor-email.csv, column "mentor_email": A match sheet needs the column mentor_email',
  },
  {
    name: 'a match sheet given as the rota of a report',
    args: (p) => ['report', '--rota', p.bad('matches-no-mentor-email.csv')],
    exit: 3,
    message: 'this is not a rota',
  },
  {
    name: 'a rota with an unknown status: kept, with a warning',
    args: (p) => [
      'schedule', p.fixtures('schedule-cmd', 'matches.csv'), '--rota', p.bad('rota-unknown-status.csv'), '--count', '3', '-o', p.temp('rota.csv'),
    ],
    exit: 0,
    message: 'meeting p02-m02 has status "done-ish", kept as it is; use one of scheduled, held, cancelled, moved',
    files: { 'rota.csv': 'p02-m02,p02,2,3,2027-01-26,Tuesday,16:00,16:45,Aisha Khan,aisha.khan@example.org,Chloe Davies,chloe.davies@example.org,online,done-ish' },
  },
  {
    name: 'a rota with a date that does not exist',
    args: (p) => ['schedule', 'reminders', p.bad('rota-impossible-date.csv'), '--week', '2027-W05', '--today', '2027-01-20'],
    exit: 0,
    message: 'rota-impossible-date.csv, row 3, column "date": expected a date like 2027-01-18; found "2027-02-30" (row left out)',
  },
  {
    name: 'a start date that does not exist',
    args: (p) => ['schedule', p.fixtures('schedule-cmd', 'matches.csv'), '--start', '2027-02-30'],
    exit: 2,
    message: '--start expects a date like 2027-01-04; found "2027-02-30"',
  },
  {
    name: 'the match sheet after --holidays, which takes every file named after it',
    args: (p) => ['schedule', '--holidays', p.fixtures('schedule', 'term-dates-2026-27.csv'), p.fixtures('schedule-cmd', 'matches.csv')],
    exit: 2,
    message: 'matches.csv" was read as a holidays file: name the match sheet first, as in edumentor schedule',
  },
  {
    name: 'a config value of the wrong type',
    args: (p) => ['match', p.fixtures('step', 'mentors.csv'), '--role', 'mentor', '--config', p.bad('config-wrong-type.yaml')],
    exit: 2,
    message: 'the config file has a problem:\n  match.weights.phase: expected a number',
  },
  {
    name: 'a config with an unknown key',
    args: (p) => ['match', p.fixtures('step', 'mentors.csv'), '--role', 'mentor', '--config', p.bad('config-unknown-key.yaml')],
    exit: 2,
    message: 'match: Unrecognized key: "wieghts" (did you mean "weights"?)',
  },
  {
    name: 'a config with a negative weight',
    args: (p) => ['match', p.fixtures('step', 'mentors.csv'), '--role', 'mentor', '--config', p.bad('config-negative-weight.yaml')],
    exit: 2,
    message: 'match.weights.subjects: expected a weight of 0 or more',
  },
];
