import { Command, InvalidArgumentError, Option } from 'commander';
import type { CommandOutcome } from './commands/outcome.js';
import type { Role } from './core/types.js';
import { VERSION } from './version.js';
import { InputError, UsageError } from './errors.js';
import { DEFAULT_READ_LIMITS, LIMIT_OPTIONS, setReadLimits, type ReadLimits } from './io/limits.js';
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

/**
 * The commander program with every command; an action throws to fail (see `finish` for --strict). Each action
 * imports its command's module when it runs, so `--help`, `--version` and one command load only what they use.
 */
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
    .option(`${LIMIT_OPTIONS.maxFileBytes} <n>`, `refuse an input file (or an xlsx part, unzipped) larger than this (default ${DEFAULT_READ_LIMITS.maxFileBytes})`, parseLimit)
    .option(`${LIMIT_OPTIONS.maxRows} <n>`, `refuse a table with more data rows (default ${DEFAULT_READ_LIMITS.maxRows})`, parseLimit)
    .option(`${LIMIT_OPTIONS.maxColumns} <n>`, `refuse a table with more columns (default ${DEFAULT_READ_LIMITS.maxColumns})`, parseLimit)
    .option(`${LIMIT_OPTIONS.maxCellChars} <n>`, `refuse a cell with more characters (default ${DEFAULT_READ_LIMITS.maxCellChars})`, parseLimit)
    .hook('preAction', (_program, action) => setReadLimits(action.optsWithGlobals<Partial<ReadLimits>>()))
    // -o, --config, --quiet and the rest are given after the command too: its help lists them.
    .configureHelp({ showGlobalOptions: true })
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
      const { runImport } = await import('./commands/import.js');
      finish(await runImport({ ...globals, ...options, inputs }, io), globals);
    });

  addPeopleInputOptions(
    program
      .command('match')
      .description('Find the best mentor for every mentee (exact), explain each pair, and list who is unmatched and why.')
      .argument('<inputs...>', 'form exports or rosters (import runs first: --role, --mapping, --sheet and --date-order apply)'),
  )
    .addOption(new Option('--objective <objective>', 'most-matched: as many mentees as the rules allow, then the best total score; best-scores: the best total score even if fewer are matched').choices(['most-matched', 'best-scores']))
    .addOption(new Option('--algorithm <algorithm>', 'optimal (exact assignment) or stable (mentee-proposing deferred acceptance)').choices(['optimal', 'stable']))
    .option('--min-score <score>', 'never make a pair scoring below this (0–100)', parseNumber)
    .option('--alternatives <n|file>', 'a number: how many next-best mentors to list per mentee (default 3); a file: where to write them (CSV output)', collectAlternatives)
    .option('--unmatched <file>', 'write the unmatched people and why (CSV output; xlsx has an Unmatched sheet)')
    .option('--mentors <file>', 'write each mentor\'s load (CSV output; xlsx has a Mentors sheet)')
    .option('--scores <file>', 'write every pair passing the hard rules with its score, to check optimality elsewhere')
    .option('--keep <file>', 'an earlier match sheet whose pairs stay as they are')
    .option('--exclude <file>', 'mentor_email/mentee_email pairs never to be matched')
    .option('--rota <file>', 'with --keep: release the kept pairs marked fit = not-a-fit in this rota, never to be paired again')
    .option('--intros <file>', 'write an introduction per person per partner for a mail merge (xlsx output also gets an Introductions sheet)')
    .option('--intro-template <file>', 'the introduction message, with placeholders like {{partner_name}} (default: a built-in message)')
    .option('--groups', 'mentors meet their mentees together (also match.groups in the config, or a roster column groups)')
    .addHelpText('after', EXAMPLES.match)
    .action(async (inputs: string[], options: Record<string, unknown> & { alternatives?: Alternatives }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { alternatives, ...rest } = options;
      const { runMatch } = await import('./commands/match.js');
      finish(
        await runMatch({ ...globals, ...rest, inputs, alternatives: alternatives?.file, alternativesCount: alternatives?.count }, io),
        globals,
      );
    });

  program
    .command('init')
    .description('Write a commented starting config file (edumentor.config.yaml) to edit.')
    .argument('[file]', 'where to write it (.yaml; "-" prints it)', 'edumentor.config.yaml')
    .option('--force', 'overwrite an existing file')
    .addHelpText('after', EXAMPLES.init)
    .action(async (file: string, options: { force?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const given = command.args[0];
      if (globals.output !== undefined && given !== undefined && given !== globals.output) {
        throw new UsageError(`init was given two files, "${given}" and -o "${globals.output}": give one`);
      }
      const { runInit } = await import('./commands/init.js');
      finish(await runInit({ file: globals.output ?? file, force: options.force, quiet: globals.quiet }, io), globals);
    });

  const schedule = addPeopleInputOptions(
    program
      .command('schedule')
      .description('Plan every pair\'s meetings from a match sheet: a rota around holidays, as a sheet and as calendars (.ics).')
      .argument('<matches>', 'the match sheet (match output: .csv, or .xlsx with a Matches sheet; "-" for stdin)'),
  )
    .option('--roster <file>', 'a roster or form export giving free times when the match sheet has no common_slots (repeatable; --role, --mapping, --sheet and --date-order apply to it)', collectFiles)
    .option('--rota <file>', 'a previous rota: its held and cancelled meetings, and the future ones of pairs still matched, are kept')
    .option('--start <date>', 'first day a meeting may fall on (default: the Monday after --today; with --rota, the Monday of its first meeting)')
    .option('--every <cadence>', 'how often a pair meets: 1w, 2w, 3w, 4w or month (default 2w)')
    .option('--count <n>', 'meetings per pair (default 6)')
    .option('--until <date>', 'last day a meeting may fall on; without --count, as many meetings as fit')
    .option('--duration <length>', 'length of a meeting: 45m, 1h, 1h30m (default 45m)')
    .option('--bands <times>', 'start time of each band, e.g. morning=07:45,lunch=12:30,after-school=16:00,evening=19:00')
    .option('--max-per-week <n>', 'meetings a mentor leads in one week, at most (default 2)')
    .option('--holidays <files...>', 'school holidays: a .csv/.xlsx of start,end,name ranges or a term-dates .ics (replaces the config\'s)')
    .option('--bank-holidays', 'skip England and Wales bank holidays (the default; overrides the config)')
    .option('--no-bank-holidays', 'do not skip bank holidays')
    .option('--tz <zone>', 'time zone of the rota and calendars (default Europe/London)')
    .option('--today <date>', 'today\'s date (default: the clock); nothing new is planned before it')
    .option('--unscheduled <file>', 'write the meetings that found no slot here (CSV output; xlsx has an Unscheduled sheet)')
    .option('--ics <file>', 'write every meeting to one calendar file (.ics)')
    .option('--ics-dir <dir>', 'write one calendar per mentor and per mentee into this folder (created if missing)')
    .option('--intros <file>', 'write an introduction per person per partner, with the first meeting, for a mail merge')
    .option('--intro-template <file>', 'the introduction message, with placeholders like {{first_meeting_text}} (default: a built-in message)')
    .option('--groups', 'each mentor meets all their mentees together: one meeting per group (also match.groups in the config)')
    .addHelpText('after', EXAMPLES.schedule)
    .action(async (matches: string, options: Record<string, unknown>, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { runSchedule } = await import('./commands/schedule.js');
      finish(await runSchedule({ ...globals, ...options, matches }, io), globals);
    });

  schedule
    .command('reminders')
    .description('The meetings of one week, one row per person, for a mail merge; the same rota and --today give the same rows (for cron).')
    .argument('<rota>', 'the rota (schedule output: .csv, or .xlsx with a Rota sheet; "-" for stdin)')
    .option('--week <week>', 'this, next, an ISO week like 2027-W03, or a date in the week (default: this)')
    .option('--today <date>', 'today\'s date (default: the clock)')
    .option('--tz <zone>', 'time zone for today\'s date (default Europe/London)')
    .option('--overdue', 'instead, list the meetings before today still marked scheduled (held but not marked?)')
    .addHelpText('after', EXAMPLES.reminders)
    .action(async (rota: string, _options: unknown, command: Command) => {
      // optsWithGlobals: `schedule` parses --today/--tz itself when they come before an option only reminders knows.
      const globals = command.optsWithGlobals<GlobalOptions & { week?: string; today?: string; tz?: string; overdue?: boolean }>();
      const { runReminders } = await import('./commands/reminders.js');
      finish(await runReminders({ ...globals, rota }, io), globals);
    });

  // `--holidays` takes every file named after it, so `schedule --holidays terms.csv matches.xlsx` leaves no match sheet.
  schedule.configureOutput({
    ...schedule.configureOutput(),
    outputError: (text, write) => write(withHolidaysHint(text, schedule.opts<{ holidays?: string[] }>().holidays ?? [])),
  });

  addPeopleInputOptions(
    program
      .command('report')
      .description('How the scheme is going: sign-ups, supply against demand, matching, meetings and data quality, from whichever sheets are given.')
      .argument('[workbooks...]', 'sheets or workbooks edumentor wrote (import, match, schedule), recognised by their sheet names or columns'),
  )
    .option('--roster <file>', 'the roster, or a form export (import runs first; --role, --mapping, --sheet and --date-order apply to it)')
    .option('--matches <file>', 'the match sheet; a match workbook (.xlsx) also gives its Unmatched, Mentors, People, Rejected, Duplicates and Settings sheets')
    .option('--unmatched <file>', 'the unmatched people and why (match --unmatched)')
    .option('--mentors <file>', 'each mentor\'s load (match --mentors)')
    .option('--rota <file>', 'the meeting rota with its status column (schedule output)')
    .option('--rejects <file>', 'the rows import rejected (import --rejects)')
    .option('--duplicates <file>', 'the repeated sign-ups import merged (import --duplicates)')
    .option('--warnings <file>', 'import warnings: kind, message, file, row, column, value')
    .option('--today <date>', 'judge overdue meetings against this date, YYYY-MM-DD (default: today in Europe/London)')
    .option('--redact', 'replace names and e-mails by pseudonyms (Mentor 3, Mentee 7), so the report can be shared')
    .option('--title <text>', 'the report\'s title (default "Mentoring scheme report")')
    .option('--stalled <weeks>', 'a pair with no meeting held for this long counts as stalled (default 4w)')
    .addHelpText('after', EXAMPLES.report)
    .action(async (inputs: string[], options: Record<string, unknown>, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const { runReport } = await import('./commands/report.js');
      finish(await runReport({ ...globals, ...options, inputs }, io), globals);
    });

  return program;
}

