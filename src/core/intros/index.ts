/** Introductions: one mail-merge row per person per partner, with a message from a template. */
export { DEFAULT_INTRO_TEMPLATE, WITHHELD_INTRO_TEMPLATE } from './default-templates.js';
export { firstMeetings, meetingText, type FirstMeeting } from './first-meetings.js';
export { introPairsFromRecords } from './match-records.js';
export {
  EXTRA_PLACEHOLDERS,
  INTRO_COLUMNS,
  INTRO_PLACEHOLDERS,
  introRows,
  namesInWords,
  type IntroInput,
  type IntroPair,
  type IntroPerson,
  type IntroRow,
} from './rows.js';
export { compileTemplate, renderTemplate, type IntroTemplate } from './template.js';
