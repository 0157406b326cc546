/** Feedback in the rota (ratings and fit), and what it leads to: released pairs and exclusions. */
export { withReleases } from './changes.js';
export { EXCLUSION_COLUMNS, exclusionWarnings, mergeExclusions, type ExclusionRow } from './exclusions.js';
export { splitPeople, type NamedPerson } from './people.js';
export { notAFitReleases, releaseReason, type FitMeeting, type Release } from './releases.js';
export {
  FEEDBACK_COLUMNS,
  feedbackCells,
  feedbackIssues,
  FIT_VALUES,
  hasFeedback,
  INVALID,
  parseFit,
  parseRating,
  type FeedbackColumn,
  type FeedbackIssue,
  type Fit,
} from './values.js';
