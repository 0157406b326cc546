/**
 * The answers of the sample Google Form (fixtures/edumentoring/responses.csv), copied from it,
 * with weights taken from how often the sample gives each one.
 */

/** The header row, exactly as the sample has it. */
export const HEADERS = [
  'Timestamp',
  'Email address',
  'Full name',
  'Twitter handle (optional)',
  'Are you signing up as a mentor or a mentee?',
  'Which best describes your current role?',
  'Which phase(s) do you work in?',
  'Subject specialism(s)',
  'Where are you based?',
  'Name of your school or organisation',
  'Which areas would you like support with, or could you offer support with?',
  'How would you prefer to meet?',
  'When are you usually free to meet? [Monday]',
  'When are you usually free to meet? [Tuesday]',
  'When are you usually free to meet? [Wednesday]',
  'When are you usually free to meet? [Thursday]',
  'When are you usually free to meet? [Friday]',
  'When are you usually free to meet? [Saturday]',
  'When are you usually free to meet? [Sunday]',
  'Mentors: how many mentees could you support?',
  "Anything else you'd like us to know?",
  'I agree to my name, email and answers being shared with my mentor or mentee',
];

export const ROLE_ANSWERS = {
  mentee: "Mentee - I'd like some support",
  mentor: "Mentor - I'd like to support someone",
  both: "Both - I'd like a mentor and I can mentor someone",
};

/** 45% offer to mentor (a few of them as "Both"), 55% only want a mentor. */
export const ROLE_WEIGHTS = [
  ['mentee', 55],
  ['mentor', 42.5],
  ['both', 2.5],
];

const MIDDLE_LEADER = 'Middle leader (e.g. Head of Department, Head of Year)';

/**
 * Current role by side: the sample's answers, in its proportions, except that a national scheme's
 * mentors are more often experienced teachers and fewer of its mentees are already leaders.
 */
export const STAGE_WEIGHTS = {
  mentee: [
    ['NQT / ECT (year 1)', 49],
    ['ECT (year 2)', 43],
    ['Trainee teacher (School Direct/SCITT)', 31],
    ['Student teacher (PGCE/BEd/BA QTS)', 30],
    ['Teaching assistant', 18],
    ['RQT', 12],
    [MIDDLE_LEADER, 5],
    ['Classroom teacher', 6],
  ],
  mentor: [
    [MIDDLE_LEADER, 50],
    ['Senior leader (SLT)', 34],
    ['Classroom teacher', 24],
    ['Teacher educator / ITE tutor', 22],
    ['RQT', 10],
    ['HLTA', 8],
    ['Headteacher / Principal', 12],
  ],
  both: [
    ['RQT', 7],
    ['NQT / ECT (year 1)', 5],
    ['Classroom teacher', 3],
    ['ECT (year 2)', 3],
    [MIDDLE_LEADER, 3],
  ],
};

/** Phase answers (checkboxes joined by `, `), in the sample's proportions. */
export const PHASE_WEIGHTS = [
  ['Primary', 139],
  ['Secondary', 136],
  ['Special school / SEND', 33],
  ['Early years', 22],
  ['Primary, Secondary', 21],
  ['Post-16 / FE', 20],
  ['All-through', 18],
  ['Secondary, All-through', 6],
  ['Secondary, Post-16 / FE', 5],
  ['Primary, Special school / SEND', 3],
  ['Early years, Primary', 2],
  ['Secondary, Special school / SEND', 2],
  ['Primary, Post-16 / FE', 2],
  ['Early years, All-through', 2],
  ['Primary, All-through', 2],
  ['Early years, Secondary', 1],
  ['Special school / SEND, All-through', 1],
  ['Early years, Post-16 / FE', 1],
];

/** Teacher educators and ITE tutors usually train for more than one phase. */
export const CROSS_PHASE_WEIGHTS = [
  ['Primary, Secondary', 40],
  ['Early years, Primary', 15],
  ['Secondary, Post-16 / FE', 15],
  ['Primary, Secondary, Special school / SEND', 10],
  ['Primary', 10],
  ['Secondary', 10],
];

export const PRIMARY_ALL_SUBJECTS = 'Primary (all subjects)';

/** Subject specialisms in the form's option order (PSHE is one option with commas in it). */
export const SUBJECTS = [
  'English',
  'Mathematics',
  'Science',
  'Biology',
  'Chemistry',
  'Physics',
  'Computing',
  'History',
  'Geography',
  'Modern foreign languages',
  'Religious education',
  'Art and design',
  'Design and technology',
  'Music',
  'Drama',
  'Physical education',
  'Psychology',
  'Business studies',
  'Personal, social, health and economic education (PSHE)',
];

