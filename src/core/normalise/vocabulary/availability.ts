import type { BANDS, DAYS } from '../../types.js';

/** A day of the week as slots name it (`mon`). */
export type Day = (typeof DAYS)[number];
/** A part of the day as slots name it (`after-school`). */
export type Band = (typeof BANDS)[number];

/** Words (lower case, no punctuation) that name one or more days. */
export const DAY_WORDS: Readonly<Record<string, readonly Day[]>> = {
  monday: ['mon'], mondays: ['mon'], mon: ['mon'],
  tuesday: ['tue'], tuesdays: ['tue'], tue: ['tue'], tues: ['tue'],
  wednesday: ['wed'], wednesdays: ['wed'], wed: ['wed'], weds: ['wed'],
  thursday: ['thu'], thursdays: ['thu'], thu: ['thu'], thur: ['thu'], thurs: ['thu'],
  friday: ['fri'], fridays: ['fri'], fri: ['fri'],
  saturday: ['sat'], saturdays: ['sat'], sat: ['sat'],
  sunday: ['sun'], sundays: ['sun'], sun: ['sun'],
  weekday: ['mon', 'tue', 'wed', 'thu', 'fri'], weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekend: ['sat', 'sun'], weekends: ['sat', 'sun'],
};

/** Phrases (lower-case words) that name a part of the day; longer phrases are tried first. */
export const BAND_PHRASES: readonly (readonly [string, Band])[] = [
  ['before school', 'morning'], ['early morning', 'morning'], ['mornings', 'morning'], ['morning', 'morning'],
  ['breakfast', 'morning'], ['am', 'morning'],
  ['lunchtimes', 'lunch'], ['lunchtime', 'lunch'], ['lunch time', 'lunch'], ['lunch', 'lunch'], ['midday', 'lunch'],
  ['after school', 'after-school'], ['afterschool', 'after-school'], ['afternoons', 'after-school'],
  ['afternoon', 'after-school'], ['twilight', 'after-school'], ['pm', 'after-school'],
  [
    'after work', 'evening'], ['evenings', 'evening'], ['evening', 'evening'], ['nights', 'evening'], ['night',
    'evening',
  ],
];

/** Answers that mean every slot. */
export const ANY_TIME = ['any time', 'anytime', 'any', 'whenever', 'flexible', 'any day', 'all week'];
