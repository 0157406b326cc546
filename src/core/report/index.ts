/** The report's pure core: sheets in, a model out (see model.ts for its shape). */
export { buildReport, DEFAULT_TITLE } from './build.js';
export { INPUT_KEYS, type InputKey, type MatchSummary, type ReportInput, type ReportOptions, type SheetRecord } from './input.js';
export * from './model.js';
export { DEFAULT_STALLED_WEEKS, parseStalledWeeks } from './stalled.js';
