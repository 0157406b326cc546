import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../../../src/core/stages.js';
import { buildVocabularies } from '../../../../src/core/normalise/vocabulary/build.js';
import { lookUp } from '../../../../src/core/normalise/vocabulary/vocabulary.js';

const vocabularies = buildVocabularies(DEFAULT_STAGES);

describe('built-in vocabularies', () => {
  it.each([
    ['Trainee teacher (School Direct/SCITT)', 'trainee'],
    ['Student teacher (PGCE/BEd/BA QTS)', 'trainee'],
    ['NQT / ECT (year 1)', 'ect'],
    ['ECT (year 2)', 'ect'],
    ['RQT', 'ect'],
    ['HLTA', 'hlta'],
    ['Teaching assistant', 'ta'],
    ['TA working towards HLTA', 'ta'],
    ['Classroom teacher', 'teacher'],
    ['Middle leader (e.g. Head of Department, Head of Year)', 'middle-leader'],
    ['Senior leader (SLT)', 'senior-leader'],
    ['Deputy head', 'senior-leader'],
    ['Headteacher / Principal', 'headteacher'],
    ['Teacher educator / ITE tutor', 'teacher-educator'],
    ['ITE tutor', 'teacher-educator'],
    ['Mentor lead', 'teacher-educator'],
    ['Programme leader', 'teacher-educator'],
    ['Lecturer in Education', 'teacher-educator'],
  ])('stage %s → %s', (text, slug) => expect(lookUp(vocabularies.stage, text)).toBe(slug));

  it.each([
    ['Special school / SEND', 'special'],
    ['Post-16 / FE', 'post-16'],
    ['Early years', 'early-years'],
    ['All-through', 'all-through'],
    ['16 plus', 'post-16'],
    ['Special', 'special'],
  ])('phase %s → %s', (text, slug) => expect(lookUp(vocabularies.phases, text)).toBe(slug));

  it.each([
    ['Maths', 'mathematics'],
    ['Mathematics', 'mathematics'],
    ['PE', 'physical-education'],
    ['Physical education', 'physical-education'],
    ['MFL', 'modern-foreign-languages'],
    ['French', 'modern-foreign-languages'],
    ['Modern foreign languages', 'modern-foreign-languages'],
    ['Personal, social, health and economic education (PSHE)', 'pshe'],
    ['Primary (all subjects)', 'primary-all-subjects'],
    ['Business studies', 'business-studies'],
    ['Religious education', 'religious-education'],
  ])('subject %s → %s', (text, slug) => expect(lookUp(vocabularies.subjects, text)).toBe(slug));

  it.each([
    ['Behaviour management', 'behaviour'],
    ['Planning and workload', 'workload'],
    ['SEND and inclusion', 'send'],
    ['Inclusion and SEND', 'send'],
    ['Assessment and feedback', 'assessment'],
    ['Monitoring and assessment', 'assessment'],
    ['Applying for jobs and interviews', 'careers'],
    ['Career progression', 'careers'],
    ['Research and CPD', 'research'],
    ['Professional attributes', 'professionalism'],
    ['Working with colleagues', 'collaboration'],
    ['Observing and giving feedback to trainees', 'mentoring'],
    ['Using technology', 'technology'],
    ['Curriculum design', 'curriculum'],
  ])('focus %s → %s', (text, slug) => expect(lookUp(vocabularies.focus, text)).toBe(slug));

  it.each([
    ['Yorkshire and the Humber', 'yorkshire-and-the-humber'],
    ['East of England', 'east-of-england'],
    ['Northern Ireland', 'northern-ireland'],
    ['Outside the UK', 'outside-the-uk'],
    ['Cornwall', 'cornwall'],
    ['Bristol, City of', 'bristol'],
    ['Bolton', 'bolton'],
    ['St. Helens', 'st-helens'],
  ])('region %s → %s', (text, slug) => expect(lookUp(vocabularies.region, text)).toBe(slug));

  it.each([
    ['Online (video call)', 'online'],
    ['Video call', 'online'],
    ['Phone', 'online'],
    ['Email', 'online'],
    ['In person', 'in-person'],
    ['Visit', 'in-person'],
    ['Either is fine', 'either'],
  ])('mode %s → %s', (text, slug) => expect(lookUp(vocabularies.mode, text)).toBe(slug));
});

describe('a scheme’s own words', () => {
  const ladder = [
    { slug: 'seo', rank: 5, label: 'Senior Executive Officer', synonyms: ['SEO'] },
    { slug: 'g7', rank: 6, label: 'Grade 7', synonyms: ['G7'] },
    { slug: 'teacher', rank: 3, label: 'Teacher', synonyms: [] },
  ];
  const own = buildVocabularies(ladder, { subjects: { 'Maths GCSE': 'Mathematics', Latin: 'latin' } }, { stage: { Grade7: 'g7', Unknown: '' } });

  it('takes stages from the ladder, with the built-in wordings only of its own slugs', () => {
    expect(lookUp(own.stage, 'G7')).toBe('g7');
    expect(lookUp(own.stage, 'grade 7')).toBe('g7');
    expect(lookUp(own.stage, 'seo')).toBe('seo');
    expect(lookUp(own.stage, 'Classroom teacher')).toBe('teacher');
    expect(lookUp(own.stage, 'HLTA')).toBeUndefined();
  });

  it('reads extra vocabulary and mapping values, meanings given as labels or slugs', () => {
    expect(lookUp(own.subjects, 'maths gcse')).toBe('mathematics');
    expect(lookUp(own.subjects, 'Latin')).toBe('latin');
    expect(lookUp(own.stage, 'Unknown')).toBe('');
  });
});
