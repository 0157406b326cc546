// Preloaded with `node --import` when GNU time is missing: writes the process's peak RSS (KiB,
// worker threads included) to $BENCH_MAXRSS_FILE as it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_MAXRSS_FILE;
  if (file) writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
