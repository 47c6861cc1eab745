// Merges the chunks an entry loads at start into one module.
//
// esbuild puts a module shared by the entry and some of its dynamic imports in a chunk of its own
// for each set of importers, although everything the entry imports statically is always loaded
// first: dist/index/index.js imported 16 chunks before its first line ran. Each module costs Node's
// ES loader a resolve, a read, a compile and a link (about 0.5–1 M instructions); one module for
// all of them cut 40 M instructions from process start to the first AWS request (cold start case).
//
// The merge is a second esbuild pass over the first pass's output: a module re-exporting every
// chunk of the entry's static closure is bundled (in the order Node would evaluate them) into
// startup-00000000.js, every other chunk staying external; then the entry and every other chunk
// import those names from it, so each module still exists once. The entry itself stays apart: it
// awaits run(), and a chunk importing a module whose top-level await is pending would never load.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const STARTUP_CHUNK = 'startup-00000000.js';

/** Relative chunk imports: `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`. */
const STATIC_IMPORT =
  /\b(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*(?:as\s*[\w$]+\s*)?|\{[^}]*\}\s*)?(?:from\s*)?"\.\/([\w$.-]+\.js)"/g;
const EXPORT_LIST = /\bexport\s*\{([^}]*)\}/g;

/** Chunks `entry` loads through static imports, dependencies first (Node's evaluation order). */
function staticClosure(text, entry) {
  const order = [];
  const seen = new Set([entry]);
  const visit = (file) => {
    for (const [, dep] of text.get(file).matchAll(STATIC_IMPORT)) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      visit(dep);
      order.push(dep);
    }
  };
  visit(entry);
  return order;
}

/** Export names of the merged chunks: `export *` would hide a name two of them exported. */
function assertDistinctExports(text, chunks) {
  const owner = new Map();
  for (const chunk of chunks) {
    for (const [, list] of text.get(chunk).matchAll(EXPORT_LIST)) {
      for (const name of list.split(',').map((n) =>
        n
          .trim()
          .split(/\s+as\s+/)
          .pop(),
      )) {
        if (!name) continue;
        if (owner.has(name)) throw new Error(`merge-startup: ${name} is exported by ${owner.get(name)} and ${chunk}`);
        owner.set(name, chunk);
      }
    }
  }
}

/** Merges the static closure of `dir/entry` into STARTUP_CHUNK; a no-op when it has fewer than two chunks. */
export async function mergeStartup(outDir, entry = 'index.js') {
  const dir = path.resolve(outDir);
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const text = new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  const merged = staticClosure(text, entry);
  if (merged.length < 2) return;
  assertDistinctExports(text, merged);
  const inside = new Set(merged);
  const reexports = path.join(dir, '__startup.js');
  writeFileSync(reexports, merged.map((f) => `export * from "./${f}";`).join('\n') + '\n');
  try {
    await build({
      entryPoints: [reexports],
      outfile: path.join(dir, STARTUP_CHUNK),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: 'none',
      logLevel: 'warning',
      plugins: [
        {
          name: 'other-chunks-external',
          setup(b) {
            b.onResolve({ filter: /^\.\// }, (args) =>
              args.kind === 'entry-point' || inside.has(path.basename(args.path)) ? undefined : { path: args.path, external: true },
            );
          },
        },
      ],
    });
  } finally {
    rmSync(reexports);
  }
  for (const f of merged) rmSync(path.join(dir, f));
  for (const f of files) {
    if (inside.has(f)) continue;
    const redirected = text.get(f).replace(/"\.\/([\w$.-]+\.js)"/g, (ref, chunk) => (inside.has(chunk) ? `"./${STARTUP_CHUNK}"` : ref));
    if (redirected !== text.get(f)) writeFileSync(path.join(dir, f), redirected);
  }
}
