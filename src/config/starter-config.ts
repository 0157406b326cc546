/** The commented config `edumentor init` writes; a test checks that it validates against configSchema. */
export const STARTER_CONFIG = `# edumentor scheme config. edumentor reads edumentor.config.yaml (or .json) from the folder you
# run it in, or the file named with --config. Every key is optional: delete what you do not need.

match:
  # How much each criterion counts towards the 0-100 score (any non-negative numbers; they are scaled).
  weights:
    phase: 25          # share a phase (primary, secondary, ...)
    subjects: 20       # share of the mentee's subjects the mentor teaches
    focus: 20          # share of the mentee's focus areas the mentor offers
    availability: 15   # common weekly slots
    region: 10         # same region (or same organisation when sameOrganisation is prefer)
    stage: 10          # the mentor is a step or two ahead (see idealStageGap)
  idealStageGap: { min: 1, max: 2 }
  # Hard rules: a pair that breaks one is never made.
  rules:
    sameOrganisation: forbid     # forbid | allow | prefer
    minStageGap: 1               # mentor's stage must be this many ranks above the mentee's; 0 = off
    phase: shared                # shared | off
    inPersonSameRegion: true     # if either meets only in person, they must be in the same region
    availability: scored         # scored | required (at least one common slot)
    consent: true                # both must have agreed to share their details
  objective: most-matched        # most-matched | best-scores
  minScore: 0                    # never make a pair scoring below this
  algorithm: optimal             # optimal | stable
  alternatives: 3                # next-best mentors listed per mentee

# A scheme's own career ladder (replaces the default one). Higher rank = more senior.
# stages:
#   - { slug: aa, rank: 1, label: Administrative Assistant, synonyms: [AA] }
#   - { slug: eo, rank: 3, label: Executive Officer, synonyms: [EO] }

# Extra words your form uses, mapped to edumentor's values.
# vocabulary:
#   subjects: { "Maths GCSE": mathematics }
#   region: { "Kernow": cornwall }

# import:
#   dateOrder: dmy               # how 01/02/2026 reads when a file cannot tell: dmy | mdy
`;
