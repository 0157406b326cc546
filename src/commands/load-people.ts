import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { stagesOf } from '../config/stages-of.js';
import { normalise, streamNormalise, type ImportResult, type Mapping, type NormaliseOptions, type NormaliseStream } from '../core/normalise/index.js';
import type { OnProgress, Role, Table, TableShape } from '../core/types.js';
import { UsageError } from '../errors.js';
import { readStructuredFile } from '../io/read-config.js';
import { readTables } from '../io/read-table.js';
import type { RowStream } from '../io/row-stream.js';
import type { CommandIO } from '../render/ui.js';

/** The options every command that reads form exports or rosters shares with `import`. */
export interface PeopleInputOptions {
  inputs: string[];
  /** `--role`: one for every input, or one per input in order. */
  role?: Role[];
  dateOrder?: 'dmy' | 'mdy';
  mapping?: string;
  sheet?: string;
  config?: string;
}

/** What reading and normalising the inputs gave, with the config that shaped it. */
export interface LoadedPeople {
  result: ImportResult;
  /** The tables read, with `--role` applied; known by their shape only, as a streamed table keeps no rows. */
  tables: TableShape[];
  loaded: LoadedConfig;
  mapping?: Mapping;
}

/**
 * Data rows of a single input (a CSV or text file, or one sheet of a workbook) read before its plan is made; the rest
 * are normalised as they are read (see streamNormalise), so a large export is never held whole as a table.
 */
export const HEAD_ROWS = 2000;

/** Reads the inputs (form exports or rosters) and normalises them into people, telling `onProgress` how far it has got. */
export async function loadPeople(
  options: PeopleInputOptions,
  io: CommandIO,
  onProgress?: OnProgress,
  headRows = HEAD_ROWS,
): Promise<LoadedPeople> {
  const setup = await importSetup(options, io, options.inputs.length);
  let streamed: NormaliseStream | undefined;
  const open = (head: Table): NormaliseStream | undefined => {
    streamed = streamNormalise(head, { ...normaliseOptions(setup, options), role: setup.roles[0] });
    return streamed;
  };
  const stream: RowStream | undefined = options.inputs.length === 1 ? { headRows, open } : undefined;
  const tables = await readTables(options.inputs, { sheet: options.sheet, stdin: io.stdin, onProgress, stream });
  const result = streamed?.result();
  if (result) return { result, tables: withRoles(tables, setup.roles), loaded: setup.loaded, mapping: setup.mapping };
  return normaliseWith(tables, setup, options, onProgress);
}

/**
 * Normalises tables already read, one per input in order (each as `loadPeople` would have read it), into people:
 * the same config, mapping and `--role` handling as `loadPeople`, without reading the inputs again.
 */
export async function normaliseTables(
  tables: readonly Table[],
  options: Omit<PeopleInputOptions, 'inputs' | 'sheet'>,
  io: CommandIO,
  onProgress?: OnProgress,
): Promise<LoadedPeople> {
  const setup = await importSetup(options, io, tables.length);
  return normaliseWith(tables, setup, options, onProgress);
}

/** What shapes the import besides the tables: the config, the mapping and each input's `--role`. */
interface ImportSetup {
  loaded: LoadedConfig;
  mapping?: Mapping;
  /** Where the mapping came from, as messages name it. */
  mappingName?: string;
  roles: (Role | undefined)[];
}

/** Loads the config and the mapping and checks `--role` before any input is read, so those mistakes are told first. */
async function importSetup(options: Omit<PeopleInputOptions, 'inputs'>, io: CommandIO, inputCount: number): Promise<ImportSetup> {
  const loaded = await loadConfig(options.config, io.cwd);
  const mapping = options.mapping
    ? await readStructuredFile(options.mapping, (await import('../core/normalise/mapping-schema.js')).mappingSchema, 'mapping file')
    : loaded.config.import?.mapping;
  const mappingName = options.mapping ? `the mapping file ${options.mapping}` : `import.mapping in the config ${loaded.file ?? ''}`;
  return { loaded, mapping, mappingName, roles: rolesPerInput(inputCount, options.role ?? []) };
}

function normaliseWith(
  read: readonly Table[],
  setup: ImportSetup,
  options: Pick<PeopleInputOptions, 'dateOrder'>,
  onProgress: OnProgress | undefined,
): LoadedPeople {
  const tables = withRoles(read, setup.roles);
  const result = normalise(tables, { ...normaliseOptions(setup, options), onProgress });
  return { result, tables, loaded: setup.loaded, mapping: setup.mapping };
}

function normaliseOptions({ loaded: { config }, mapping, mappingName }: ImportSetup, options: Pick<PeopleInputOptions, 'dateOrder'>): NormaliseOptions {
  return {
    dateOrder: options.dateOrder ?? config.import?.dateOrder,
    mapping,
    mappingName,
    stages: stagesOf(config),
    vocabulary: config.vocabulary,
  };
}

/** Each table with its input's `--role`, when one was given. */
function withRoles(tables: readonly Table[], roles: readonly (Role | undefined)[]): Table[] {
  return tables.map((table, i) => (roles[i] ? { ...table, role: roles[i] } : table));
}

/** `--role` given once applies to every input; given once per input, in order. */
function rolesPerInput(inputCount: number, roles: Role[]): (Role | undefined)[] {
  if (roles.length === 0) return Array.from({ length: inputCount }, () => undefined);
  if (roles.length === 1) return Array.from({ length: inputCount }, () => roles[0]);
  if (roles.length === inputCount) return roles;
  throw new UsageError(
    `${roles.length} --role options for ${inputCount} input files: give --role once for every file, or once per file in the same order`,
  );
}
