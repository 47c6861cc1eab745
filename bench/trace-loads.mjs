// Preloaded with --import into the process under test: records every module file it loads and
// writes the list to $HOOKLINE_BENCH_TRACE when the process exits (which SDK chunks a run loads).
import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';

const out = process.env.HOOKLINE_BENCH_TRACE;
const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => {
  if (out) appendFileSync(out, JSON.stringify({ pid: process.pid, argv: process.argv.slice(1), loaded }) + '\n');
});
