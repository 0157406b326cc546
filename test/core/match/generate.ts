import { SLOTS, type Mode, type Person } from '../../../src/core/types.js';
import { mulberry32 } from '../../../bench/lib/prng.js';
import { person } from './builders.js';

const MENTEE_STAGES = ['trainee', 'ect', 'ect', 'ta', 'hlta', 'teacher'];
const MENTOR_STAGES = ['teacher', 'middle-leader', 'middle-leader', 'senior-leader', 'headteacher', 'teacher-educator', 'hlta'];
const PHASES = ['primary', 'primary', 'primary', 'secondary', 'secondary', 'secondary', 'early-years', 'post-16', 'special', 'all-through'];
const SUBJECTS = 'maths english science physics chemistry biology history geography art music pe computing mfl drama re dt'.split(' ');
const FOCUS = 'behaviour workload subject-knowledge send assessment careers wellbeing leadership research'.split(' ');
const REGIONS = 'north-east north-west yorkshire east-midlands west-midlands east-of-england london south-east south-west'.split(' ');
const MODES: Mode[] = ['online', 'online', 'either', 'either', 'either', 'in-person'];

/** A seeded pseudo-random source (mulberry32, the bench's), so generated rosters are the same every run. */
export const random: (seed: number) => () => number = mulberry32;

/** A roster of `size` invented people shaped like a regional scheme's sign-ups. */
export function generateRoster(size: number, seed: number): Person[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const some = <T>(values: readonly T[], max: number): T[] => {
    const count = Math.floor(next() * (max + 1));
    return [...new Set(Array.from({ length: count }, () => pick(values)))].sort();
  };
  return Array.from({ length: size }, (_, i) => {
    const r = next();
    const role = r < 0.55 ? 'mentee' : r < 0.95 ? 'mentor' : 'both';
    const phases = next() < 0.1 ? [pick(PHASES), pick(PHASES)] : [pick(PHASES)];
    return person({
      id: `p${String(i).padStart(6, '0')}`,
      role,
      stage: next() < 0.03 ? '' : pick(role === 'mentee' ? MENTEE_STAGES : MENTOR_STAGES),
      phases: [...new Set(phases)].sort(),
      subjects: some(SUBJECTS, 3),
      focus: some(FOCUS, 3),
      region: next() < 0.05 ? '' : pick(REGIONS),
      organisation: `School ${Math.floor(next() * size * 0.2)}`,
      mode: pick(MODES),
      availability: SLOTS.filter((slot) => !slot.startsWith('s') && next() < 0.15),
      capacity: role === 'mentee' ? null : pick([0, 1, 1, 1, 1, 1, 2, 2, 2, 3]),
      consent: next() < 0.97,
    });
  });
}
