/** Group mentoring: which mentors meet their mentees together, and the group id of each pair. */
export { groupId, groupMentorEmails, groupsOf, wantsGroups, type GroupablePair } from './groups.js';
