import { defineConfig } from 'vitest/config';

// CI asks for a JSON report beside the usual one, to print a plain "N passed, N failed" line.
const jsonReport = process.env.EDUMENTOR_TEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
