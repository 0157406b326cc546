/** The scheduling core (PRODUCT.md §4): pure functions from sheets and settings to a rota and reminders. */
export { englandAndWalesBankHolidays, easterSunday } from './bank-holidays.js';
export { carryOver } from './carry-over.js';
export { localDateIn } from './zones.js';
export { holidayLookup, holidaysFromTable, type HolidayFile } from './holidays.js';
export { parseHolidayCalendar } from './holidays-ics.js';
export { groupForMeetings, type Grouped, type GroupingRule } from './groups.js';
export { pairsFromMatchTable, type MatchSheetPairs } from './match-sheet.js';
export { parseBands, parseDuration, parseEvery, DEFAULT_BAND_TIMES } from './options.js';
export { planRota, type PlanInput, type RotaPlan } from './plan.js';
export { overdueMeetings, parseWeek, remindersForWeek, REMINDER_COLUMNS, type ReminderRow, type WeekRange } from './reminders.js';
export { meetingId, MEETING_STATUSES, ROTA_COLUMNS, rotaFromTable, rotaHeaders, rotaSheet, type RotaRead, type RotaRow } from './rota.js';
export type { ScheduleConfig } from './config-schema.js';
export { resolveScheduleSettings } from './settings.js';
export type * from './types.js';
