import { z } from 'zod';

const synonyms = z.record(z.string(), z.string());

/**
 * A scheme's own synonyms per field: answer text → slug (or label), e.g.
 * `{ "subjects": { "Maths GCSE": "mathematics" }, "region": { "Kernow": "cornwall" } }`.
 * They win over the built-in vocabularies; matching ignores case, spaces and punctuation.
 */
export const vocabularySchema = z
  .object({
    role: z.record(z.string(), z.enum(['mentor', 'mentee', 'both'])).optional(),
    stage: synonyms.optional(),
    phases: synonyms.optional(),
    subjects: synonyms.optional(),
    focus: synonyms.optional(),
    region: synonyms.optional(),
    mode: z.record(z.string(), z.enum(['online', 'in-person', 'either'])).optional(),
  })
  .strict();

/** A scheme's extra synonyms (see vocabularySchema). */
export type ExtraVocabulary = z.infer<typeof vocabularySchema>;
