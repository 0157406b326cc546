import { explainMapping, mappingToFile, personToRow, rosterHeaders } from '../core/normalise/index.js';
import { UsageError } from '../errors.js';
import { assertOutputFolders } from '../io/output-error.js';
import { writeStructuredFile } from '../io/write-structured.js';
import { assertOutputFiles, formatFromPath, writeTables, type Sheet } from '../io/write-table.js';
import { mappedRows, type OutputSheet } from '../io/sheet.js';
import { renderImportSummary, importSummaryJson } from '../render/import-summary.js';
import { createProgress, progressPhase, type Progress } from '../render/progress.js';
import { createUi, type CommandIO } from '../render/ui.js';
import { loadPeople, type LoadedPeople, type PeopleInputOptions } from './load-people.js';
import type { CommandOutcome } from './outcome.js';
import { writeOutput } from './write-output.js';

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
  await checkOutputs(options);

  const progress = createProgress(io, { quiet: options.quiet || options.json });
  const { result, loaded } = await loadAndWrite(options, io, progress).finally(() => progress?.clear());
  if (loaded.file) ui.info(`config: ${loaded.file}`);

  if (options.explainMapping) {
    const text = explainMapping(result.mappings);
    // stdout only when nothing else goes there: not the roster, not the --json summary.
    (isFile(options.output) || options.json ? io.stderr : io.stdout).write(text.endsWith('\n') ? text : `${text}\n`);
  }
  if (options.json) io.stdout.write(`${JSON.stringify(importSummaryJson(result), null, 2)}\n`);
  else if (!options.quiet) io.stderr.write(renderImportSummary(result, ui.colour));
  if (result.rejected.length > 0 && !options.rejects && formatFromPath(options.output) !== 'xlsx') {
    ui.info('to see which rows were rejected and why: --rejects rejected.csv (or -o people.xlsx, whose Rejected sheet has them)');
  }
  return { rowProblems: result.rejected.length };
}

/** Reads and normalises the inputs, then writes the roster and the files beside it. */
async function loadAndWrite(options: ImportOptions, io: CommandIO, progress: Progress | undefined): Promise<LoadedPeople> {
  const loaded = await loadPeople(options, io, progress);
  const sheets = rosterSheets(loaded.result);
  const format = formatFromPath(options.output);
  const rosterToStdout = !isFile(options.output) && !options.json && !options.explainMapping;
  if (isFile(options.output)) await writeOutput(options.output, format === 'xlsx' ? sheets : sheets.slice(0, 1), progress);
  else if (rosterToStdout) await writeTables(undefined, sheets.slice(0, 1), { stdout: io.stdout, onProgress: progressPhase(progress, 'writing the roster') });
  if (options.rejects) await writeOutput(options.rejects, [sheets[1]!], progress);
  if (options.duplicates) await writeOutput(options.duplicates, [sheets[2]!], progress);
  if (options.writeMapping) await writeStructuredFile(options.writeMapping, mappingToFile(loaded.result.mappings, loaded.mapping));
  return loaded;
}

/** The People, Rejected and Duplicates sheets of an import. */
export function rosterSheets(result: Awaited<ReturnType<typeof loadPeople>>['result']): [OutputSheet, Sheet, Sheet] {
  return [
    { name: 'People', columns: rosterHeaders(result.people), rows: mappedRows(result.people, personToRow) },
    { name: 'Rejected', columns: ['file', 'row', 'column', 'value', 'reason'], rows: result.rejected.map((r) => ({ ...r })) },
    {
      name: 'Duplicates',
      columns: ['file', 'row', 'email', 'name', 'submitted', 'kept_file', 'kept_row'],
      rows: result.duplicates.map((d) => ({ ...d })),
    },
  ];
}

/**
 * Refuses, before anything is read or written, outputs that would fail half-way through a run: one that is
 * an input, two outputs on one path, a table output whose format its name does not say, a missing folder.
 */
async function checkOutputs(options: ImportOptions): Promise<void> {
  const tables = [options.output, options.rejects, options.duplicates].filter(isFile);
  const outputs = { '-o': options.output, '--rejects': options.rejects, '--duplicates': options.duplicates, '--write-mapping': options.writeMapping };
  assertOutputFiles(outputs, [...options.inputs, ...(options.mapping ? [options.mapping] : [])]);
  if (options.writeMapping === '-') {
    throw new UsageError('--write-mapping needs a file (mapping.yaml or mapping.json) to edit and pass back with --mapping; --explain-mapping shows the mapping on screen');
  }
  if (options.json && options.output === '-') {
    throw new UsageError('--json writes the summary to stdout, so the roster cannot go there too: give it a file with -o FILE');
  }
  for (const output of tables) formatFromPath(output);
  await assertOutputFolders(Object.values(outputs));
}

function isFile(output: string | undefined): output is string {
  return output !== undefined && output !== '-';
}
