import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { stagesOf } from '../config/schema.js';
import { normalise, mappingSchema, type ImportResult, type Mapping } from '../core/normalise/index.js';
import type { OnProgress, Role, Table } from '../core/types.js';
import { UsageError } from '../errors.js';
import { readStructuredFile } from '../io/read-config.js';
import { readTables } from '../io/read-table.js';
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
  tables: Table[];
  loaded: LoadedConfig;
  mapping?: Mapping;
}

/** Reads the inputs (form exports or rosters) and normalises them into people, telling `onProgress` how far it has got. */
export async function loadPeople(options: PeopleInputOptions, io: CommandIO, onProgress?: OnProgress): Promise<LoadedPeople> {
  const loaded = await loadConfig(options.config, io.cwd);
  const { config } = loaded;
  const mapping = options.mapping
    ? await readStructuredFile(options.mapping, mappingSchema, 'mapping file')
    : config.import?.mapping;
  const roles = rolesPerInput(options.inputs, options.role ?? []);
  const tables = (await readTables(options.inputs, { sheet: options.sheet, stdin: io.stdin, onProgress })).map((table, i) =>
    roles[i] ? { ...table, role: roles[i] } : table,
  );
  const result = normalise(tables, {
    dateOrder: options.dateOrder ?? config.import?.dateOrder,
    mapping,
    stages: stagesOf(config),
    vocabulary: config.vocabulary,
    onProgress,
  });
  return { result, tables, loaded, mapping };
}

/** `--role` given once applies to every input; given once per input, in order. */
function rolesPerInput(inputs: string[], roles: Role[]): (Role | undefined)[] {
  if (roles.length === 0) return inputs.map(() => undefined);
  if (roles.length === 1) return inputs.map(() => roles[0]);
  if (roles.length === inputs.length) return roles;
  throw new UsageError(
    `${roles.length} --role options for ${inputs.length} input files: give --role once for every file, or once per file in the same order`,
  );
}
