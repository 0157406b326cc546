import { Command, InvalidArgumentError, Option } from 'commander';
import { runImport } from './commands/import.js';
import { runInit } from './commands/init.js';
import { runMatch } from './commands/match.js';
import type { CommandOutcome } from './commands/outcome.js';
import type { Role } from './core/types.js';
import { VERSION } from './version.js';
import { InputError } from './errors.js';
import type { CommandIO } from './render/ui.js';

/** Global options (PRODUCT.md §6), accepted before or after the command name. */
interface GlobalOptions {
  output?: string;
  config?: string;
  quiet?: boolean;
  json?: boolean;
  strict?: boolean;
  debug?: boolean;
}

/** The commander program with every command; an action throws to fail (see `finish` for --strict). */
export function buildProgram(io: CommandIO): Command {
  const program = new Command('edumentor');
  program
    .description('Mentoring-scheme spreadsheet work from the command line: import, match, schedule, report.')
    .version(VERSION)
    .option('-o, --output <file>', 'output file; the format follows the extension (.csv .tsv .xlsx .json); "-" is stdout')
    .option('--config <file>', 'scheme config file (default: edumentor.config.json or .yaml in this folder)')
    .option('-q, --quiet', 'no progress or summary on stderr (errors still show)')
    .option('--json', 'print a machine-readable summary as JSON on stdout')
    .option('--strict', 'treat row-level problems (rejected rows) as an error: exit 3')
    .option('--debug', 'show stack traces for errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  const finish = (outcome: CommandOutcome, globals: GlobalOptions) => {
    if (globals.strict && outcome.rowProblems > 0) {
      throw new InputError(`--strict: ${outcome.rowProblems} row-level problem(s); see the rejects and the summary above`);
    }
  };

  addPeopleInputOptions(
    program
      .command('import')
      .description('Clean form exports (Google Forms, Microsoft Forms, any sheet) into one roster row per person.')
      .argument('<inputs...>', 'form exports or rosters (.csv .tsv .txt .xlsx .json, "-" for stdin)'),
  )
    .option('--rejects <file>', 'write rejected rows here (with CSV output; xlsx output has a Rejected sheet)')
    .option('--duplicates <file>', 'write duplicate submissions here (xlsx output has a Duplicates sheet)')
    .option('--explain-mapping', 'show which column became which field and why, and the columns kept in extra')
    .option('--write-mapping <file>', 'save the column mapping (.yaml or .json) to edit and pass back with --mapping')
    .addHelpText('after', EXAMPLES.import)
    .action(async (inputs: string[], options: Record<string, unknown>, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      finish(await runImport({ ...globals, ...options, inputs }, io), globals);
    });

  addPeopleInputOptions(
    program
      .command('match')
      .description('Find the best mentor for every mentee (exact), explain each pair, and list who is unmatched and why.')
      .argument('<inputs...>', 'form exports or rosters (import runs first, with all of its options)'),
  )
    .addOption(new Option('--objective <objective>', 'most-matched: as many mentees as the rules allow, then the best total score; best-scores: the best total score even if fewer are matched').choices(['most-matched', 'best-scores']))
    .addOption(new Option('--algorithm <algorithm>', 'optimal (exact assignment) or stable (mentee-proposing deferred acceptance)').choices(['optimal', 'stable']))
    .option('--min-score <score>', 'never make a pair scoring below this (0–100)', parseNumber)
    .option('--alternatives <n|file>', 'a number: how many next-best mentors to list per mentee (default 3); a file: where to write them (CSV output)', collectAlternatives, {})
    .option('--unmatched <file>', 'write the unmatched people and why (CSV output; xlsx has an Unmatched sheet)')
    .option('--mentors <file>', 'write each mentor\'s load (CSV output; xlsx has a Mentors sheet)')
    .option('--scores <file>', 'write every pair passing the hard rules with its score, to check optimality elsewhere')
    .option('--keep <file>', 'an earlier match sheet whose pairs stay as they are')
    .option('--exclude <file>', 'mentor_email/mentee_email pairs never to be matched')
    .addHelpText('after', EXAMPLES.match)
    .action(async (inputs: string[], options: Record<string, unknown> & { alternatives: Alternatives }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { alternatives, ...rest } = options;
      finish(
        await runMatch({ ...globals, ...rest, inputs, alternatives: alternatives.file, alternativesCount: alternatives.count }, io),
        globals,
      );
    });

  program
    .command('init')
    .description('Write a commented starting config file (edumentor.config.yaml) to edit.')
    .argument('[file]', 'where to write it', 'edumentor.config.yaml')
    .option('--force', 'overwrite an existing file')
    .addHelpText('after', EXAMPLES.init)
    .action(async (file: string, options: { force?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      finish(await runInit({ file, force: options.force, quiet: globals.quiet }, io), globals);
    });

  return program;
}

type Alternatives = { count?: number; file?: string };

function collectAlternatives(value: string, previous: Alternatives): Alternatives {
  return /^\d+$/.test(value) ? { ...previous, count: Number(value) } : { ...previous, file: value };
}

function parseNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new InvalidArgumentError('expected a number');
  return number;
}

/** Adds the options shared by every command that reads form exports. */
export function addPeopleInputOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--role <role>', 'the side a file is on (mentor, mentee or both): once for every file, or once per file in order')
        .argParser(collectRole)
        .default([], 'read from the file'),
    )
    .addOption(new Option('--date-order <order>', 'force how slashed timestamps read (default: decided per file)').choices(['dmy', 'mdy']))
    .option('--mapping <file>', 'a mapping file (.yaml or .json) saying which column is which field')
    .option('--sheet <name|n>', 'the xlsx sheet to read (default: the first)');
}

function collectRole(value: string, previous: Role[]): Role[] {
  if (value !== 'mentor' && value !== 'mentee' && value !== 'both') {
    throw new InvalidArgumentError('expected mentor, mentee or both');
  }
  return [...previous, value];
}

const EXAMPLES = {
  match: `
Examples:
  $ edumentor match responses.csv -o matches.xlsx
  $ edumentor match people.csv -o matches.csv --unmatched unmatched.csv --mentors mentors.csv --alternatives alternatives.csv
  $ edumentor match responses.csv --config hlta.config.yaml --objective best-scores --min-score 40 -o matches.xlsx
  $ edumentor match responses.csv new-signups.csv --keep matches.xlsx -o matches-2.xlsx
  $ edumentor match responses.csv --algorithm stable --alternatives 5 -o stable.xlsx`,
  init: `
Examples:
  $ edumentor init
  $ edumentor init hlta.config.yaml`,
  import: `
Examples:
  $ edumentor import responses.csv -o people.xlsx
  $ edumentor import responses.csv -o people.csv --rejects rejected.csv --duplicates duplicates.csv
  $ edumentor import mentors.csv mentees.csv --role mentor --role mentee -o people.csv
  $ edumentor import responses.xlsx --explain-mapping
  $ edumentor import mentors.csv --mapping mapping.yaml --write-mapping mapping.yaml -o people.csv`,
};

