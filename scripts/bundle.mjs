// Builds dist/: one esbuild bundle per entry (action main, post step, CLI), each in its own folder
// with its code-split chunks, plus a small shim at the path action.yml and package.json name
// (dist/index.js, dist/post.js, dist/cli.js).
//
// Why esbuild (it replaced ncc): it bundles the AWS SDK's ES modules and drops what a client never
// uses (ncc took the SDK's CommonJS builds, whole: a 924 kB chunk to parse before the first
// request), and it builds in a second instead of a minute. Cold start, process start → first AWS
// request (bench, cold start case): 326 → 290 ms without the compile cache.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { mergeStartup } from './merge-startup.mjs';
import { sourceStamp } from './source-stamp.mjs';

const require = createRequire(import.meta.url);

const entries = { index: 'src/index.ts', post: 'src/post.ts', cli: 'src/cli.ts' };
// `--out DIR` builds elsewhere (parallel work, benchmarks); the product is always dist/.
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : 'dist';

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Node builtins are loaded with require(), also where the source says `import`: an ES import of a
 * builtin builds a facade that reads every export, and node:http's exports include lazy getters
 * that load Node's bundled undici (≈ 50 ms measured) for nothing. esbuild leaves builtins as
 * static imports at the top of each chunk; they become destructuring require() calls, which read
 * only the names imported (a CommonJS shim module instead cost ≈ 15 ms of esbuild's interop
 * copying every builtin's properties at each importing module).
 */
const BUILTIN_IMPORT =
  /\bimport\s*(?:([\w$]+)\s*,?\s*)?(?:\*\s*as\s*([\w$]+)\s*|\{([^}]*)\}\s*)?from\s*"([\w:/]+)";?|\bimport\s*"([\w:/]+)";?/g;
function builtinsByRequire(code, file) {
  const rewritten = code.replace(BUILTIN_IMPORT, (statement, def, ns, named, from, bare) => {
    const spec = from ?? bare;
    if (!builtins.has(spec)) return statement;
    const req = `require(${JSON.stringify(spec)})`;
    if (bare) return `${req};`;
    const parts = [];
    if (def) parts.push(`const ${def}=${req};`);
    if (ns) parts.push(`const ${ns}=${req};`);
    if (named !== undefined) {
      const names = named
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .map((n) => n.replace(/\s+as\s+/, ':'));
      parts.push(`const{${names.join(',')}}=${req};`);
    }
    return parts.join('');
  });
  // `await import('node:http')` (the SDK's handler does it for http endpoints) would build the same
  // facade: it gets the module by require(), with `default` on top as an import would give.
  const dynamic = rewritten.replace(/\bimport\("([\w:/]+)"\)/g, (call, spec) =>
    builtins.has(spec)
      ? `Promise.resolve().then(()=>{const m=require(${JSON.stringify(spec)});return Object.create(m,{default:{value:m}})})`
      : call,
  );
  for (const [, from, called] of dynamic.matchAll(/\bfrom\s*"([\w:/]+)"|\bimport\("([\w:/]+)"\)/g)) {
    const spec = from ?? called;
    if (builtins.has(spec)) throw new Error(`${file}: an import of ${spec} was not turned into require()`);
  }
  return dynamic;
}

const REQUIRE_BANNER = `import { createRequire as __hooklineRequire } from 'node:module'; const require = __hooklineRequire(import.meta.url);`;

/**
 * The require() banner is kept only in chunks that name `require`: createRequire() costs about
 * 0.5 M instructions a chunk at load, and most chunks (the SDK's, hookline's own) never call it
 * (-13 M instructions before the first request, cold start case).
 */
function withoutUnusedRequire(code) {
  if (!code.startsWith(REQUIRE_BANNER)) throw new Error('bundle: a chunk does not start with the require() banner');
  const body = code.slice(REQUIRE_BANNER.length);
  return /\brequire\b/.test(body) ? code : body.replace(/^\n/, '');
}

/** Whether esbuild picked a CommonJS build for `file`: no export statement in it. */
function isCommonJs(file) {
  const exportStatement = /(^|[;}\s])export\s*(\{|\*|default\b|const\b|let\b|var\b|function\b|class\b|async\b)/m;
  return /\.c?js$/.test(file) && !exportStatement.test(readFileSync(file, 'utf8'));
}

/**
 * `await import('undici')` of a CommonJS package gives its named exports under Node (as in the
 * tests), but only `default` from a code-split esbuild chunk: such an import gets a small ES module
 * that re-exports the package's export names, read at build time.
 */
