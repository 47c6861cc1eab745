// `hookline <command>`: the action's engine for local use. Exit 0 ok, 1 findings/failure, 2 usage.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
