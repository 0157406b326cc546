import type { z } from 'zod';

/** zod issues as `path: message` lines an organiser can act on. */
export function formatZodIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return `${path || '(top level)'}: ${issue.message}`;
  });
}
