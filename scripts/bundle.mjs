// Builds dist/: one ncc bundle per entry (action main, post step, CLI), each in its own folder so
// ncc's numbered chunk files can never collide between entries, plus a one-line shim at the path
// action.yml and package.json name (dist/index.js, dist/post.js, dist/cli.js).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sourceStamp } from './source-stamp.mjs';

const require = createRequire(import.meta.url);
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');
const entries = { index: 'src/index.ts', post: 'src/post.ts', cli: 'src/cli.ts' };
// `--out DIR` builds elsewhere (parallel work, benchmarks); the product is always dist/.
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : 'dist';

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, src] of Object.entries(entries)) {
  execFileSync(process.execPath, [ncc, 'build', src, '-o', `${out}/${name}`, '--target', 'es2022', '--quiet', '--no-source-map-register'], {
    stdio: 'inherit',
  });
  rmSync(`${out}/${name}/package.json`, { force: true });
  const shebang = name === 'cli' ? '#!/usr/bin/env node\n' : '';
  writeFileSync(`${out}/${name}.js`, `${shebang}import './${name}/index.js';\n`);
}
writeFileSync(`${out}/package.json`, JSON.stringify({ type: 'module' }, null, 2) + '\n');
chmodSync(`${out}/cli.js`, 0o755);
writeFileSync(`${out}/sources.sha256`, `${sourceStamp()}\n`);
