import { matchConfigSchema, type MatchConfig } from '../core/match/config.js';
import { matchPeople } from '../core/match/index.js';
import { stagesOf } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { assertNotAnInput, formatFromPath, writeTables } from '../io/write-table.js';
import { matchSheets, scoresSheet } from '../render/match-sheets.js';
import { matchSummaryJson, renderMatchSummary, renderMatchTable } from '../render/match-summary.js';
import { createUi, type CommandIO } from '../render/ui.js';
import { VERSION } from '../version.js';
import { rosterSheets } from './import.js';
import { loadPeople, type PeopleInputOptions } from './load-people.js';
import type { CommandOutcome } from './outcome.js';
import { readExcludedPairs, readKeptPairs } from './read-pairs.js';

/** Options of `edumentor match`. */
export interface MatchCommandOptions extends PeopleInputOptions {
  output?: string;
  unmatched?: string;
  mentors?: string;
  alternatives?: string;
  alternativesCount?: number;
  scores?: string;
  keep?: string;
  exclude?: string;
  objective?: MatchConfig['objective'];
  algorithm?: MatchConfig['algorithm'];
  minScore?: number;
  quiet?: boolean;
  json?: boolean;
}

/** `edumentor match`: the best mentor for every mentee, with reasons, alternatives and the unmatched. */
export async function runMatch(options: MatchCommandOptions, io: CommandIO): Promise<CommandOutcome> {
  const ui = createUi(io, { quiet: options.quiet || options.json });
  const readFrom = [...options.inputs, options.keep, options.exclude, options.mapping].filter(isFile);
  for (const output of [options.output, options.unmatched, options.mentors, options.alternatives, options.scores]) {
    assertNotAnInput(output, readFrom);
  }
  if (options.json && options.output === '-') {
    throw new UsageError('--json writes the summary to stdout, so the matches cannot go there too: give them a file with -o FILE');
  }

  const { result: imported, loaded } = await loadPeople(options, io);
  const config = matchConfigOf(loaded.config.match, options);
  const stages = stagesOf(loaded.config);
  const keep = options.keep ? await readKeptPairs(options.keep) : undefined;
  const exclude = options.exclude ? await readExcludedPairs(options.exclude) : undefined;
  ui.info(`matching ${imported.people.length} people${loaded.file ? ` (config: ${loaded.file})` : ''}…`);

  const result = matchPeople(imported.people, config, { stages, keep, exclude });
  const sheets = matchSheets(result, {
    config,
    stages,
    configFile: loaded.file,
    inputs: imported.files.map((f) => ({ file: f.file, rows: f.rows, people: f.people })),
    version: VERSION,
    keep: options.keep,
    exclude: options.exclude,
    excluded: exclude?.length ?? 0,
  });
  const [matches, unmatched, mentors, alternatives] = sheets;

  if (isFile(options.output)) {
    const people = rosterSheets(imported);
    const settings = sheets[sheets.length - 1]!;
    // The workbook carries the roster it was made from, so `report` can read it alone.
    const workbook = formatFromPath(options.output) === 'xlsx' ? [...sheets.slice(0, -1), ...people, settings] : sheets;
    await writeTables(options.output, workbook);
  } else if (!options.json) {
    if (io.stdout.isTTY && options.output === undefined) io.stdout.write(renderMatchTable(result, terminalWidth(io), ui.colour));
    else await writeTables(undefined, [matches!], { stdout: io.stdout });
  }
  if (options.unmatched) await writeTables(options.unmatched, [unmatched!]);
  if (options.mentors) await writeTables(options.mentors, [mentors!]);
  if (options.alternatives) await writeTables(options.alternatives, [alternatives!]);
  if (options.scores) await writeTables(options.scores, [scoresSheet(result)]);

  if (options.json) io.stdout.write(`${JSON.stringify(matchSummaryJson(result), null, 2)}\n`);
  else if (!options.quiet) io.stderr.write(renderMatchSummary(result, ui.colour));
  const written = [options.output, options.unmatched, options.mentors, options.alternatives, options.scores].filter(isFile);
  if (written.length > 0) ui.info(`wrote ${written.join(', ')}`);
  return { rowProblems: imported.rejected.length };
}

/** The config file's match section with the command line's choices on top, validated together. */
function matchConfigOf(section: unknown, options: MatchCommandOptions): MatchConfig {
  const base = (section ?? {}) as Record<string, unknown>;
  const merged = {
    ...base,
    ...(options.objective && { objective: options.objective }),
    ...(options.algorithm && { algorithm: options.algorithm }),
    ...(options.minScore !== undefined && { minScore: options.minScore }),
    ...(options.alternativesCount !== undefined && { alternatives: options.alternativesCount }),
  };
  const parsed = matchConfigSchema.safeParse(merged);
  if (!parsed.success) {
    throw new UsageError(`bad match settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

function terminalWidth(io: CommandIO): number {
  return (io.stdout as { columns?: number }).columns ?? 100;
}

function isFile(path: string | undefined): path is string {
  return path !== undefined && path !== '-';
}
