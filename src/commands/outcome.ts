/** What a command tells the CLI besides its output: how many row-level problems it met (for --strict). */
export interface CommandOutcome {
  rowProblems: number;
}
