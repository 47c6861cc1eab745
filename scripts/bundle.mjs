// Builds dist/: one ncc bundle per entry (action main, post step, CLI), each in its own folder so
// ncc's numbered chunk files can never collide between entries, plus a one-line shim at the path
// action.yml and package.json name (dist/index.js, dist/post.js, dist/cli.js).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sourceStamp } from './source-stamp.mjs';

const require = createRequire(import.meta.url);
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');
const entries = { index: 'src/index.ts', post: 'src/post.ts', cli: 'src/cli.ts' };
// `--out DIR` builds elsewhere (parallel work, benchmarks); the product is always dist/.
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : 'dist';

/** Third-party licences of everything bundled, by package: one dist/licenses.txt for all entries. */
const licenses = new Map();
// ncc writes `name\nSPDX id\nlicence text` blocks joined by blank lines; texts have blank lines
// of their own, so a block starts where a package name and an SPDX-like id follow a blank line.
function collectLicenses(file) {
  if (!existsSync(file)) return;
  const lines = readFileSync(file, 'utf8').split('\n');
  rmSync(file);
  const isStart = (i) =>
    (i === 0 || lines[i - 1] === '') &&
    /^(@[\w.-]+\/)?[\w.-]+$/.test(lines[i] ?? '') &&
    /^[\w.+()-]+( (OR|AND) [\w.+()-]+)*$/.test(lines[i + 1] ?? '');
  let start = -1;
  const flush = (end) => {
    if (start < 0) return;
    licenses.set(lines[start], lines.slice(start, end).join('\n').trimEnd());
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isStart(i)) continue;
    flush(i);
    start = i;
  }
  flush(lines.length);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, src] of Object.entries(entries)) {
  execFileSync(
    process.execPath,
    [ncc, 'build', src, '-o', `${out}/${name}`, '--target', 'es2022', '--quiet', '--no-source-map-register', '--license', 'licenses.txt'],
    {
      stdio: 'inherit',
    },
  );
  rmSync(`${out}/${name}/package.json`, { force: true });
  collectLicenses(`${out}/${name}/licenses.txt`);
  const shebang = name === 'cli' ? '#!/usr/bin/env node\n' : '';
  writeFileSync(`${out}/${name}.js`, `${shebang}import './${name}/index.js';\n`);
}
writeFileSync(`${out}/package.json`, JSON.stringify({ type: 'module' }, null, 2) + '\n');
chmodSync(`${out}/cli.js`, 0o755);
writeFileSync(
  `${out}/licenses.txt`,
  [...licenses.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, block]) => block)
    .join('\n\n') + '\n',
);
writeFileSync(`${out}/sources.sha256`, `${sourceStamp()}\n`);