function collectFiles(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

type Alternatives = { count?: number; file?: string };

function collectAlternatives(value: string, previous: Alternatives = {}): Alternatives {
  const text = value.trim();
  if (/^\d+$/.test(text)) return { ...previous, count: Number(text) };
  // A negative or a fraction is a number given wrong, not a file name.
  if (/^[-+]?\d+(\.\d*)?$/.test(text)) {
    throw new InvalidArgumentError(`expected how many alternatives to list (0 or more) or a file to write them to; found "${value}"`);
  }
  return { ...previous, file: value };
}

function parseLimit(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return Number(value);
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
  report: `
Examples:
  $ edumentor report matches.xlsx
  $ edumentor report --matches matches.xlsx --rota rota.csv -o report.html
  $ edumentor report --roster people.csv --matches matches.csv --unmatched unmatched.csv --rota rota.csv -o report.md
  $ edumentor report --roster responses.csv --today 2027-02-15 --redact --title "Spring term" -o report.html
  $ edumentor report matches.xlsx --rota rota.xlsx -o report.xlsx
  $ edumentor report matches.xlsx --json > report.json
  $ edumentor report matches.xlsx --rota rota.xlsx --stalled 6w -o report.html`,
  schedule: `
Examples:
  $ edumentor schedule matches.xlsx --start 2027-01-04 --holidays term-dates.csv -o rota.xlsx --ics rota.ics
  $ edumentor schedule matches.csv --every 3w --until 2027-07-16 --max-per-week 1 -o rota.csv --unscheduled unscheduled.csv
  $ edumentor schedule matches.csv --roster people.csv --holidays term-dates-2026-27.ics -o rota.xlsx --ics-dir calendars
  $ edumentor schedule matches.xlsx --rota rota.xlsx --holidays term-dates-2026-27.ics -o rota-2.xlsx --ics rota.ics
  $ edumentor schedule reminders rota.csv --week next -o next-week.csv
  $ edumentor schedule matches.xlsx --groups --roster people.csv -o rota.xlsx --ics rota.ics --intros intros.csv`,
  reminders: `
Examples:
  $ edumentor schedule reminders rota.xlsx --week next -o next-week.csv
  $ edumentor schedule reminders rota.csv --week 2027-W03 --today 2027-01-15
  $ edumentor schedule reminders rota.csv --overdue -o overdue.csv
  crontab (Fridays 07:00, next week's reminders for a mail merge):
  0 7 * * 5  cd /srv/mentoring && edumentor schedule reminders rota.xlsx --week next -o reminders.csv`,
  match: `
Examples:
  $ edumentor match responses.csv -o matches.xlsx
  $ edumentor match people.csv -o matches.csv --unmatched unmatched.csv --mentors mentors.csv --alternatives alternatives.csv
  $ edumentor match responses.csv --config hlta.config.yaml --objective best-scores --min-score 40 -o matches.xlsx
  $ edumentor match responses.csv new-signups.csv --keep matches.xlsx -o matches-2.xlsx
  $ edumentor match responses.csv --algorithm stable --alternatives 5 -o stable.xlsx
  $ edumentor match responses.csv -o matches.xlsx --intros intros.csv --intro-template intro.txt
  $ edumentor match responses.csv --keep matches.xlsx --rota rota.xlsx -o matches-2.xlsx`,
  init: `
Examples:
  $ edumentor init
  $ edumentor init hlta.config.yaml
  $ edumentor init - | less                        # read it without writing a file`,
  import: `
Examples:
  $ edumentor import responses.csv -o people.xlsx
  $ edumentor import responses.csv -o people.csv --rejects rejected.csv --duplicates duplicates.csv
  $ edumentor import mentors.csv mentees.csv --role mentor --role mentee -o people.csv
  $ edumentor import responses.xlsx --explain-mapping
  $ edumentor import mentors.csv --mapping mapping.yaml --write-mapping mapping-full.yaml -o people.csv`,
};

/** commander's "missing required argument 'matches'", with what to do when `--holidays` took the match sheet for a holiday file. */
function withHolidaysHint(text: string, holidays: readonly string[]): string {
  const last = holidays[holidays.length - 1];
  if (!text.includes("missing required argument 'matches'") || last === undefined) return text;
  return `${text}--holidays takes every file named after it, so "${last}" was read as a holidays file: name the match sheet first, as in edumentor schedule ${last} --holidays …\n`;
}
