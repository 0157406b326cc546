import { createRequire } from 'node:module';

/** edumentor's version, from package.json (recorded in every Settings sheet). */
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
