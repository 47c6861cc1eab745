// npm run realset [-- --json]
//
// Measures the diagnosis engine on the public real-world regression set
// (test/fixtures/real-failures, see docs/real-failures.md): accuracy overall and per service, then
// every miss as "expected → got" with its id and source, grouped by expected category.
import { diagnose } from '../src/diagnose/index.js';
import { accuracy, evaluate, loadRealFailures, type CaseResult } from '../test/fixtures/real-failures/realset.js';

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function summary(label: string, results: readonly CaseResult[]): string {
  const right = results.filter((r) => r.got === r.expected).length;
  return `${label.padEnd(11)} ${String(right).padStart(3)}/${String(results.length).padEnd(3)} ${pct(accuracy(results))}`;
}

function main(): number {
  // `npm run realset | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  const results = evaluate(loadRealFailures(), diagnose);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ accuracy: accuracy(results), results }, null, 2));
    return 0;
  }
  console.log(summary('all', results));
  for (const service of ['codedeploy', 'beanstalk']) {
    console.log(
      summary(
        service,
        results.filter((r) => r.id.startsWith(`${service}/`)),
      ),
    );
  }
  const misses = results.filter((r) => r.got !== r.expected).sort((a, b) => (a.expected + a.id < b.expected + b.id ? -1 : 1));
  if (misses.length) console.log(`\nconfusion (${misses.length} misses, expected → got):`);
  for (const m of misses) console.log(`  ${m.expected} → ${m.got ?? '(none)'}  ${m.id}  ${m.source}`);
  return 0;
}

process.exitCode = main();
