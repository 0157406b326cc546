import { Command, InvalidArgumentError, Option } from 'commander';
import { runImport } from './commands/import.js';
import type { CommandOutcome } from './commands/outcome.js';
import type { Role } from './core/types.js';
import { InputError } from './errors.js';
import type { CommandIO } from './render/ui.js';

/** What the CLI needs from a finished command. */
export interface ProgramOutcome {
  exitCode?: number;
}

type Program = Command & { outcome: ProgramOutcome };

/** Global options (PRODUCT.md §6), accepted before or after the command name. */
interface GlobalOptions {
  output?: string;
  config?: string;
  quiet?: boolean;
  json?: boolean;
  strict?: boolean;
  debug?: boolean;
}

/** The commander program with every command; actions record their outcome on `program.outcome`. */
export function buildProgram(io: CommandIO): Program {
  const program = new Command('edumentor') as Program;
  program.outcome = {};
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

  return program;
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
  import: `
Examples:
  $ edumentor import responses.csv -o people.xlsx
  $ edumentor import responses.csv -o people.csv --rejects rejected.csv --duplicates duplicates.csv
  $ edumentor import mentors.csv mentees.csv --role mentor --role mentee -o people.csv
  $ edumentor import responses.xlsx --explain-mapping
  $ edumentor import mentors.csv --mapping mapping.yaml --write-mapping mapping.yaml -o people.csv`,
};

const VERSION = '0.1.0';