/** How many specialisms people tick (sample: 148 one, 165 two, 91 three). */
export const SUBJECT_COUNT_WEIGHTS = [
  [1, 148],
  [2, 165],
  [3, 91],
];

export const REGION_WEIGHTS = [
  ['South East', 66],
  ['London', 64],
  ['North West', 57],
  ['East of England', 51],
  ['Yorkshire and the Humber', 50],
  ['West Midlands', 35],
  ['South West', 30],
  ['East Midlands', 25],
  ['North East', 13],
  ['Wales', 9],
  ['Northern Ireland', 7],
  ['Outside the UK', 5],
  ['Scotland', 4],
];

/** Focus areas in the form's option order. */
export const FOCUS_AREAS = [
  'Behaviour management',
  'Planning and workload',
  'Subject knowledge',
  'Assessment and feedback',
  'SEND and inclusion',
  'Applying for jobs and interviews',
  'Wellbeing',
  'Career progression',
  'Leadership',
  'Research and CPD',
];

/** "Other: …" answers the sample holds (about 4% of people give one). */
export const FOCUS_OTHER = [
  'Other: Moving into SENCo role, not sure yet',
  'Other: EAL learners',
  'Other: Returning after maternity leave',
];

export const FOCUS_COUNT_WEIGHTS = [
  [1, 114],
  [2, 83],
  [3, 109],
  [4, 94],
];

/**
 * Most people meet online or either way. The sample's grassroots scheme has 17% "In person"; a
 * national scheme, whose pairs live far apart, fewer.
 */
export const MODE_WEIGHTS = [
  ['Online (video call)', 55],
  ['Either is fine', 33],
  ['In person', 12],
];

/** Columns of the availability grid, and its options in order. */
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const BANDS = ['Before school', 'Lunchtime', 'After school', 'Evening'];
/** Share of people who tick anything on a day (sample: about 30% on weekdays, 14% at weekends). */
export const DAY_FREE_SHARE = [0.3, 0.28, 0.29, 0.28, 0.31, 0.12, 0.15];

/** Capacity answers, in the sample's proportions. */
export const CAPACITY_WEIGHTS = [
  ['1', 66],
  ['One', 38],
  ['2', 41],
  ['2 mentees', 22],
  ['3', 16],
];

export const FIRST_NAMES = [
  'Kerin', 'Emily', 'Joanne', 'Dylan', 'Calum', 'Olivia', 'Łukasz', 'Charlie', 'Noah', 'Fatima', 'Grace', 'Aisha',
  'Ava', 'Hannah', 'Ellen', 'Oscar', 'Oliver', 'Siân', 'Stephen', 'Ewa', 'Claire', 'Ravi', 'Rhys', 'Niamh',
  'Muhammad', 'Leo', 'Jacob', 'Rosie', 'Lily', 'Thomas', 'Euan', 'Órla', 'Bronte', 'Tomasz', 'Kofi', 'Priya',
  'Rachel', 'Isla', 'Zoë', 'Chloe', 'Callum', 'Freya', 'Jack', 'Arthur', 'Aoife', 'Amelia', 'Sophie', 'Harry',
  'Mia', 'George',
];

export const LAST_NAMES = [
  'Ó Súilleabháin', 'Wilson', 'Wood', 'Price', 'Williams', 'Patel', 'White', 'Walker', 'Roberts', "O'Brien",
  'Okafor', 'Mensah', 'Begum', 'Clarke', 'MacDonald', 'Robinson', 'Khan', 'Ahmed', 'Jones', 'Johnson', 'Hall',
  'Smith', 'Hughes', 'Wright', 'Thompson', 'Kowalski', 'Green', 'Evans', 'Taylor', 'Lewis-Hamilton', 'Nguyễn',
  'Edwards', 'Jackson', 'Brown', 'Davies',
];

export const EMAIL_DOMAINS = ['school.example', 'academy.example', 'example.com', 'example.net', 'example.org'];

/** The free-text notes people leave now and then (one has a line break and quotes, as in the sample). */
export const NOTES = [
  'I work part-time (Mon-Wed).\nPlease email, not phone, "thanks"!',
  'Happy to meet before 8am or after 5pm only.',
  'On maternity leave until February.',
  'I would prefer a mentor outside my trust.',
  'Can only do fortnightly.',
];
