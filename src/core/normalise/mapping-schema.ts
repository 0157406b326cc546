/**
 * The mapping file: what auto-detection cannot know, written by hand or by `import --write-mapping`
 * and passed back with `--mapping`. JSON or YAML, e.g.
 *
 *   columns:                       # field: header, or a list of headers read together
 *     email: email address
 *     name: [first name, last name]        # joined with a space
 *     stage: grade
 *     role: both mentor and mentee
 *     notes: null                          # no column is notes: do not auto-detect one
 *   values:                        # per field: answer → what it means ('' = no answer)
 *     stage: { SCS1: senior-leader }
 *     role: { "yes": both, "no": "" }      # '' falls back to --role
 *   ignore: [biography]            # columns left out of the roster altogether
 *
 * Fields: id, email, name, role, stage, phases, subjects, focus, region, organisation, mode,
 * availability, capacity, consent, submitted, notes. Headers match case-insensitively, ignoring
 * spaces and punctuation. Fields the file leaves out are auto-detected from the other columns;
 * columns mapped to nothing go to `extra`. A header that no input file has is an error, as is a
 * mapped field none of whose headers a file has (list alternatives: `focus: [offer, priorities]`).
 * Several fields may read the same column (`role` and `stage` from "I am applying as").
 * `values` answers are matched like headers (a multi-select's single options too). The meaning:
 * for role mentor, mentee, both or ''; for mode online, in-person, either or ''; for stage, phases,
 * subjects, focus and region a slug (taken as it is: `french` makes a subject of its own) or the
 * label of a known answer (`Mathematics`), '' for none; for the other fields any text, read as if
 * it were the answer (`3` for capacity, `yes` for consent, a school's full name).
 */
import { z } from 'zod';
import { ROSTER_COLUMNS } from '../types.js';

const fieldName = z.enum(ROSTER_COLUMNS);
const columnReference = z.union([z.string().min(1), z.array(z.string().min(1)).min(1), z.null()]);

/** The zod schema of a mapping file (documented at the top of this file). */
export const mappingSchema = z
  .object({
    columns: z.partialRecord(fieldName, columnReference).optional(),
    values: z.partialRecord(fieldName, z.record(z.string(), z.string())).optional(),
    ignore: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    const allowed = { role: ['mentor', 'mentee', 'both', ''], mode: ['online', 'in-person', 'either', ''] } as const;
    for (const field of ['role', 'mode'] as const) {
      const choices: readonly string[] = allowed[field];
      for (const [answer, meaning] of Object.entries(mapping.values?.[field] ?? {})) {
        if (choices.includes(meaning)) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['values', field, answer],
          message: `expected one of ${choices.map((c) => JSON.stringify(c)).join(', ')}, found ${JSON.stringify(meaning)}`,
        });
      }
    }
  });

/** A validated mapping file. */
export type Mapping = z.infer<typeof mappingSchema>;
