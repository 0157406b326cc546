#!/usr/bin/env node
// Thin launcher: the program lives in dist/ (built by `npm run build`).
import('../dist/cli.js').then((cli) => cli.main(process.argv));
