import { z } from 'zod';
import { matchConfigSchema } from '../core/match/config-schema.js';
import { mappingSchema } from '../core/normalise/mapping-schema.js';
import { vocabularySchema } from '../core/normalise/vocabulary-schema.js';
import { scheduleConfigSchema } from '../core/schedule/config-schema.js';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug: lower-case letters, digits and hyphens');

const stageSchema = z
  .object({
    slug,
    rank: z.number().int('expected a whole number').min(0),
    label: z.string().optional(),
    synonyms: z.array(z.string()).default([]),
  })
  .strict();

const importSectionSchema = z
  .object({
    dateOrder: z.enum(['dmy', 'mdy']).optional(),
    mapping: mappingSchema.optional(),
  })
  .strict();

/** The `match` section: the matcher's settings, and `groups` (mentors meet their mentees together), which `match` and `schedule` read. */
const matchSectionSchema = matchConfigSchema.extend({ groups: z.boolean('expected true or false').optional() });

/** The scheme config file (`edumentor.config.json|yaml`): every section optional. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    stages: z.array(stageSchema).min(1, 'a ladder needs at least one stage').optional(),
    vocabulary: vocabularySchema.optional(),
    import: importSectionSchema.optional(),
    match: matchSectionSchema.optional(),
    schedule: scheduleConfigSchema.optional(),
  })
  .strict();

/** A validated config file. */
export type Config = z.infer<typeof configSchema>;
