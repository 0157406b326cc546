import type { SynonymTable } from './vocabulary.js';

/**
 * Areas a mentee wants support with, or a mentor offers: the options of the sample forms (incl.
 * the HLTA standards and a teacher-educator scheme's priorities) and their usual variants.
 */
export const FOCUS: SynonymTable = {
  behaviour: ['Behaviour', 'Behaviour management', 'Classroom management', 'Behaviour and relationships'],
  workload: ['Workload', 'Planning and workload', 'Work-life balance', 'Time management', 'Managing workload'],
  planning: ['Planning', 'Lesson planning', 'Planning and expectations', 'Planning and preparation'],
  'subject-knowledge': [
    'Subject knowledge', 'Subject knowledge and pedagogy', 'Subject expertise', 'Subject-specific pedagogy',
  ],
  send: [
    'SEND', 'SEND and inclusion', 'Inclusion and SEND', 'Inclusion', 'Special educational needs', 'Adaptive teaching',
  ],
  assessment: [
    'Assessment', 'Assessment and feedback', 'Monitoring and assessment', 'Marking and feedback', 'Feedback',
  ],
  careers: [
    'Careers', 'Career progression', 'Career development', 'Applying for jobs and interviews', 'Job applications',
    'Interviews', 'Promotion',
  ],
  wellbeing: ['Wellbeing', 'Well-being', 'Mental health', 'Mental health and wellbeing', 'Resilience'],
  leadership: ['Leadership', 'Leadership and management', 'Middle leadership', 'Senior leadership', 'Management'],
  research: [
    'Research', 'Research and CPD', 'CPD', 'Professional development', 'Evidence-informed practice',
    'Action research',
  ],
  'teaching-and-learning': ['Teaching and learning', 'Pedagogy', 'Teaching', 'Teaching strategies'],
  professionalism: ['Professional attributes', 'Professional conduct', 'Professionalism', 'Professional behaviours'],
  collaboration: ['Working with colleagues', 'Working with others', 'Collaboration', 'Teamwork'],
  curriculum: ['Curriculum', 'Curriculum design', 'Curriculum planning', 'Curriculum development'],
  technology: ['Technology', 'Using technology', 'EdTech', 'Digital skills', 'Technology in the classroom'],
  mentoring: [
    'Mentoring', 'Coaching', 'Mentoring trainees', 'Observing and giving feedback to trainees',
    'Observation and feedback', 'Mentoring and coaching',
  ],
  safeguarding: ['Safeguarding', 'Child protection'],
  pastoral: ['Pastoral', 'Pastoral care'],
  parents: ['Parents', 'Working with parents', 'Working with parents and carers', 'Parental engagement'],
};
