import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { formatZodIssues } from '../config/zod-issues.js';
import { InputError, UsageError } from '../errors.js';

/** Config file names looked for in the working folder, in this order. */
export const CONFIG_FILE_NAMES = ['edumentor.config.json', 'edumentor.config.yaml', 'edumentor.config.yml'];

/** Reads a JSON or YAML file (by extension; YAML is a superset of JSON) and validates it with `schema`. */
export async function readStructuredFile<T extends z.ZodType>(file: string, schema: T, what: string): Promise<z.infer<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new InputError(`cannot read the ${what}: ${(cause as Error).message}`, { file, cause });
  }
  let data: unknown;
  try {
    // yaml is loaded only when there is a file to read: most runs have none, and it costs start-up time.
    const { parse } = await import('yaml');
    data = parse(text.replace(/^\uFEFF/, ''), { prettyErrors: true }) ?? {};
  } catch (cause) {
    throw new UsageError(`the ${what} is not valid JSON or YAML: ${(cause as Error).message}`, { file, cause });
  }
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const lines = formatZodIssues(parsed.error, '', schema).map((l) => `  ${l}`).join('\n');
    throw new UsageError(`the ${what} has ${parsed.error.issues.length === 1 ? 'a problem' : 'problems'}:\n${lines}`, { file });
  }
  return parsed.data;
}

/** The config file to use: `--config FILE`, else the first of CONFIG_FILE_NAMES in `cwd`, else none. */
export async function findConfigFile(explicit: string | undefined, cwd: string): Promise<string | undefined> {
  if (explicit) return path.resolve(cwd, explicit);
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(cwd, name);
    try {
      await readFile(candidate);
      return candidate;
    } catch {
      // not there: try the next name
    }
  }
  return undefined;
}
