// Preloaded with --import into a process under test: appends its peak RSS (VmHWM, which covers its
// worker threads) and its pid to $HOOKLINE_BENCH_RSS when it exits.
import { appendFileSync, readFileSync } from 'node:fs';

const out = process.env.HOOKLINE_BENCH_RSS;
process.on('exit', () => {
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
  if (out) appendFileSync(out, JSON.stringify({ pid: process.pid, peakRssKb: kb }) + '\n');
});
