import { exclusionWarnings, withReleases } from '../core/feedback/index.js';
import { DEFAULT_MATCH_CONFIG, type MatchConfig } from '../core/match/config.js';
import { matchPeople, type MatchResult } from '../core/match/index.js';
import { plural } from '../core/report/tally.js';
import { stagesOf } from '../config/stages-of.js';
import { formatZodIssues } from '../config/zod-issues.js';
import { UsageError } from '../errors.js';
import { writeRows } from '../io/write-rows.js';
import { assertOutputFolders } from '../io/output-error.js';
import { assertOutputFiles, formatFromPath, writeTables } from '../io/write-table.js';
import { importLine } from '../render/import-summary.js';
import { matchSheets, SCORES_SHEET, scoreRows, scoresSheet } from '../render/match-sheets.js';
import { matchSummaryJson, renderMatchSummary, renderMatchTable } from '../render/match-summary.js';
import { poolInThreads } from '../parallel/pool-threads.js';
import { createProgress } from '../render/progress.js';
import { createUi, type CommandIO } from '../render/ui.js';
import { VERSION } from '../version.js';
import { rosterSheets } from './import.js';
import { readIntroTemplates } from './intros.js';
import { loadPeople, type PeopleInputOptions } from './load-people.js';
import { gatherExclusions } from './match-exclusions.js';
import { matchGroups, matchIntroductions } from './match-extras.js';
import type { CommandOutcome } from './outcome.js';
import { readKeptPairs } from './read-pairs.js';
import { writeOutput } from './write-output.js';

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
  /** A rota whose pairs marked `not-a-fit` are released and never made again (with `--keep`). */
  rota?: string;
  /** Where to write the introductions (one row per person per partner); also an Introductions sheet in the xlsx. */
  intros?: string;
  /** The introduction message's template (default: the built-in one). */
  introTemplate?: string;
  /** Every mentor meets their mentees together (also `match.groups: true` in the config). */
  groups?: boolean;
  objective?: MatchConfig['objective'];
  algorithm?: MatchConfig['algorithm'];
  minScore?: number;
  quiet?: boolean;
  json?: boolean;
}

/** `edumentor match`: the best mentor for every mentee, with reasons, alternatives and the unmatched. */
export async function runMatch(options: MatchCommandOptions, io: CommandIO): Promise<CommandOutcome> {
  const ui = createUi(io, { quiet: options.quiet || options.json });
  const readFrom = [...options.inputs, options.keep, options.exclude, options.rota, options.mapping, options.introTemplate].filter(isFile);
  const outputs = {
    '-o': options.output,
    '--unmatched': options.unmatched,
    '--mentors': options.mentors,
    '--alternatives': options.alternatives,
    '--scores': options.scores,
    '--intros': options.intros,
  };
  assertOutputFiles(outputs, readFrom);
  checkUsage(options);
  await assertOutputFolders(Object.values(outputs));
  const templates = options.intros || options.introTemplate ? await readIntroTemplates(options.introTemplate) : undefined;

  // Created before the import, so that its half-second delay runs from the start of the command.
  const progress = createProgress(io, { quiet: options.quiet || options.json });
  const { result: imported, loaded } = await loadPeople(options, io, progress).finally(() => progress?.clear());
  const { groups: groupsInConfig, ...section } = loaded.config.match ?? {};
  const config = await matchConfigOf(section, options);
  const stages = stagesOf(loaded.config);
  const keep = options.keep ? await readKeptPairs(options.keep) : undefined;
  const exclusions = await gatherExclusions(options, io.stdin);
  for (const warning of exclusions.warnings) ui.warn(warning);
  if (options.exclude) {
    const emails = new Set(imported.people.map((p) => p.email));
    for (const warning of exclusionWarnings(exclusions.listed, emails, options.exclude)) ui.warn(warning);
  }
  ui.info(importLine(imported));
  ui.info(`matching ${imported.people.length} people${loaded.file ? ` (config: ${loaded.file})` : ''}…`);

  let matched: ReturnType<typeof matchPeople>;
  try {
    matched = matchPeople(imported.people, config, { stages, keep, exclude: exclusions.pairs, onProgress: progress, poolRunner: poolInThreads });
  } finally {
    progress?.clear();
  }
  const result: MatchResult = { ...matched, changes: withReleases(matched.changes, exclusions.releases, keep ?? []) };
  if (exclusions.releases.length > 0) ui.info(`${plural(exclusions.releases.length, 'pair')} marked not-a-fit in ${options.rota} released; they will not be matched again`);
  const groupSource = options.groups ? '--groups' : groupsInConfig ? 'match.groups in the config' : "the roster's groups column";
  const { groupOf, note: groupsNote } = matchGroups(result, imported.people, groupSource);
  const introductions = templates && matchIntroductions(result, groupOf, imported.people, templates);
  const sheets = matchSheets(
    result,
    {
      config,
      stages,
      configFile: loaded.file,
      inputs: imported.files.map((f) => ({ file: f.file, rows: f.rows, people: f.people })),
      version: VERSION,
      keep: options.keep,
      exclude: options.exclude,
      excluded: exclusions.rows.length,
      rota: options.rota,
      groups: groupsNote,
    },
    { groupOf, introductions, exclusions: exclusions.rows },
  );
  const [matches, unmatched, mentors, alternatives] = sheets;

  if (isFile(options.output)) {
    const people = rosterSheets(imported);
    const settings = sheets[sheets.length - 1]!;
    // The workbook carries the roster it was made from, so `report` can read it alone.
    const workbook = formatFromPath(options.output) === 'xlsx' ? [...sheets.slice(0, -1), ...people, settings] : sheets;
    await writeOutput(options.output, workbook, progress);
  } else if (!options.json) {
    if (io.stdout.isTTY && options.output === undefined) io.stdout.write(renderMatchTable(result, terminalWidth(io), ui.colour));
    else await writeTables(undefined, [matches!], { stdout: io.stdout });
  }
  if (options.unmatched) await writeOutput(options.unmatched, [unmatched!], progress);
  if (options.mentors) await writeOutput(options.mentors, [mentors!], progress);
  if (options.alternatives) await writeOutput(options.alternatives, [alternatives!], progress);
  if (options.scores === '-') await writeTables(options.scores, [scoresSheet(result)]);
  else if (options.scores) {
    const rows = scoreRows(result.scores, progress, `writing ${options.scores}`);
    await writeRows(options.scores, SCORES_SHEET, rows).finally(() => progress?.clear());
  }
  if (options.intros && introductions) await writeOutput(options.intros, [introductions], progress);
  for (const mentor of result.mentors.filter((m) => m.assigned > m.capacity)) {
    ui.warn(
      `${mentor.name} <${mentor.email}> keeps ${mentor.assigned} mentees from ${options.keep ?? 'the kept pairs'} over a capacity of ${mentor.capacity}: ` +
        'kept pairs stay as they are; raise the capacity, or delete a pair from the kept sheet to release it',
    );
  }
  const keptPairs = result.pairs.filter((p) => p.kept).length;
  if (introductions && keptPairs > 0) {
    ui.info(`${plural(keptPairs, 'pair')} kept from ${options.keep} ${keptPairs === 1 ? 'has' : 'have'} introductions too, marked kept = true: leave them out of the mail merge if they were introduced before`);
  }

  if (options.json) io.stdout.write(`${JSON.stringify(matchSummaryJson(result), null, 2)}\n`);
  else if (!options.quiet) io.stderr.write(renderMatchSummary(result, ui.colour));
  const written = Object.values(outputs).filter(isFile);
  if (written.length > 0) ui.info(`wrote ${written.join(', ')}`);
  return { rowProblems: imported.rejected.length };
}