const cjsNamedExports = {
  name: 'cjs-named-exports',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || builtins.has(args.path)) return undefined;
      const resolved = await b.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir });
      if (resolved.errors.length > 0 || !isCommonJs(resolved.path)) return undefined;
      return { path: resolved.path, namespace: 'cjs-named' };
    });
    b.onLoad({ filter: /.*/, namespace: 'cjs-named' }, (args) => {
      const names = Object.keys(require(args.path)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
      return {
        contents: `import m from ${JSON.stringify(args.path)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
        loader: 'js',
        resolveDir: path.dirname(args.path),
      };
    });
  },
};

/**
 * The entry shim: turns on V8's compile cache (Node >= 22.1; a no-op before) and only then loads the
 * bundle, so a later run on the same machine (the post step, another step, a self-hosted runner,
 * the CLI) skips compiling the bundle's code: about 50 ms of a cold start (bench, cold start case).
 * Dynamic import, because a static one would be loaded before the cache is on. The cache lives in
 * NODE_COMPILE_CACHE or the OS temp dir; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
function shim(name) {
  return [`import module from 'node:module';`, `module.enableCompileCache?.();`, `await import('./${name}/index.js');`, ''].join('\n');
}

/** The package folder (node_modules/<name> or node_modules/@scope/<name>) an input file belongs to. */
function packageDir(file) {
  const parts = file.split('/');
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return undefined;
  const n = parts[i + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, i + n).join('/');
}

/** Third-party licences of everything bundled, by package: one dist/licenses.txt for all entries. */
const licenses = new Map();
function collectLicenses(metafile) {
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDir(input);
    if (!dir || !existsSync(path.join(dir, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    if (licenses.has(pkg.name)) continue;
    const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : '';
    licenses.set(pkg.name, [pkg.name, pkg.license ?? 'UNKNOWN', text].filter(Boolean).join('\n'));
  }
}

/**
 * esbuild's chunk hashes differ between checkouts of the same sources (they cover more than the
 * chunk's text: a clone elsewhere built other names, and CI's "dist/ is current" failed). Each
 * chunk is renamed `<name>-<8 hex of its text>`, the text read with the chunk names it imports
 * stripped of their hashes, and every import of it is rewritten.
 */
function nameChunksByContent(dir) {
  const chunkRef = /[\w$.-]+-[A-Z0-9]{8}\.js/g;
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const text = new Map(files.map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')]));
  const chunks = new Set(files.filter((f) => f !== 'index.js'));
  const bare = (f) => f.replace(/-[A-Z0-9]{8}\.js$/, '');
  const renamed = new Map();
  for (const f of chunks) {
    const stripped = text.get(f).replace(chunkRef, (m) => (chunks.has(m) ? `${bare(m)}.js` : m));
    const name = `${bare(f)}-${createHash('sha256').update(stripped).digest('hex').slice(0, 8)}.js`;
    if ([...renamed.values()].includes(name)) throw new Error(`bundle: two chunks would both be named ${name}`);
    renamed.set(f, name);
  }
  for (const f of files) {
    const rewritten = text.get(f).replace(chunkRef, (m) => renamed.get(m) ?? m);
    const stale = [...chunks].find((c) => rewritten.includes(c));
    if (stale) throw new Error(`bundle: ${f} still names ${stale} after the chunks were renamed`);
    rmSync(`${dir}/${f}`);
    writeFileSync(`${dir}/${renamed.get(f) ?? f}`, rewritten);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, src] of Object.entries(entries)) {
  const result = await build({
    entryPoints: { index: src },
    outdir: `${out}/${name}`,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The ES module builds of dependencies (the SDK's dist-es), which esbuild can tree-shake.
    mainFields: ['module', 'main'],
    chunkNames: '[name]-[hash]',
    // Identifiers are kept: stack traces stay readable and class names stay what the code logs.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    // CommonJS dependencies call require(): give every chunk one (dropped again where unused).
    banner: { js: REQUIRE_BANNER },
    plugins: [cjsNamedExports],
    metafile: true,
    logLevel: 'warning',
  });
  collectLicenses(result.metafile);
  for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
    writeFileSync(file, withoutUnusedRequire(builtinsByRequire(readFileSync(file, 'utf8'), file)));
  }
  await mergeStartup(`${out}/${name}`);
  nameChunksByContent(`${out}/${name}`);
  const shebang = name === 'cli' ? '#!/usr/bin/env node\n' : '';
  writeFileSync(`${out}/${name}.js`, shebang + shim(name));
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
