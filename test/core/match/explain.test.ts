import { describe, expect, it } from 'vitest';
import { agreedMode, describePair, list, slotLabel, titleCase, type PairFacts } from '../../../src/core/match/explain.js';
import { MODE_EITHER, MODE_IN_PERSON, MODE_ONLINE } from '../../../src/core/match/roster.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';

const stage = (slug: string) => DEFAULT_STAGES.find((s) => s.slug === slug);
const facts = (changes: Partial<PairFacts>): PairFacts => ({
  shared_phases: [],
  shared_subjects: [],
  shared_focus: [],
  common_slots: [],
  mode: 'either',
  region: '',
  sameOrganisation: false,
  viaAllThrough: false,
  ...changes,
});

describe('describePair', () => {
  it('says what the pair has in common, in order', () => {
    const text = describePair(
      facts({
        shared_phases: ['secondary'],
        shared_subjects: ['maths'],
        region: 'north-west',
        common_slots: ['tue-after-school'],
      }),
      undefined,
      undefined,
    );
    expect(text).toBe('Both secondary; shared subject maths; same region (North West); both free Tuesday after school');
  });

  it('names the region as written', () => {
    expect(describePair(facts({ region: 'outside-the-uk' }), undefined, undefined)).toBe('Same region (Outside the UK)');
    expect(describePair(facts({ region: 'east-of-england' }), undefined, undefined)).toBe('Same region (East of England)');
  });

  it('lists several values, names the stages and counts extra slots', () => {
    const text = describePair(
      facts({
        shared_phases: ['primary', 'early-years'],
        shared_subjects: ['maths', 'design-and-technology', 'art'],
        shared_focus: ['behaviour', 'send'],
        common_slots: ['mon-morning', 'wed-lunch', 'thu-evening', 'fri-evening'],
        sameOrganisation: true,
      }),
      stage('senior-leader'),
      stage('ect'),
    );
    expect(text).toBe(
      'Both primary and early years; shared subjects maths, design and technology and art; mentor offers behaviour and send; ' +
        'same organisation; both free Monday before school and Wednesday at lunchtime (+2 more); Senior leader for Early-career teacher',
    );
  });

  it('says when the phase is shared through all-through, and when nothing is shared', () => {
    expect(describePair(facts({ shared_phases: ['primary'], viaAllThrough: true }), undefined, undefined)).toBe(
      'All-through covers primary',
    );
    expect(describePair(facts({}), undefined, undefined)).toBe('Meets every rule; nothing else in common');
  });
});

describe('labels', () => {
  it('names slots, regions and lists', () => {
    expect(slotLabel('sun-evening')).toBe('Sunday in the evening');
    expect(slotLabel('tue-after-school')).toBe('Tuesday after school');
    expect(titleCase('yorkshire-and-the-humber')).toBe('Yorkshire and the Humber');
    expect(titleCase('newcastle-upon-tyne')).toBe('Newcastle upon Tyne');
    expect(list(['a'])).toBe('a');
    expect(list(['early-years', 'primary'], 'or')).toBe('early years or primary');
    expect(list([])).toBe('');
  });

  it('agrees a meeting mode: online wins, then in person', () => {
    expect(agreedMode(MODE_ONLINE, MODE_EITHER)).toBe('online');
    expect(agreedMode(MODE_EITHER, MODE_IN_PERSON)).toBe('in-person');
    expect(agreedMode(MODE_IN_PERSON, MODE_ONLINE)).toBe('online');
    expect(agreedMode(MODE_EITHER, MODE_EITHER)).toBe('either');
  });
});
