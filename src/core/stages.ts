/** One rung of a career-stage ladder: higher `rank` is more senior. */
export interface Stage {
  slug: string;
  rank: number;
  label: string;
  /** Extra texts (besides the label and slug) that mean this stage in a form answer. */
  synonyms: string[];
}

/** The default ladder of PRODUCT.md §2; a scheme's config may replace it with its own. */
export const DEFAULT_STAGES: readonly Stage[] = [
  { slug: 'ta', rank: 1, label: 'Teaching assistant', synonyms: [] },
  { slug: 'trainee', rank: 1, label: 'Trainee teacher', synonyms: [] },
  { slug: 'hlta', rank: 2, label: 'HLTA', synonyms: [] },
  { slug: 'ect', rank: 2, label: 'Early-career teacher', synonyms: [] },
  { slug: 'teacher', rank: 3, label: 'Teacher', synonyms: [] },
  { slug: 'middle-leader', rank: 4, label: 'Middle leader', synonyms: [] },
  { slug: 'teacher-educator', rank: 4, label: 'Teacher educator', synonyms: [] },
  { slug: 'senior-leader', rank: 5, label: 'Senior leader', synonyms: [] },
  { slug: 'headteacher', rank: 6, label: 'Headteacher', synonyms: [] },
];

/** slug → rank for a ladder; unknown stages have no rank. */
export function stageRanks(stages: readonly Stage[]): Map<string, number> {
  return new Map(stages.map((s) => [s.slug, s.rank]));
}
