/** A table as read from one file (or one sheet): headers and rows of trimmed-free raw strings. */
export interface Table {
  /** The file as the user named it (`-` for stdin). */
  file: string;
  /** The sheet name for xlsx input. */
  sheet?: string;
  /** Header texts, made unique (`Question`, `Question (2)`), in column order. */
  headers: string[];
  rows: TableRow[];
  /** Fully blank rows dropped while reading. */
  blankRows: number;
  /** The side every row of this table is on, when the user said so (`--role`). */
  role?: Role;
}

/** What is known of a table before (or without) its rows: where it is from and its columns. */
export type TableShape = Pick<Table, 'file' | 'sheet' | 'headers' | 'role'>;

/** One data row with the row number a spreadsheet shows for it (the header is row 1 unless a title row sits above). */
export interface TableRow {
  line: number;
  /** One string per header; dates from xlsx cells are ISO 8601 strings. */
  cells: string[];
}

export type Role = 'mentor' | 'mentee' | 'both';
export type Mode = 'online' | 'in-person' | 'either';

/** The canonical person of the roster (PRODUCT.md §2). Sets are sorted arrays of slugs. */
export interface Person {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Stage slug (`ect`, `headteacher`, or a scheme's own); '' when unknown. */
  stage: string;
  phases: readonly string[];
  subjects: readonly string[];
  focus: readonly string[];
  /** Region slug (`north-west`); '' when unknown. */
  region: string;
  organisation: string;
  mode: Mode;
  /** Slots `mon-morning` … `sun-evening`, sorted by day then band. */
  availability: readonly string[];
  /** Mentees a mentor can take; null for a mentee. */
  capacity: number | null;
  consent: boolean;
  /** ISO 8601 submission time; '' when the form had none. */
  submitted: string;
  notes: string;
  /** Every source column that mapped to no field, header → value, verbatim. */
  extra: Record<string, string>;
}

/** The roster's column order (a contract other tools depend on); extra columns follow. */
export const ROSTER_COLUMNS = [
  'id',
  'email',
  'name',
  'role',
  'stage',
  'phases',
  'subjects',
  'focus',
  'region',
  'organisation',
  'mode',
  'availability',
  'capacity',
  'consent',
  'submitted',
  'notes',
] as const;

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const BANDS = ['morning', 'lunch', 'after-school', 'evening'] as const;
/** Every weekly slot in canonical order. */
export const SLOTS: readonly string[] = DAYS.flatMap((d) => BANDS.map((b) => `${d}-${b}`));

/** How a long computation says how far it has got: `done` of `total` in a named phase (for a progress bar). */
export type OnProgress = (phase: string, done: number, total: number) => void;
