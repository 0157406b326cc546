import type { SynonymTable } from './vocabulary.js';

/**
 * School subjects: the national curriculum in England (2014 framework, incl. RE and RSE) plus the
 * subjects forms commonly offer. Modern languages are one subject, `modern-foreign-languages`,
 * because schemes pair language teachers with each other; a scheme that wants French apart from
 * Spanish adds `{ subjects: { French: french } }` to its vocabulary config.
 */
export const SUBJECTS: SynonymTable = {
  english: ['English', 'English language', 'English literature', 'English lit', 'English lang', 'Literacy'],
  mathematics: ['Maths', 'Math', 'Mathematics', 'Further maths', 'Further mathematics', 'Numeracy', 'Statistics'],
  science: ['Science', 'Combined science', 'General science', 'Sciences'],
  biology: ['Biology'],
  chemistry: ['Chemistry'],
  physics: ['Physics'],
  'art-and-design': ['Art', 'Art and design', 'Art & design', 'Fine art', 'Art and design (inc. photography)'],
  citizenship: ['Citizenship'],
  computing: ['Computing', 'Computer science', 'ICT', 'Information technology', 'IT'],
  'design-and-technology': [
    'Design and technology', 'Design & technology', 'D&T', 'DT', 'Design technology', 'Product design',
  ],
  'food-and-nutrition': ['Food', 'Food technology', 'Food preparation and nutrition', 'Cooking and nutrition'],
  'modern-foreign-languages': [
    'Modern foreign languages', 'MFL', 'Languages', 'Modern languages', 'Foreign languages', 'Language',
    'French', 'Spanish', 'German', 'Italian', 'Mandarin', 'Chinese', 'Japanese', 'Arabic', 'Urdu', 'Polish',
    'Portuguese', 'Russian', 'Punjabi', 'Bengali', 'Welsh',
  ],
  classics: ['Classics', 'Latin', 'Ancient Greek', 'Classical civilisation'],
  geography: ['Geography'],
  history: ['History'],
  music: ['Music'],
  drama: ['Drama', 'Theatre studies', 'Performing arts'],
  dance: ['Dance'],
  'physical-education': ['PE', 'P.E.', 'Physical education', 'PE and sport', 'Sport', 'Games'],
  'religious-education': [
    'RE', 'R.E.', 'RS', 'Religious education', 'Religious studies', 'RE/RS', 'Philosophy and ethics',
  ],
  'relationships-and-sex-education': [
    'RSE', 'SRE', 'Relationships and sex education', 'Sex and relationship education', 'Relationships education',
  ],
  pshe: [
    'PSHE', 'PSHCE', 'PSHE education', 'Personal, social, health and economic education (PSHE)',
    'Personal, social, health and economic education',
  ],
  'business-studies': ['Business', 'Business studies', 'Business and economics'],
  economics: ['Economics'],
  psychology: ['Psychology'],
  sociology: ['Sociology'],
  'media-studies': ['Media', 'Media studies', 'Film studies'],
  law: ['Law'],
  politics: ['Politics', 'Government and politics'],
  philosophy: ['Philosophy'],
  'health-and-social-care': ['Health and social care'],
  engineering: ['Engineering'],
  'primary-all-subjects': [
    'Primary (all subjects)', 'All primary subjects', 'Primary generalist', 'All subjects', 'Primary curriculum',
  ],
  'early-years-curriculum': ['EYFS curriculum', 'Early years foundation stage', 'EYFS'],
  phonics: ['Phonics', 'Early reading', 'Phonics and early reading'],
};
