import type { Stage } from '../../stages.js';
import type { SynonymTable } from './vocabulary.js';

/**
 * Form wordings of the default ladder's stages (PRODUCT.md §2). They apply to whichever of these
 * slugs a scheme's ladder has; a scheme's own stages bring their own label and synonyms.
 */
export const STAGE_WORDINGS: SynonymTable = {
  ta: [
    'TA', 'Teaching assistant', 'Teaching assistant (TA)', 'Learning support assistant', 'LSA', 'Classroom assistant',
    'Support staff', 'TA working towards HLTA', 'Working towards HLTA', 'Aspiring HLTA',
  ],
  trainee: [
    'Trainee', 'Trainee teacher', 'Trainee teacher (School Direct/SCITT)', 'Student teacher',
    'Student teacher (PGCE/BEd/BA QTS)', 'PGCE student', 'PGCE', 'ITT trainee', 'School Direct', 'SCITT',
    'Teacher apprentice', 'Postgraduate teaching apprentice', 'Unqualified teacher',
  ],
  hlta: ['HLTA', 'Higher level teaching assistant', 'Higher-level teaching assistant (HLTA)'],
  ect: [
    'ECT', 'NQT', 'RQT', 'NQT / ECT (year 1)', 'ECT (year 2)', 'ECT1', 'ECT2', 'ECT year 1', 'ECT year 2',
    'Early career teacher', 'Early-career teacher (ECT)', 'Newly qualified teacher', 'Recently qualified teacher', 'NQT+1',
  ],
  teacher: [
    'Teacher', 'Classroom teacher', 'Class teacher', 'Subject teacher', 'Main scale teacher', 'Qualified teacher',
    'Experienced teacher',
  ],
  'middle-leader': [
    'Middle leader', 'Middle leader (e.g. Head of Department, Head of Year)', 'Head of department', 'Head of year',
    'Head of faculty', 'Subject leader', 'Head of subject', 'Curriculum leader', 'Key stage leader', 'Phase leader',
    'Pastoral leader', 'SENCo', 'Lead practitioner', 'TLR holder',
  ],
  'teacher-educator': [
    'Teacher educator', 'Teacher educator / ITE tutor', 'ITE tutor', 'ITT tutor', 'University tutor', 'Link tutor',
    'Professional tutor', 'Induction tutor', 'Mentor lead', 'Lead mentor', 'Programme leader', 'ITE lead',
    'Lecturer in education', 'Teacher trainer',
  ],
  'senior-leader': [
    'Senior leader', 'Senior leader (SLT)', 'SLT', 'Senior leadership team', 'Deputy head', 'Deputy headteacher',
    'Assistant head', 'Assistant headteacher', 'Deputy principal', 'Vice principal', 'Assistant principal',
  ],
  headteacher: [
    'Headteacher', 'Head teacher', 'Headteacher / Principal', 'Head', 'Principal', 'Executive headteacher',
    'Executive head', 'Head of school',
  ],
};

/** The synonym table of a ladder: each rung's label and synonyms, plus the built-in wordings of its slug. */
export function ladderSynonyms(stages: readonly Stage[]): SynonymTable {
  return Object.fromEntries(
    stages.map((stage) => [stage.slug, [stage.label, ...stage.synonyms, ...(STAGE_WORDINGS[stage.slug] ?? [])]]),
  );
}
