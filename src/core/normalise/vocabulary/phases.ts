import type { SynonymTable } from './vocabulary.js';

/** School phases, with the wording of forms and of GIAS's PhaseOfEducation names. */
export const PHASES: SynonymTable = {
  'early-years': [
    'Early years', 'EYFS', 'Nursery', 'Reception', 'Early years foundation stage', 'Pre-school', 'Foundation stage',
  ],
  primary: [
    'Primary', 'KS1', 'KS2', 'Key stage 1', 'Key stage 2', 'Infant', 'Junior', 'Middle deemed primary',
    'Primary school',
  ],
  secondary: ['Secondary', 'KS3', 'KS4', 'Key stage 3', 'Key stage 4', 'Middle deemed secondary', 'Secondary school'],
  'post-16': [
    'Post-16', 'Post-16 / FE', '16 plus', 'Sixth form', 'KS5', 'Key stage 5', 'FE', 'Further education', 'College',
    'Post 16',
  ],
  special: [
    'Special', 'Special school', 'Special school / SEND', 'SEND', 'Special educational needs', 'AP',
    'Alternative provision', 'PRU', 'Pupil referral unit',
  ],
  'all-through': ['All-through', 'All through', 'All-through school', 'Through school', 'All phases'],
};