/** Refuses, before any work, option combinations that cannot be honoured. */
function checkUsage(options: MatchCommandOptions): void {
  if (options.json && options.output === '-') {
    throw new UsageError('--json writes the summary to stdout, so the matches cannot go there too: give them a file with -o FILE');
  }
  if (options.rota && !options.keep) {
    throw new UsageError('--rota releases the pairs marked not-a-fit from the pairs kept: give the earlier match sheet with --keep too');
  }
  if ([...options.inputs, options.exclude, options.rota].filter((f) => f === '-').length > 1) {
    throw new UsageError('standard input (-) can be read only once: give the inputs, the exclusion list and the rota as files');
  }
  if (options.intros === '-') throw new UsageError('--intros needs a file (the matches may go to standard output): give --intros intros.csv');
  if (options.intros) formatFromPath(options.intros);
}

/** The config file's match section with the command line's choices on top, validated together. */
async function matchConfigOf(section: unknown, options: MatchCommandOptions): Promise<MatchConfig> {
  const base = (section ?? {}) as Record<string, unknown>;
  const merged = {
    ...base,
    ...(options.objective && { objective: options.objective }),
    ...(options.algorithm && { algorithm: options.algorithm }),
    ...(options.minScore !== undefined && { minScore: options.minScore }),
    ...(options.alternativesCount !== undefined && { alternatives: options.alternativesCount }),
  };
  if (Object.keys(merged).length === 0) return structuredClone(DEFAULT_MATCH_CONFIG);
  const { matchConfigSchema } = await import('../core/match/config-schema.js');
  const parsed = matchConfigSchema.safeParse(merged, { reportInput: true });
  if (!parsed.success) {
    const named = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const option = OPTION_OF_SETTING[key];
      return { ...issue, path: option ? [`${option} (or match.${key} in the config)`, ...issue.path.slice(1)] : issue.path };
    });
    throw new UsageError(`bad match settings: ${formatZodIssues({ issues: named }).join('; ')}`);
  }
  return parsed.data;
}

/** The command-line option that sets each match setting (the config's `match` section sets them too). */
const OPTION_OF_SETTING: Record<string, string> = {
  minScore: '--min-score',
  alternatives: '--alternatives',
  objective: '--objective',
  algorithm: '--algorithm',
};

function terminalWidth(io: CommandIO): number {
  return (io.stdout as { columns?: number }).columns ?? 100;
}

function isFile(path: string | undefined): path is string {
  return path !== undefined && path !== '-';
}
