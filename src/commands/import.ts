import { explainMapping, mappingToFile, personToRecord, rosterHeaders } from '../core/normalise/index.js';
import { UsageError } from '../errors.js';
import { writeStructuredFile } from '../io/write-structured.js';
import { assertNotAnInput, formatFromPath, writeTables, type Sheet } from '../io/write-table.js';
import { renderImportSummary, importSummaryJson } from '../render/import-summary.js';
import { createUi, type CommandIO } from '../render/ui.js';
import { loadPeople, type PeopleInputOptions } from './load-people.js';
import type { CommandOutcome } from './outcome.js';

/** Options of `edumentor import`. */
export interface ImportOptions extends PeopleInputOptions {
  output?: string;
  rejects?: string;
  duplicates?: string;
  explainMapping?: boolean;
  writeMapping?: string;
  quiet?: boolean;
  json?: boolean;
}

/** `edumentor import`: form exports to one clean roster, with rejects and duplicates beside it. */
export async function runImport(options: ImportOptions, io: CommandIO): Promise<CommandOutcome> {
  const ui = createUi(io, { quiet: options.quiet || options.json });
  const outputs = [options.output, options.rejects, options.duplicates, options.writeMapping].filter(isFile);
  for (const output of outputs) assertNotAnInput(output, [...options.inputs, ...(options.mapping ? [options.mapping] : [])]);
  if (options.json && options.output === '-') {
    throw new UsageError('--json writes the summary to stdout, so the roster cannot go there too: give it a file with -o FILE');
  }

  const { result, loaded } = await loadPeople(options, io);
  if (loaded.file) ui.info(`config: ${loaded.file}`);

  const sheets = rosterSheets(result);
  const format = formatFromPath(options.output);
  const rosterToStdout = !isFile(options.output) && !options.json && !options.explainMapping;
  if (isFile(options.output)) await writeTables(options.output, format === 'xlsx' ? sheets : sheets.slice(0, 1));
  else if (rosterToStdout) await writeTables(undefined, sheets.slice(0, 1), { stdout: io.stdout });
  if (options.rejects) await writeTables(options.rejects, [sheets[1]!]);
  if (options.duplicates) await writeTables(options.duplicates, [sheets[2]!]);
  if (options.writeMapping) await writeStructuredFile(options.writeMapping, mappingToFile(result.mappings));

  if (options.explainMapping) {
    const text = explainMapping(result.mappings);
    (isFile(options.output) ? io.stderr : io.stdout).write(text.endsWith('\n') ? text : `${text}\n`);
  }
  if (options.json) io.stdout.write(`${JSON.stringify(importSummaryJson(result), null, 2)}\n`);
  else if (!options.quiet) io.stderr.write(renderImportSummary(result, ui.colour));
  return { rowProblems: result.rejected.length };
}

/** The People, Rejected and Duplicates sheets of an import. */
export function rosterSheets(result: Awaited<ReturnType<typeof loadPeople>>['result']): [Sheet, Sheet, Sheet] {
  return [
    { name: 'People', columns: rosterHeaders(result.people), rows: result.people.map(personToRecord) },
    { name: 'Rejected', columns: ['file', 'row', 'column', 'value', 'reason'], rows: result.rejected.map((r) => ({ ...r })) },
    {
      name: 'Duplicates',
      columns: ['file', 'row', 'email', 'name', 'submitted', 'kept_file', 'kept_row'],
      rows: result.duplicates.map((d) => ({ ...d })),
    },
  ];
}

function isFile(output: string | undefined): output is string {
  return output !== undefined && output !== '-';
}
