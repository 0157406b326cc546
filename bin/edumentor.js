#!/usr/bin/env node
// Thin launcher: the program lives in dist/ (built by `npm run build`).
import module from 'node:module';

// Node 22.1 and later keep compiled code between runs, which shortens every start; Node 20 has no such cache.
module.enableCompileCache?.();
import('../dist/cli.js').then((cli) => cli.main(process.argv));
