export const id = 806;
export const ids = [806];
export const modules = {

/***/ 8603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ri: () => (/* reexport */ PLATFORM_HOOK_FILE),
  bS: () => (/* binding */ buildBundle),
  xm: () => (/* reexport */ directoryModel),
  wR: () => (/* binding */ ignoreFileFor),
  hk: () => (/* binding */ openBundle),
  ym: () => (/* reexport */ restoreExecBits)
});

// UNUSED EXPORTS: ARCHIVE_LIMITS, BundleError, MAX_TEXT_BYTES, RESTORED_MODE, ZIP_FORMAT, ZIP_FORMAT_VERSION, checkAppspec, checkBundlable, detectBundleType, escapeName, modelFrom, needsContent, readArchiveModel, readPrebuilt, sha256File, treeDigestOf, writeZip, zipFormat

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/bundle/errors.ts
/** A bundle that cannot be built or accepted; the message names the file and the accepted form. */
class errors_BundleError extends Error {
    name = 'BundleError';
    /** The path (relative to the bundle root, or the archive) the error is about, when there is one. */
    file;
    constructor(message, file = null, options) {
        super(message, options);
        this.file = file;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/bundle/deflate-pool.ts
// Read + CRC + deflate of file blocks (and read + sha256 of blocks for the tree digest), off the
// main thread. A worker gets a batch of blocks (many small files, or one 1 MiB block of a large
// file) and does everything synchronously — read, CRC, deflateRawSync — so the per-file cost is a few microseconds of C, not the ~200 µs of
// JavaScript stream machinery that zlib's async API spends on every call (measured: async
// zlib.deflateRaw per file made the whole zip cost 4.4 s of CPU for 70 MB where the deflate
// itself is 2.2 s). Small bundles run the same code inline and start no worker.
//
// The code below is plain JavaScript in a string so it runs unchanged as a worker
// (`eval: true`, no file to ship next to the ncc bundle) and inline.


const TASK_SOURCE = String.raw `
const fs = require('node:fs');
const zlib = require('node:zlib');
const crypto = require('node:crypto');
// One reusable read buffer per thread: reading into fresh buffers left tens of MB of garbage
// per worker between collections (peak RSS +50 MB per worker, measured).
let scratch = Buffer.allocUnsafeSlow(0);
// Reads up to length + 1 bytes at start (one more than expected, to notice a file that grew).
function readInto(file, start, length) {
  if (scratch.length < length + 1) scratch = Buffer.allocUnsafeSlow(Math.max(length + 1, 1088 * 1024));
  const fd = fs.openSync(file, 'r');
  let got = 0;
  try {
    while (got < length + 1) { const n = fs.readSync(fd, scratch, got, length + 1 - got, start + got); if (n === 0) break; got += n; }
  } finally { fs.closeSync(fd); }
  return scratch.subarray(0, got);
}
function runHash(t) {
  try {
    const buf = readInto(t.file, t.offset, t.length);
    const read = Math.min(buf.length, t.length + (t.whole ? 1 : 0));
    const hash = crypto.createHash('sha256').update(buf.subarray(0, Math.min(read, t.length))).digest();
    return { ok: true, hash: new Uint8Array(hash), read };
  } catch (err) {
    return { ok: false, message: String(err && err.message || err), code: err && err.code };
  }
}
function runTask(t) {
  if (t.kind === 'hash') return runHash(t);
  try {
    const dictLen = t.deflate && !t.whole ? t.dictLen : 0;
    const buf = readInto(t.file, t.offset - dictLen, t.length + dictLen);
    const read = Math.min(buf.length - dictLen, t.length + (t.whole ? 1 : 0));
    const raw = buf.subarray(dictLen, dictLen + Math.min(read, t.length));
    const crc = zlib.crc32(raw) >>> 0;
    if (read !== t.length) return { ok: true, crc, data: new Uint8Array(0), deflated: false, read };
    if (t.deflate) {
      const opts = { level: t.level };
      if (!t.whole) opts.finishFlush = t.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
      if (dictLen > 0) opts.dictionary = buf.subarray(0, dictLen);
      const packed = zlib.deflateRawSync(raw, opts);
      if (!t.whole || packed.length < raw.length) return { ok: true, crc, data: new Uint8Array(packed), deflated: true, read };
    }
    return { ok: true, crc, data: new Uint8Array(raw), deflated: false, read };
  } catch (err) {
    return { ok: false, message: String(err && err.message || err), code: err && err.code };
  }
}
`;
const WORKER_SOURCE = `${TASK_SOURCE}
const { parentPort } = require('node:worker_threads');
// Results hold exact copies (new Uint8Array(view)), moved to the main thread, not cloned.
parentPort.on('message', (m) => {
  const results = m.tasks.map(runTask);
  parentPort.postMessage({ id: m.id, results }, results.filter((r) => r.ok && r.data && r.data.byteLength > 0).map((r) => r.data.buffer));
});
`;
/** Runs blocks on the calling thread (small bundles: no worker start-up). */
function inlineRunner() {
    const require = (0,external_node_module_.createRequire)(import.meta.url);
    const runTask = new Function('require', `${TASK_SOURCE}\nreturn runTask;`)(require);
    return {
        run: async (tasks) => tasks.map(runTask),
        close: async () => undefined,
    };
}
/**
 * A worker holds one scratch buffer (off the heap) and a batch's results at a time: V8's default
 * young generation (16 MiB semi-spaces) only inflated each worker's resident size.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };
/** Runs blocks on `size` worker threads; each batch goes to the worker with the least queued. */
function workerRunner(size) {
    const pending = new Map();
    let nextId = 0;
    let failed = null;
    const slots = [];
    for (let i = 0; i < Math.max(1, size); i++) {
        const slot = { worker: new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, resourceLimits: WORKER_LIMITS }), queued: 0 };
        slot.worker.on('message', (m) => {
            const p = pending.get(m.id);
            if (!p)
                return;
            pending.delete(m.id);
            slot.queued--;
            p.resolve(m.results);
        });
        slot.worker.on('error', (err) => {
            failed = err;
            for (const [id, p] of pending) {
                if (p.slot === slot) {
                    pending.delete(id);
                    p.reject(err);
                }
            }
        });
        slots.push(slot);
    }
    return {
        run(tasks) {
            if (failed)
                return Promise.reject(failed);
            const slot = slots.reduce((a, b) => (b.queued < a.queued ? b : a));
            const id = nextId++;
            slot.queued++;
            return new Promise((resolve, reject) => {
                pending.set(id, { resolve: (r) => resolve(r), reject, slot });
                slot.worker.postMessage({ id, tasks });
            });
        },
        async close() {
            await Promise.all(slots.map((s) => s.worker.terminate()));
        },
    };
}

;// CONCATENATED MODULE: ./src/bundle/digest.ts
// The tree digest: a sha256 over the bundle's entries (path, mode, size, content hash) and the
// archive format. The archive is a pure function of exactly these, so the digest names the
// archive before it is written: the S3 key can be known (and found) without building anything.
//
// Content hashes are computed while the walk runs: each file found is cut into 1 MiB blocks that
// the deflate pool's worker threads read and sha256 (in batches, one scratch buffer per worker),
// so hashing uses every core and never holds more than a block per worker. A file of one block
// is named by the sha256 of its bytes; a larger one by the sha256 of its blocks' sha256s (the
// entry's size fixes how many there are, so the two forms cannot be confused).




/** Bytes per hashed block (also the zip writer's compression block). */
const HASH_BLOCK = 1 << 20;
/** Below this many bytes to hash, hash on the calling thread at the end: no worker start-up. */
const INLINE_BELOW = 4 * 1024 * 1024;
const BATCH_BYTES = 4 * 1024 * 1024;
const BATCH_TASKS = 256;
/**
 * Hashes the files of a tree as the walk finds them. `add` never blocks the walk; `finish` waits
 * for the last block and names each file's content.
 */
class TreeHasher {
    concurrency;
    files = new Map();
    held = [];
    heldBytes = 0;
    totalBytes = 0;
    runner = null;
    running = [];
    failure = null;
    constructor(concurrency = Math.max(1, external_node_os_default().availableParallelism())) {
        this.concurrency = concurrency;
    }
    /** Queue a file entry (found by the walk at `file`) for hashing. */
    add(entry, file) {
        if (entry.type !== 'file')
            return;
        const blocks = Math.max(1, Math.ceil(entry.size / HASH_BLOCK));
        const pending = { entry, blocks: new Array(blocks) };
        this.files.set(entry.path, pending);
        for (let block = 0; block < blocks; block++) {
            const offset = block * HASH_BLOCK;
            const length = Math.min(HASH_BLOCK, entry.size - offset);
            this.held.push({ task: { kind: 'hash', file, offset, length, whole: blocks === 1 }, pending, block });
            this.heldBytes += length;
            this.totalBytes += length;
        }
        if (this.totalBytes >= INLINE_BELOW && (this.heldBytes >= BATCH_BYTES || this.held.length >= BATCH_TASKS))
            this.dispatch();
    }
    dispatch() {
        if (this.held.length === 0)
            return;
        this.runner ??= this.totalBytes >= INLINE_BELOW ? workerRunner(this.concurrency) : inlineRunner();
        const batch = this.held;
        this.held = [];
        this.heldBytes = 0;
        const done = this.runner.run(batch.map((b) => b.task)).then((results) => batch.forEach((b, i) => this.settle(b.pending, b.block, b.task, results[i])), (err) => {
            this.failure ??= err;
        });
        this.running.push(done);
    }
    settle(p, block, task, r) {
        const rel = p.entry.path;
        if (!r || !r.ok) {
            const why = r?.code === 'ENOENT' ? 'it was removed while the tree was read' : (r?.message ?? 'no result');
            this.failure ??= new errors_BundleError(`Could not read ${rel} to hash it: ${why}.`, rel);
            return;
        }
        if (r.read !== task.length) {
            this.failure ??= new errors_BundleError(`${rel} changed size while it was being read; bundle a tree nothing is writing to.`, rel);
            return;
        }
        p.blocks[block] = r.hash;
    }
    /** Every file's content hash (hex), once all blocks are read; the workers are stopped. */
    async finish() {
        try {
            this.dispatch();
            // Batches may be added while earlier ones run: wait until none is left.
            for (let i = 0; i < this.running.length; i++)
                await this.running[i];
        }
        finally {
            await this.runner?.close();
        }
        if (this.failure)
            throw this.failure;
        const out = new Map();
        for (const [rel, p] of this.files)
            out.set(rel, contentHash(p.blocks));
        return out;
    }
}
/** A file's content hash from its block hashes: the block's own for one block, else the hash of the list. */
function contentHash(blocks) {
    if (blocks.length === 1)
        return Buffer.from(blocks[0]).toString('hex');
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const b of blocks)
        h.update(b);
    return h.digest('hex');
}
/**
 * The digest of a tree in archive order: the format, then one line per entry of its path, mode,
 * size and content (a file's hash, a link's text; nothing for a folder), JSON-quoted so no path
 * can imitate a line break.
 */
function treeDigest(entries, hashes, format) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    h.update(`hookline-tree/1 ${JSON.stringify(format)}\n`);
    for (const e of entries) {
        const content = e.type === 'file' ? hashes.get(e.path) : e.type === 'symlink' ? (e.linkTarget ?? '') : '';
        if (content === undefined)
            throw new errors_BundleError(`${e.path} was not hashed.`, e.path);
        h.update(`${JSON.stringify([e.path, e.type, e.mode, e.size, content])}\n`);
    }
    return h.digest('hex');
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/bundle/names.ts
// File names as bytes: a name that is not UTF-8, or that holds a control character, cannot be
// shown on one log line, annotated, or extracted by the same name on the instance. Such names
// are reported (escaped, so the report itself stays one line) instead of used.
const strict = new TextDecoder('utf-8', { fatal: true });
/** C0 and C1 controls, DEL, and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
const CONTROL_G = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;
const SHORT = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeControls(s) {
    return s.replace(CONTROL_G, (c) => SHORT[c] ?? `\\u{${c.codePointAt(0).toString(16)}}`);
}
/** A printable one-line form of a name: control characters as \n, \t, \u{…}; bytes that are not UTF-8 as \xNN. */
function escapeName(name) {
    if (typeof name === 'string')
        return escapeControls(name);
    let out = '';
    let i = 0;
    while (i < name.length) {
        let step = 0;
        for (let len = 1; len <= 4 && i + len <= name.length; len++) {
            try {
                out += strict.decode(name.subarray(i, i + len));
                step = len;
                break;
            }
            catch {
                // not a complete sequence yet
            }
        }
        if (step === 0) {
            out += `\\x${name[i].toString(16).padStart(2, '0')}`;
            step = 1;
        }
        i += step;
    }
    return escapeControls(out);
}
/** Decode one path segment (or a whole path) read as bytes. */
function checkName(raw) {
    let name;
    try {
        name = strict.decode(raw);
    }
    catch {
        return { ok: false, kind: 'name-not-utf8', shown: escapeName(raw) };
    }
    return checkDecodedName(name);
}
/** For names already decoded by a library (tar): U+FFFD marks bytes that were not UTF-8. */
function checkDecodedName(name) {
    if (name.includes('\ufffd'))
        return { ok: false, kind: 'name-not-utf8', shown: escapeName(name) };
    if (CONTROL.test(name))
        return { ok: false, kind: 'name-control-character', shown: escapeName(name) };
    return { ok: true, name };
}
function nameProblemMessage(kind, shown) {
    return kind === 'name-not-utf8'
        ? `The file name ${shown} is not valid UTF-8 (bytes shown as \\xNN): the instance would extract it under another name, or not at all. Rename it, or leave it out with the ignore file.`
        : `The file name ${shown} holds a control character (shown escaped): it breaks log lines and scripts that read file names. Rename it, or leave it out with the ignore file.`;
}

;// CONCATENATED MODULE: ./src/bundle/walk.ts







const S_IFLNK = 0o120000;
/** Mode stored for a symlink entry (Info-ZIP's convention). */
const SYMLINK_MODE = S_IFLNK | 0o777;
function isInside(root, p) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** The ignore file's rules, each marked with its line (for "excluded by .deployignore line 3"). */
async function loadIgnore(root, file, problems) {
    const abs = external_node_path_default().join(root, file);
    let st;
    try {
        st = await (0,promises_.lstat)(abs);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return null;
        throw new errors_BundleError(`Could not read ${file}: ${err.message}`, file, { cause: err });
    }
    // Refused before it is read: a link could pull its rules from outside the tree.
    if (st.isSymbolicLink() || !st.isFile()) {
        problems.push({
            kind: st.isSymbolicLink() ? 'ignore-file-symlink' : 'not-regular',
            path: file,
            message: `${file} is ${st.isSymbolicLink() ? 'a symlink' : 'not a regular file'}; hookline reads ignore rules only from a regular file in the bundle root (it never follows a link). Replace it with a regular file.`,
        });
        return null;
    }
    let text;
    try {
        const fh = await (0,promises_.open)(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        try {
            text = await fh.readFile('utf8');
        }
        finally {
            await fh.close();
        }
    }
    catch (err) {
        throw new errors_BundleError(`Could not read ${file}: ${err.message}`, file, { cause: err });
    }
    return ignore_default()().add(text.split(/\r?\n/).map((pattern, i) => ({ pattern, mark: String(i + 1) })));
}
function unreadable(rel, err) {
    return {
        kind: 'unreadable',
        path: escapeName(rel),
        message: `Could not read ${escapeName(rel)} while bundling: ${err.message}. Fix its permissions or exclude it.`,
    };
}
function checkSymlink(root, abs, rel) {
    const target = (0,external_node_fs_.readlinkSync)(abs);
    const shownTarget = escapeName(target);
    if (external_node_path_default().isAbsolute(target)) {
        const suggestion = isInside(root, target) ? ` Make it relative: ln -sfn ${external_node_path_default().relative(external_node_path_default().dirname(abs), target)} ${rel}` : '';
        return {
            kind: 'symlink-absolute',
            path: rel,
            message: `Symlink ${rel} points to the absolute path ${shownTarget}; on the instance that path is outside the bundle. ` +
                `A bundle may only hold relative symlinks that stay inside it.${suggestion}`,
        };
    }
    const lexical = external_node_path_default().resolve(external_node_path_default().dirname(abs), target);
    let resolved = lexical;
    try {
        resolved = (0,external_node_fs_.realpathSync)(abs);
    }
    catch {
        // A dangling link: judge it by its text alone.
    }
    if (!isInside(root, lexical) || !isInside(root, resolved)) {
        const shown = resolved !== lexical ? `${shownTarget} (resolves to ${escapeName(resolved)})` : shownTarget;
        return {
            kind: 'symlink-outside',
            path: rel,
            message: `Symlink ${rel} points outside the bundle root, to ${shown}. ` +
                `hookline never follows a link out of the bundle: copy the target into the bundle, or exclude the link.`,
        };
    }
    return { target };
}
/** Walk `root` into entries sorted by the byte order of their '/'-joined paths. */
async function walk(opts) {
    let root;
    try {
        root = await (0,promises_.realpath)(opts.root);
        if (!(await (0,promises_.stat)(root)).isDirectory())
            throw new Error('not a directory');
    }
    catch (err) {
        throw new errors_BundleError(`Bundle root ${opts.root} is not a readable directory (${err.message}).`, opts.root, { cause: err });
    }
    const problems = [];
    const includeGlobs = opts.include && opts.include.length > 0 ? opts.include : ['**'];
    const include = picomatch_default()(includeGlobs, { dot: true });
    const excludes = (opts.exclude ?? []).map((g) => [g, picomatch_default()(g, { dot: true })]);
    const isExcluded = (rel) => excludes.find(([, m]) => m(rel))?.[0];
    const ignoreFile = opts.ignoreFile ?? null;
    const ig = ignoreFile ? await loadIgnore(root, ignoreFile, problems) : null;
    const skip = new Set((opts.skip ?? []).map((p) => external_node_path_default().resolve(p)));
    const out = [];
    // The tree is read with synchronous calls, one entry at a time: the asynchronous walk had every
    // lstat of a 20,000-file tree in flight at once, and what those calls kept alive across their
    // awaits grew the heap by ≈ 100 MB (peak RSS, bench web-app tree); read synchronously, the same
    // garbage dies young. Reading metadata from the page cache is no slower this way.
    // Returns whether anything under relDir was kept (so its directory entry is kept too).
    function visit(absDir, relDir) {
        let dirents;
        try {
            dirents = (0,external_node_fs_.readdirSync)(absDir, { withFileTypes: true, encoding: 'buffer' });
        }
        catch (err) {
            problems.push(unreadable(relDir === '' ? '.' : `${relDir}/`, err));
            return false;
        }
        let any = false;
        for (const d of dirents) {
            try {
                if (visitEntry(absDir, relDir, d))
                    any = true;
            }
            catch (err) {
                problems.push(unreadable(relDir === '' ? d.name.toString() : `${relDir}/${d.name.toString()}`, err));
            }
        }
        return any;
    }
    function visitEntry(absDir, relDir, d) {
        const checked = checkName(d.name);
        // Matched by its lossy form: a name left out by the rules is no problem, whatever its bytes.
        const name = checked.ok ? checked.name : d.name.toString('utf8');
        if (name === '.git')
            return false;
        const rel = relDir === '' ? name : `${relDir}/${name}`;
        const isDir = d.isDirectory();
        if (ig?.ignores(isDir ? `${rel}/` : rel))
            return false;
        if (isExcluded(rel) !== undefined)
            return false;
        if (!checked.ok) {
            const shown = relDir === '' ? checked.shown : `${relDir}/${checked.shown}`;
            problems.push({ kind: checked.kind, path: shown, message: nameProblemMessage(checked.kind, shown) });
            return false;
        }
        const abs = external_node_path_default().join(absDir, name);
        if (skip.has(abs))
            return false;
        if (isDir) {
            const st = (0,external_node_fs_.lstatSync)(abs);
            const any = visit(abs, rel);
            if (!any && !include(rel))
                return false;
            out.push({ path: `${rel}/`, type: 'dir', mode: st.mode & 0o177777, size: 0 });
            return true;
        }
        if (!include(rel))
            return false;
        // A refused ignore file has its problem already.
        if (rel === ignoreFile && !ig)
            return false;
        if (d.isSymbolicLink()) {
            const link = checkSymlink(root, abs, rel);
            if ('kind' in link) {
                problems.push(link);
                return false;
            }
            out.push({ path: rel, type: 'symlink', mode: SYMLINK_MODE, size: Buffer.byteLength(link.target), linkTarget: link.target });
            return true;
        }
        if (!d.isFile()) {
            problems.push({
                kind: 'not-regular',
                path: rel,
                message: `${rel} is not a regular file, directory or symlink; a bundle cannot hold it. Exclude it.`,
            });
            return false;
        }
        const st = (0,external_node_fs_.lstatSync)(abs);
        const entry = { path: rel, type: 'file', mode: st.mode & 0o177777, size: st.size };
        out.push(entry);
        opts.onFile?.(entry, abs);
        return true;
    }
    visit(root, '');
    const keyed = out.map((e) => ({ e, k: Buffer.from(e.path, 'utf8') }));
    keyed.sort((a, b) => Buffer.compare(a.k, b.k));
    const entries = keyed.map((x) => x.e);
    problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const excluded = explainer({ root, entries, ig, ignoreFile, isExcluded, include, includeGlobs });
    return { root, entries, problems, ignoreFile: ig ? ignoreFile : null, excluded };
}
/** Why a path on disk is not among the entries: the first folder (or the path) a rule leaves out. */
function explainer(r) {
    const inBundle = new Set(r.entries.map((e) => (e.type === 'dir' ? e.path.slice(0, -1) : e.path)));
    const isDirOnDisk = (sub) => {
        try {
            return (0,external_node_fs_.lstatSync)(external_node_path_default().join(r.root, ...sub.split('/'))).isDirectory();
        }
        catch {
            return undefined;
        }
    };
    return (relPath) => {
        const rel = relPath
            .split('/')
            .filter((p) => p !== '' && p !== '.')
            .join('/');
        if (rel === '' || rel.split('/').includes('..') || inBundle.has(rel))
            return undefined;
        const leafIsDir = isDirOnDisk(rel);
        if (leafIsDir === undefined)
            return undefined;
        const parts = rel.split('/');
        for (let i = 1; i <= parts.length; i++) {
            const sub = parts.slice(0, i).join('/');
            const leaf = i === parts.length;
            const via = leaf ? {} : { via: `${sub}/` };
            if (parts[i - 1] === '.git')
                return { by: '.git', ...via };
            const test = r.ig?.test(leaf && !leafIsDir ? sub : `${sub}/`);
            if (test?.ignored && test.rule && r.ignoreFile)
                return { by: r.ignoreFile, pattern: test.rule.pattern, line: Number(test.rule.mark), ...via };
            const glob = r.isExcluded(sub);
            if (glob !== undefined)
                return { by: 'exclude', pattern: glob, ...via };
        }
        if (!leafIsDir && !r.include(rel))
            return { by: 'include', pattern: r.includeGlobs.join(', ') };
        return undefined;
    };
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/bundle/crc32-combine.ts
// CRC-32 of two blocks joined, from their CRCs (zlib's crc32_combine), so the blocks of one file
// can be checksummed on different threads. The CRCs themselves come from node:zlib's native
// crc32 (Node >= 20.15), which Node does not pair with a combine.
function gf2Times(mat, vec) {
    let sum = 0;
    for (let i = 0; vec !== 0; i++, vec >>>= 1)
        if (vec & 1)
            sum ^= mat[i];
    return sum >>> 0;
}
function gf2Square(square, mat) {
    for (let n = 0; n < 32; n++)
        square[n] = gf2Times(mat, mat[n]);
}
/**
 * CRC-32 of A‖B from crc(A), crc(B) and B's length (zlib's crc32_combine), so blocks of one file
 * can be checksummed on different threads.
 */
function crc32Combine(crcA, crcB, lengthB) {
    if (lengthB <= 0)
        return crcA >>> 0;
    const even = new Uint32Array(32);
    const odd = new Uint32Array(32);
    odd[0] = 0xedb88320;
    for (let n = 1, row = 1; n < 32; n++, row <<= 1)
        odd[n] = row;
    gf2Square(even, odd); // operator for two zero bits
    gf2Square(odd, even); // four zero bits
    let crc = crcA >>> 0;
    let len = lengthB;
    for (;;) {
        gf2Square(even, odd);
        if (len % 2 === 1)
            crc = gf2Times(even, crc);
        len = Math.floor(len / 2);
        if (len === 0)
            break;
        gf2Square(odd, even);
        if (len % 2 === 1)
            crc = gf2Times(odd, crc);
        len = Math.floor(len / 2);
        if (len === 0)
            break;
    }
    return (crc ^ crcB) >>> 0;
}

;// CONCATENATED MODULE: ./src/bundle/zip.ts
// Deterministic, streaming zip writer with parallel deflate.
//
// Why not yazl (measured, see the commit that added this file): yazl compresses one entry at a
// time from a stream, or — through addBuffer — in parallel but without backpressure, with a
// JavaScript CRC on the main thread and an O(n²) scan over its entries on every write (20,000
// entries: 1.3 s of overhead before any compression). It cannot take pre-compressed data, so
// parallel compression needs a writer of its own. This one is small and only writes: local
// header, data, central directory, end record (ZIP64 where sizes need it).
//
// How it goes fast with bounded memory: every file is cut into blocks (1 MiB). Blocks are read
// and deflated as independent jobs on worker threads (deflate-pool.ts), in batches, a bounded
// number of bytes ahead of the writer. A block after the first is compressed with the previous 32 KiB as its
// preset dictionary and ends on a sync flush, the last block on Z_FINISH, so the blocks
// concatenate into one valid deflate stream that compresses as well as a single pass (pigz's
// method). The writer takes blocks in archive order, combines their CRCs and streams them out with
// backpressure, hashing (sha256) as it writes.
//
// Deterministic: entries in the given (sorted) order, one fixed timestamp (1980-01-01 00:00,
// DOS format, no extra timestamp fields), no extra fields except ZIP64 where required, and
// compression decided by the content's name and size alone.









/** Extensions whose content is already compressed: stored, not deflated again. */
const STORED_EXTENSIONS = new Set([
    'zip',
    'jar',
    'war',
    'ear',
    'apk',
    'aar',
    'whl',
    'egg',
    'nupkg',
    'docx',
    'xlsx',
    'pptx',
    'odt',
    'gz',
    'tgz',
    'bz2',
    'tbz2',
    'xz',
    'txz',
    'lz',
    'lzma',
    'lz4',
    'zst',
    'br',
    '7z',
    'rar',
    'z',
    'jpg',
    'jpeg',
    'png',
    'gif',
    'webp',
    'avif',
    'heic',
    'ico',
    'jp2',
    'mp3',
    'mp4',
    'm4a',
    'm4v',
    'aac',
    'ogg',
    'oga',
    'ogv',
    'opus',
    'webm',
    'mkv',
    'mov',
    'avi',
    'flac',
    'woff',
    'woff2',
    'pdf',
    'swf',
]);
const DEFAULT_BLOCK = 1 << 20;
const DEFAULT_LEVEL = 6;
/**
 * Version of the bytes this writer produces for given entries. Bump it with any change that
 * alters them (headers, flags, the stored list, block or dictionary handling, descriptor use):
 * the tree digest includes it, so an S3 key never names two different archives.
 */
const ZIP_FORMAT_VERSION = 1;
/**
 * What the archive's bytes depend on besides the entries: this writer's version, its level and
 * block size, and zlib's version (another deflate implementation may encode the same block
 * differently). Part of the tree digest (digest.ts).
 */
function zipFormat(level = DEFAULT_LEVEL, blockSize = DEFAULT_BLOCK, version = ZIP_FORMAT_VERSION) {
    return `zip/${version} level=${level} block=${blockSize} zlib=${process.versions.zlib}`;
}
/** The format the action and the CLI write (the defaults). */
const ZIP_FORMAT = zipFormat();
/** Below this many bytes to deflate, compress on the calling thread: no worker start-up. */
const zip_INLINE_BELOW = 4 * 1024 * 1024;
const zip_BATCH_BYTES = 256 * 1024;
const BATCH_UNITS = 256;
const MAX_UNITS_AHEAD = 1024;
const DICT = 32 * 1024;
/** Entries smaller than this are stored: deflate cannot gain on them. */
const MIN_DEFLATE = 32;
/** A streamed entry at least this large gets ZIP64 sizes in its local header and data descriptor. */
const ZIP64_STREAMED = 0xf0000000;
const U32 = 0xffffffff;
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const MADE_BY_UNIX = (3 << 8) | 30;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** Whether an entry of this path and size is deflated (otherwise stored). */
function shouldDeflate(p, size) {
    if (size < MIN_DEFLATE)
        return false;
    const ext = external_node_path_default().posix.extname(p).slice(1).toLowerCase();
    return !STORED_EXTENSIONS.has(ext);
}
function* unitsOf(entries, blockSize) {
    for (const entry of entries) {
        if (entry.type !== 'file' || entry.size <= blockSize) {
            yield {
                entry,
                block: 0,
                blocks: 1,
                offset: 0,
                length: entry.size,
                deflate: entry.type === 'file' && shouldDeflate(entry.path, entry.size),
            };
            continue;
        }
        const blocks = Math.ceil(entry.size / blockSize);
        const deflate = shouldDeflate(entry.path, entry.size);
        for (let block = 0; block < blocks; block++) {
            const offset = block * blockSize;
            yield { entry, block, blocks, offset, length: Math.min(blockSize, entry.size - offset), deflate };
        }
    }
}
function changed(entry) {
    return new errors_BundleError(`${entry.path} changed size while it was being bundled; bundle a tree nothing is writing to.`, entry.path);
}
function taskOf(root, u, level) {
    return {
        file: external_node_path_default().join(root, u.entry.path),
        offset: u.offset,
        length: u.length,
        dictLen: Math.min(DICT, u.offset),
        whole: u.blocks === 1,
        deflate: u.deflate,
        last: u.block === u.blocks - 1,
        level,
    };
}
function doneOf(u, r) {
    if (!r)
        throw new errors_BundleError(`No result for ${u.entry.path}.`, u.entry.path);
    if (!r.ok) {
        const why = r.code === 'ENOENT' ? 'it was removed while being bundled' : r.message;
        throw new errors_BundleError(`Could not read ${u.entry.path} for the bundle: ${why}.`, u.entry.path);
    }
    if (r.read !== u.length)
        throw changed(u.entry);
    return { crc: r.crc, data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength), deflated: r.deflated };
}
function isAscii(s) {
    return /^[\x00-\x7f]*$/.test(s);
}
function zip64Extra(values) {
    const b = Buffer.alloc(4 + 8 * values.length);
    b.writeUInt16LE(0x0001, 0);
    b.writeUInt16LE(8 * values.length, 2);
    values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
    return b;
}
function localHeader(r, streamedZip64) {
    const extra = streamedZip64 ? zip64Extra([0, 0]) : Buffer.alloc(0);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(streamedZip64 ? 45 : 20, 4);
    h.writeUInt16LE(r.flags, 6);
    h.writeUInt16LE(r.method, 8);
    h.writeUInt16LE(DOS_TIME, 10);
    h.writeUInt16LE(DOS_DATE, 12);
    const streamed = (r.flags & FLAG_DESCRIPTOR) !== 0;
    h.writeUInt32LE(streamed ? 0 : r.crc, 14);
    h.writeUInt32LE(streamedZip64 ? U32 : streamed ? 0 : r.csize, 18);
    h.writeUInt32LE(streamedZip64 ? U32 : streamed ? 0 : r.usize, 22);
    h.writeUInt16LE(r.name.length, 26);
    h.writeUInt16LE(extra.length, 28);
    return Buffer.concat([h, r.name, extra]);
}
function dataDescriptor(r, zip64) {
    const b = Buffer.alloc(zip64 ? 24 : 16);
    b.writeUInt32LE(0x08074b50, 0);
    b.writeUInt32LE(r.crc, 4);
    if (zip64) {
        b.writeBigUInt64LE(BigInt(r.csize), 8);
        b.writeBigUInt64LE(BigInt(r.usize), 16);
    }
    else {
        b.writeUInt32LE(r.csize, 8);
        b.writeUInt32LE(r.usize, 12);
    }
    return b;
}
function centralRecord(r) {
    const big = [];
    if (r.usize >= U32)
        big.push(r.usize);
    if (r.csize >= U32)
        big.push(r.csize);
    if (r.offset >= U32)
        big.push(r.offset);
    const extra = big.length > 0 ? zip64Extra(big) : Buffer.alloc(0);
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(MADE_BY_UNIX, 4);
    h.writeUInt16LE(big.length > 0 ? 45 : 20, 6);
    h.writeUInt16LE(r.flags, 8);
    h.writeUInt16LE(r.method, 10);
    h.writeUInt16LE(DOS_TIME, 12);
    h.writeUInt16LE(DOS_DATE, 14);
    h.writeUInt32LE(r.crc, 16);
    h.writeUInt32LE(Math.min(r.csize, U32), 20);
    h.writeUInt32LE(Math.min(r.usize, U32), 24);
    h.writeUInt16LE(r.name.length, 28);
    h.writeUInt16LE(extra.length, 30);
    // comment length, disk number start, internal attributes: 0
    h.writeUInt32LE(r.external >>> 0, 38);
    h.writeUInt32LE(Math.min(r.offset, U32), 42);
    return Buffer.concat([h, r.name, extra]);
}
function endRecords(count, cdOffset, cdSize) {
    const parts = [];
    const zip64 = count >= 0xffff || cdOffset >= U32 || cdSize >= U32;
    if (zip64) {
        const rec = Buffer.alloc(56);
        rec.writeUInt32LE(0x06064b50, 0);
        rec.writeBigUInt64LE(44n, 4);
        rec.writeUInt16LE(MADE_BY_UNIX, 12);
        rec.writeUInt16LE(45, 14);
        // disk numbers: 0
        rec.writeBigUInt64LE(BigInt(count), 24);
        rec.writeBigUInt64LE(BigInt(count), 32);
        rec.writeBigUInt64LE(BigInt(cdSize), 40);
        rec.writeBigUInt64LE(BigInt(cdOffset), 48);
        const loc = Buffer.alloc(20);
        loc.writeUInt32LE(0x07064b50, 0);
        loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
        loc.writeUInt32LE(1, 16);
        parts.push(rec, loc);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(Math.min(cdSize, U32), 12);
    end.writeUInt32LE(Math.min(cdOffset, U32), 16);
    parts.push(end);
    return Buffer.concat(parts);
}
/** Write `entries` (files read from `root`) as a zip archive to `sink`. */
async function writeZip(opts) {
    const { root, entries, sink, signal } = opts;
    const level = opts.level ?? DEFAULT_LEVEL;
    const blockSize = opts.blockSize ?? DEFAULT_BLOCK;
    const maxBytesAhead = opts.maxBytesAhead ?? 8 * 1024 * 1024;
    let deflateBytes = 0;
    for (const e of entries)
        if (e.type === 'file' && shouldDeflate(e.path, e.size))
            deflateBytes += e.size;
    const runner = deflateBytes < zip_INLINE_BELOW ? inlineRunner() : workerRunner(opts.concurrency ?? Math.max(1, external_node_os_default().availableParallelism()));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let written = 0;
    let sinkError = null;
    sink.on('error', (err) => {
        sinkError = err;
    });
    const write = async (buf) => {
        if (sinkError)
            throw sinkError;
        if (buf.length === 0)
            return;
        hash.update(buf);
        written += buf.length;
        if (!sink.write(buf))
            await (0,external_node_events_.once)(sink, 'drain', signal ? { signal } : {});
    };
    // Blocks ahead of the writer, in archive order, dispatched to the runner in batches.
    const units = unitsOf(entries, blockSize);
    const ahead = [];
    let bytesAhead = 0;
    let exhausted = false;
    let batch = [];
    let batchBytes = 0;
    const dispatch = () => {
        if (batch.length === 0)
            return;
        const these = batch;
        batch = [];
        batchBytes = 0;
        runner.run(these.map((b) => taskOf(root, b.unit, level))).then((results) => these.forEach((b, i) => {
            try {
                b.resolve(doneOf(b.unit, results[i]));
            }
            catch (err) {
                b.reject(err);
            }
        }), (err) => these.forEach((b) => b.reject(err)));
    };
    const fill = () => {
        // Refill in large steps (below half the budget) so batches stay large.
        if (!exhausted && ahead.length > 0 && bytesAhead > maxBytesAhead / 2)
            return;
        while (!exhausted && (ahead.length === 0 || (bytesAhead < maxBytesAhead && ahead.length < MAX_UNITS_AHEAD))) {
            const next = units.next();
            if (next.done) {
                exhausted = true;
                break;
            }
            const unit = next.value;
            const { entry } = unit;
            if (entry.type !== 'file') {
                const data = entry.type === 'symlink' ? Buffer.from(entry.linkTarget ?? '', 'utf8') : Buffer.alloc(0);
                ahead.push({ unit, done: Promise.resolve({ crc: (0,external_node_zlib_.crc32)(data) >>> 0, data, deflated: false }) });
                continue;
            }
            const done = new Promise((resolve, reject) => batch.push({ unit, resolve, reject }));
            done.catch(() => undefined); // awaited in order below; not unhandled meanwhile
            ahead.push({ unit, done });
            bytesAhead += unit.length;
            batchBytes += unit.length;
            if (batchBytes >= zip_BATCH_BYTES || batch.length >= BATCH_UNITS)
                dispatch();
        }
        dispatch();
    };
    const central = [];
    let current = null;
    let currentZip64 = false;
    try {
        fill();
        while (ahead.length > 0) {
            signal?.throwIfAborted();
            const { unit, done: pending } = ahead.shift();
            const done = await pending;
            bytesAhead -= unit.length;
            fill();
            const { entry } = unit;
            if (unit.block === 0) {
                const streamed = unit.blocks > 1;
                current = {
                    name: Buffer.from(entry.path, 'utf8'),
                    flags: (streamed ? FLAG_DESCRIPTOR : 0) | (isAscii(entry.path) ? 0 : FLAG_UTF8),
                    method: done.deflated ? 8 : 0,
                    crc: streamed ? 0 : done.crc,
                    csize: streamed ? 0 : done.data.length,
                    usize: streamed ? 0 : unit.length,
                    offset: written,
                    external: ((entry.mode << 16) | (entry.type === 'dir' ? 0x10 : 0)) >>> 0,
                };
                currentZip64 = streamed && entry.size >= ZIP64_STREAMED;
                await write(localHeader(current, currentZip64));
            }
            const rec = current;
            if (unit.blocks > 1) {
                rec.crc = unit.block === 0 ? done.crc : crc32Combine(rec.crc, done.crc, unit.length);
                rec.usize += unit.length;
                rec.csize += done.data.length;
            }
            await write(done.data);
            if (unit.block === unit.blocks - 1) {
                if (unit.blocks > 1)
                    await write(dataDescriptor(rec, currentZip64));
                central.push(rec);
            }
        }
        const cdOffset = written;
        let cd = [];
        let cdBytes = 0;
        for (const r of central) {
            const b = centralRecord(r);
            cd.push(b);
            cdBytes += b.length;
            if (cdBytes >= 64 * 1024) {
                await write(Buffer.concat(cd));
                cd = [];
                cdBytes = 0;
            }
        }
        await write(Buffer.concat(cd));
        await write(endRecords(central.length, cdOffset, written - cdOffset));
        sink.end();
        await (0,external_node_stream_promises_.finished)(sink);
    }
    catch (err) {
        for (const a of ahead)
            a.done.catch(() => undefined);
        sink.destroy();
        throw sinkError && !(err instanceof errors_BundleError) ? sinkError : err;
    }
    finally {
        await runner.close();
    }
    return { sha256: hash.digest('hex'), size: written, entries: central.length };
}

;// CONCATENATED MODULE: ./src/bundle/model.ts
// The bundle model every stage reads: entries from one walk of a folder (ignore rules applied),
// or from one bounded read of an archive, with file text on demand.





/** Files larger than this are never read (configuration files and scripts are far smaller). */
const MAX_TEXT_BYTES = 512 * 1024;
/** '/'-separated, no leading './' or '/', no trailing '/'. */
function normalizeEntryPath(p) {
    return p
        .replace(/\\/g, '/')
        .split('/')
        .filter((part) => part !== '' && part !== '.')
        .join('/');
}
/** Text of a small file, without a BOM; undefined for binary content or over the size limit. */
function decodeText(buf) {
    if (buf.length > MAX_TEXT_BYTES)
        return undefined;
    if (buf.subarray(0, 8000).includes(0))
        return undefined;
    const text = buf.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function formatLimit(bytes) {
    for (const [unit, size] of [
        ['GiB', 1024 ** 3],
        ['MiB', 1024 ** 2],
        ['KiB', 1024],
    ]) {
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size} ${unit}`;
    }
    return `${bytes} bytes`;
}
function sortEntries(entries) {
    return entries
        .map((e) => ({ e, k: Buffer.from(e.path, 'utf8') }))
        .sort((a, b) => Buffer.compare(a.k, b.k))
        .map((x) => x.e);
}
/** A model over entries whose text is already held (an archive read, or a test). */
function modelFrom(spec) {
    return {
        kind: spec.kind,
        root: spec.root,
        ...(spec.archiveType ? { archiveType: spec.archiveType } : {}),
        entries: sortEntries(spec.entries),
        problems: spec.problems,
        ignoreFile: null,
        read: (p) => spec.contents.get(normalizeEntryPath(p)),
        excluded: () => undefined,
    };
}
/** Read a file of the tree without following a link, at most MAX_TEXT_BYTES + 1 bytes. */
function readSmallFile(abs) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch {
        return undefined;
    }
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            return undefined;
        const buf = Buffer.alloc(MAX_TEXT_BYTES + 1);
        let n = 0;
        for (;;) {
            const got = (0,external_node_fs_.readSync)(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n === buf.length)
                return undefined;
        }
        return buf.subarray(0, n);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Walk a folder into the model: the entries are exactly what the archive writer bundles. */
async function directoryModel(opts) {
    const hasher = opts.digest ? new TreeHasher() : null;
    const w = await walk({ ...opts, ...(hasher ? { onFile: (e, abs) => hasher.add(e, abs) } : {}) });
    const files = new Map(w.entries.filter((e) => e.type === 'file').map((e) => [e.path, e]));
    const cache = new Map();
    const digestOf = async (h) => treeDigest(w.entries, await h.finish(), ZIP_FORMAT);
    let digest;
    const start = (h) => {
        const p = digestOf(h);
        p.catch(() => undefined); // its reader handles a failure; a run that stops earlier must not crash on it
        return p;
    };
    if (hasher)
        digest = start(hasher);
    const later = () => {
        const h = new TreeHasher();
        for (const e of files.values())
            h.add(e, external_node_path_default().join(w.root, ...e.path.split('/')));
        return start(h);
    };
    return {
        treeDigest: () => (digest ??= later()),
        kind: 'directory',
        root: w.root,
        entries: w.entries,
        problems: w.problems,
        ignoreFile: w.ignoreFile,
        read(p) {
            const key = normalizeEntryPath(p);
            if (cache.has(key))
                return cache.get(key);
            const e = files.get(key);
            const buf = e && e.size <= MAX_TEXT_BYTES ? readSmallFile(external_node_path_default().join(w.root, ...key.split('/'))) : undefined;
            const text = buf === undefined ? undefined : decodeText(buf);
            cache.set(key, text);
            return text;
        },
        excluded: (p) => w.excluded(p),
    };
}

;// CONCATENATED MODULE: ./src/bundle/archive.ts
// A prebuilt archive given as the bundle: accepted as-is (its type read from its first bytes),
// and read into the same model a walked folder gives, within fixed limits. Only the listing is
// read in full (zip: the central directory; tar: the headers, streaming past the data); file
// content is read only for the files rules need, each under a size cap, so a zip or tar bomb
// ends in one problem that names the file and the limit instead of exhausting memory.









const ACCEPTED = 'a zip (.zip/.jar/.war), a tar or a gzipped tar (.tgz/.tar.gz)';
const ARCHIVE_LIMITS = {
    maxEntries: 200_000,
    maxExpandedBytes: 4 * 1024 ** 3,
    maxFileBytes: 512 * 1024,
    maxContentBytes: 32 * 1024 ** 2,
};
/** Configuration files any rule reads: AppSpec, .ebextensions, .platform, Procfile and friends. */
function needsContent(p) {
    if (/^([^/]+\/)?appspec\.(ya?ml|json)$/i.test(p))
        return true;
    if (/^(\.ebextensions|\.platform)\//.test(p))
        return true;
    return /^(Procfile|Buildfile|Dockerfile|Dockerrun\.aws\.json|docker-compose\.ya?ml)$/.test(p);
}
/** The bundle type of an archive by its content (magic bytes), or null when it is none of them. */
function detectBundleType(head) {
    if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50)
        return 'zip';
    // An empty zip is only an end-of-central-directory record.
    if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50)
        return 'zip';
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'tgz';
    if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return 'tar';
    return null;
}
/** Hex sha256 of a file, streamed. */
async function sha256File(file, signal) {
    const hash = createHash('sha256');
    await pipeline(createReadStream(file), hash, signal ? { signal } : {});
    return hash.digest('hex');
}
/** A limit was reached: reading stops, and the model says it is incomplete. */
class LimitReached extends Error {
}
/** What one read of an archive collects; shared by the listing pass and the content pass. */
class Collector {
    name;
    limits;
    entries = new Map();
    contents = new Map();
    problems = [];
    count = 0;
    expanded = 0;
    held = 0;
    constructor(name, limits) {
        this.name = name;
        this.limits = limits;
    }
    stop(message) {
        this.problems.push({ kind: 'archive-limit', path: this.name, message, incomplete: true });
        throw new LimitReached(message);
    }
    /** Count an entry and its expanded size against the limits. */
    count1(size) {
        this.count++;
        this.expanded += size;
        if (this.count > this.limits.maxEntries) {
            this.stop(`${this.name} holds more than ${this.limits.maxEntries.toLocaleString('en-US')} entries, the most hookline reads from an archive; it stopped reading there. Bundle fewer files (exclude dependencies the instance installs), or give the folder instead.`);
        }
        if (this.expanded > this.limits.maxExpandedBytes)
            this.tooLarge();
    }
    /** Bytes streamed out of a tar: the headers and padding count too. */
    streamed(total) {
        if (total > this.limits.maxExpandedBytes + 1024 ** 2)
            this.tooLarge();
    }
    tooLarge() {
        this.stop(`${this.name} expands to more than ${formatLimit(this.limits.maxExpandedBytes)}, the most hookline reads from an archive (a bundle this size is usually a mistake, or a zip/tar bomb); it stopped reading there. Check what the archive holds.`);
    }
    /** An entry whose data does not match its header: the archive is corrupt or crafted. */
    overflow(p, declared) {
        this.stop(`${p} in ${this.name} expands beyond the ${declared.toLocaleString('en-US')} bytes its header declares; the archive is corrupt or crafted (a zip bomb). Rebuild it.`);
    }
    /** Accept a name (raw bytes or as decoded), or record why it cannot ship. */
    accept(check) {
        if (!check.ok) {
            this.problems.push({ kind: check.kind, path: check.shown, message: nameProblemMessage(check.kind, check.shown) });
            return undefined;
        }
        const raw = check.name.replace(/\\/g, '/');
        const parts = raw.split('/');
        if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || parts.includes('..')) {
            const shown = escapeName(check.name);
            this.problems.push({
                kind: 'name-unsafe',
                path: shown,
                message: `${shown} in ${this.name} is an absolute path or climbs out with '..': it would be extracted outside the deployment folder, or refused. Rebuild the archive with paths relative to its root.`,
            });
            return undefined;
        }
        return normalizeEntryPath(raw);
    }
    add(p, entry) {
        if (p === '')
            return;
        this.entries.set(p, { path: entry.type === 'dir' ? `${p}/` : p, ...entry });
    }
    /** Reserve room for `size` bytes of content (as declared); false when over a content limit. */
    reserve(size) {
        if (size > this.limits.maxFileBytes || this.held + size > this.limits.maxContentBytes)
            return false;
        this.held += size;
        return true;
    }
    keep(p, data) {
        const text = decodeText(data);
        if (text !== undefined)
            this.contents.set(p, text);
    }
}
/** Read a stream into memory up to `cap` bytes; null when it holds more (the stream is destroyed). */
async function readCapped(stream, cap) {
    const chunks = [];
    let n = 0;
    for await (const chunk of stream) {
        n += chunk.length;
        if (n > cap) {
            stream.destroy();
            return null;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
// --- zip -------------------------------------------------------------------------------------
function zipMode(e, isDir) {
    const unix = e.versionMadeBy >> 8 === 3 ? (e.externalFileAttributes >>> 16) & 0xffff : 0;
    if (unix !== 0)
        return (unix & 0o170000) === 0 ? unix | (isDir ? 0o040000 : 0o100000) : unix;
    return isDir ? 0o040755 : 0o100644;
}
async function readZip(file, c, list, wants) {
    const yauzl = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 663, 19));
    const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
    try {
        const toRead = [];
        for await (const e of zip.eachEntry()) {
            const raw = e.fileName;
            const isDir = raw.length > 0 && raw[raw.length - 1] === 0x2f;
            if (list)
                c.count1(e.uncompressedSize);
            const p = list ? c.accept(checkName(raw)) : normalizeEntryPath(raw.toString('utf8'));
            if (p === undefined)
                continue;
            const mode = zipMode(e, isDir);
            const type = (mode & 0o170000) === 0o120000 ? 'symlink' : isDir || (mode & 0o170000) === 0o040000 ? 'dir' : 'file';
            if (list)
                c.add(p, { type, mode, size: type === 'dir' ? 0 : e.uncompressedSize });
            if (type === 'file' && wants(p) && c.reserve(e.uncompressedSize))
                toRead.push({ path: p, entry: e });
        }
        for (const { path: p, entry } of toRead) {
            let data;
            try {
                data = await readCapped(await zip.openReadStreamPromise(entry), c.limits.maxFileBytes);
            }
            catch (err) {
                // yauzl checks the data against the declared size (validateEntrySizes).
                if (/too many bytes|expected \d+ bytes/i.test(err.message))
                    c.overflow(p, entry.uncompressedSize);
                throw err;
            }
            if (data === null)
                c.overflow(p, entry.uncompressedSize);
            c.keep(p, data);
        }
    }
    finally {
        zip.close();
    }
}
// --- tar -------------------------------------------------------------------------------------
const TAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Link']);
/** Record a tar entry in the listing: its type and mode from the header. */
function listTarEntry(c, p, e) {
    const perm = (e.mode ?? 0) & 0o7777;
    if (e.type === 'Directory')
        c.add(p, { type: 'dir', mode: 0o040000 | (perm || 0o755), size: 0 });
    else if (e.type === 'SymbolicLink') {
        c.add(p, { type: 'symlink', mode: 0o120000 | (perm || 0o777), size: 0, ...(e.linkpath ? { linkTarget: e.linkpath } : {}) });
    }
    else if (TAR_FILE_TYPES.has(e.type))
        c.add(p, { type: 'file', mode: 0o100000 | (perm || 0o644), size: e.size ?? 0 });
    else {
        c.problems.push({
            kind: 'not-regular',
            path: p,
            message: `${p} in ${c.name} is a ${e.type} entry; a bundle can hold only files, folders and symlinks. Rebuild the archive without it.`,
        });
    }
}
async function readTar(file, gzipped, c, list, wants) {
    const tar = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 8697));
    let failure;
    const parser = new tar.Parser({
        strict: false,
        onReadEntry: (e) => {
            try {
                const size = e.size ?? 0;
                if (list)
                    c.count1(size);
                const p = list ? c.accept(checkDecodedName(e.path)) : normalizeEntryPath(e.path);
                if (p !== undefined && list)
                    listTarEntry(c, p, e);
                if (p !== undefined && TAR_FILE_TYPES.has(e.type) && wants(p) && c.reserve(size)) {
                    const chunks = [];
                    e.on('data', (d) => chunks.push(d));
                    e.on('end', () => c.keep(p, Buffer.concat(chunks)));
                }
                else {
                    e.resume();
                }
            }
            catch (err) {
                failure ??= err;
                e.resume();
            }
        },
    });
    parser.on('error', (err) => (failure ??= err));
    const source = (0,external_node_fs_.createReadStream)(file);
    const stream = gzipped ? source.pipe((0,external_node_zlib_.createGunzip)()) : source;
    if (gzipped)
        source.on('error', (err) => stream.destroy(err));
    let total = 0;
    try {
        for await (const chunk of stream) {
            total += chunk.length;
            if (list)
                c.streamed(total);
            if (!parser.write(chunk))
                await new Promise((resolve) => parser.once('drain', resolve));
            if (failure)
                break;
        }
        if (!failure)
            await new Promise((resolve) => parser.end(resolve));
    }
    finally {
        stream.destroy();
        source.destroy();
    }
    if (failure)
        throw failure;
}
// --- the model ---------------------------------------------------------------------------------
async function readHead(file) {
    const st = await (0,promises_.stat)(file);
    if (!st.isFile())
        throw new Error('not a regular file');
    const head = Buffer.alloc(512);
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const { bytesRead } = await fh.read(head, 0, head.length, 0);
        return { size: st.size, head: head.subarray(0, bytesRead) };
    }
    finally {
        await fh.close();
    }
}
function notAnArchive(file, head) {
    const what = head.length === 0 ? 'is empty' : `starts with the bytes ${head.subarray(0, 8).toString('hex')}`;
    return `${external_node_path_default().basename(file)} is not an archive hookline can deploy: it ${what}. Give ${ACCEPTED}, or a directory.`;
}
/**
 * Read a prebuilt archive into the bundle model. Problems (names, limits, not an archive at all)
 * are in `model.problems`; only a file that cannot be opened throws.
 */
async function readArchiveModel(file, opts = {}) {
    const limits = { ...ARCHIVE_LIMITS, ...opts.limits };
    const name = external_node_path_default().basename(file);
    let head;
    try {
        ({ head } = await readHead(file));
    }
    catch (err) {
        throw new errors_BundleError(`Could not read the archive ${file}: ${err.message}. Give ${ACCEPTED}, or a directory.`, file, {
            cause: err,
        });
    }
    const type = detectBundleType(head);
    const c = new Collector(name, limits);
    const finish = () => modelFrom({
        kind: 'archive',
        root: file,
        archiveType: type ?? undefined,
        entries: [...c.entries.values()],
        problems: c.problems,
        contents: c.contents,
    });
    if (!type) {
        c.problems.push({ kind: 'not-an-archive', path: name, message: notAnArchive(file, head), incomplete: true });
        return finish();
    }
    const pass = (list, wants) => type === 'zip' ? readZip(file, c, list, wants) : readTar(file, type === 'tgz', c, list, wants);
    try {
        opts.signal?.throwIfAborted();
        await pass(true, opts.wants ?? needsContent);
        opts.signal?.throwIfAborted();
        const more = new Set((opts.alsoRead?.(finish()) ?? []).filter((p) => c.entries.get(p)?.type === 'file' && !c.contents.has(p)));
        if (more.size > 0)
            await pass(false, (p) => more.has(p));
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw err;
        if (!(err instanceof LimitReached)) {
            c.problems.push({
                kind: 'not-an-archive',
                path: name,
                message: `${name} looks like a ${type} archive but cannot be read: ${err.message}.`,
                incomplete: true,
            });
        }
    }
    return finish();
}
/** Accept a prebuilt archive as the bundle: its type from its content, not its name. */
async function readPrebuilt(file, signal, model) {
    const m = model ?? (await readArchiveModel(file, { signal }));
    const fatal = m.problems.find((p) => p.kind === 'not-an-archive');
    if (fatal || !m.archiveType)
        throw new BundleError(fatal?.message ?? `${file} is not an archive`, file);
    const { size } = await stat(file);
    const list = m.entries;
    return { file, sha256: await sha256File(file, signal), size, bundleType: m.archiveType, entries: list.length, list, model: m };
}

;// CONCATENATED MODULE: ./src/bundle/exec-bits.ts
// Executable bits for trees that lost them. A checkout on a Windows runner, or a folder restored
// by actions/download-artifact (which zips without unix modes), has no file with an x bit, so
// the scripts a deployment executes would ship 0644: older Beanstalk platforms fail the hook with
// "permission denied", and CodeDeploy chmods only the hook file itself, not what `files` installs.
//
// The rule ("none set", per tree): among the scripts the deployment will execute — the appspec's
// hook locations and the files directly in a `.platform/hooks/<stage>/` or
// `.platform/confighooks/<stage>/` folder — when *none* has any x bit, the modes were lost, and
// every one of them gets 0755 in the model (so the archive, its digest and validation all see
// 0755). When at least one has an x bit the tree kept its modes: nothing changes, and a script left
// without its bit is the validation finding it was before.

/** The permission bits a restored script gets (rwxr-xr-x). */
const RESTORED_MODE = 0o755;
/** A file in a platform hook stage folder (the platform executes exactly those, in name order). */
const PLATFORM_HOOK_FILE = /^\.platform\/(hooks|confighooks)\/(prebuild|predeploy|postdeploy)\/[^/]+$/;
/** Give `scripts` (bundle paths) mode 0755 when none of them has an x bit; see the rule above. */
function restoreExecBits(model, scripts) {
    const wanted = new Set(scripts);
    const targets = model.entries.filter((e) => e.type === 'file' && wanted.has(e.path));
    if (targets.length === 0 || targets.some((e) => (e.mode & 0o111) !== 0))
        return { model, restored: [] };
    const hit = new Set(targets.map((e) => e.path));
    const entries = model.entries.map((e) => (hit.has(e.path) ? { ...e, mode: (e.mode & ~0o7777) | RESTORED_MODE } : e));
    const restored = [...hit].sort();
    const out = { ...model, entries };
    // A digest of the walked tree (when the model has one) names the archive: the restored modes
    // must change it, or a run with restore-exec-bits: false would reuse this archive and its modes.
    const base = model.treeDigest;
    if (base) {
        let digest;
        out.treeDigest = () => (digest ??= base().then((d) => withRestoredModes(d, restored)));
    }
    return { model: out, restored };
}
/** A tree digest that also covers the paths whose mode became 0755. */
function withRestoredModes(treeDigest, restored) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(`${treeDigest}\nrestore-exec-bits ${RESTORED_MODE.toString(8)}\n`);
    for (const p of restored)
        h.update(`${p}\n`);
    return h.digest('hex');
}

;// CONCATENATED MODULE: ./src/bundle/index.ts
// The revision bundle: a directory walked into a deterministic zip, or a prebuilt archive as-is.
// Both are read into one model (model.ts) that validation, the writer and diagnosis share.













/** The bundle at `target` (a folder, or a prebuilt archive) as the model every stage reads. */
async function openBundle(target, opts = {}) {
    const isFile = await (0,promises_.stat)(target).then((st) => st.isFile(), () => false);
    if (isFile)
        return readArchiveModel(target, { alsoRead: opts.alsoRead, limits: opts.limits, signal: opts.signal });
    return directoryModel({ root: target, include: opts.include, exclude: opts.exclude, ignoreFile: opts.ignoreFile, digest: opts.digest });
}
/**
 * The ignore file of a folder for a target: .deployignore for CodeDeploy, .ebignore for Beanstalk;
 * 'auto' takes the one present (both: .deployignore when an appspec sits at the root).
 */
function ignoreFileFor(target, root) {
    if (target === 'codedeploy')
        return '.deployignore';
    if (target === 'beanstalk')
        return '.ebignore';
    const exists = (name) => {
        try {
            (0,external_node_fs_.lstatSync)(external_node_path_default().join(root, name));
            return true;
        }
        catch {
            return false;
        }
    };
    const deploy = exists('.deployignore');
    const eb = exists('.ebignore');
    if (deploy && eb)
        return ['appspec.yml', 'appspec.yaml', 'appspec.json'].some(exists) ? '.deployignore' : '.ebignore';
    return deploy ? '.deployignore' : eb ? '.ebignore' : null;
}
const APPSPEC = /^appspec\.(ya?ml|json)$/i;
/** Throw unless appspec.yml (or .yaml/.json) is a file at the root, naming what was found instead. */
async function checkAppspec(root, list) {
    if (list.some((e) => e.type === 'file' && /^appspec\.(yml|yaml|json)$/.test(e.path)))
        return;
    const near = list.filter((e) => e.type !== 'dir' && APPSPEC.test(external_node_path_default().posix.basename(e.path)));
    const atRoot = near.find((e) => !e.path.includes('/'));
    if (atRoot) {
        throw new errors_BundleError(`${atRoot.path} is at the bundle root but CodeDeploy looks for appspec.yml in lower case: rename it to appspec.yml.`, atRoot.path);
    }
    if (near.length > 0) {
        const first = near[0];
        const dir = external_node_path_default().posix.dirname(first.path);
        const others = near.length > 1
            ? ` (also found: ${near
                .slice(1, 4)
                .map((e) => e.path)
                .join(', ')})`
            : '';
        throw new errors_BundleError(`appspec.yml must be at the root of the bundle, but it is at ${first.path}${others}; set \`path: ${dir}\` so that folder is the bundle root.`, first.path);
    }
    for (const name of ['appspec.yml', 'appspec.yaml', 'appspec.json']) {
        const exists = await (0,promises_.access)(external_node_path_default().join(root, name)).then(() => true, () => false);
        if (exists) {
            throw new errors_BundleError(`${name} is in ${root} but the include/exclude globs or the ignore file leave it out of the bundle; CodeDeploy needs it at the root.`, name);
        }
    }
    throw new errors_BundleError(`No appspec.yml at the root of the bundle (${root}). CodeDeploy needs appspec.yml at the root of the revision: add one, or set \`path\` to the folder that holds it.`, 'appspec.yml');
}
/** A tree with a name, link or file that cannot ship is not bundled: the first problem says why. */
function refuseProblems(model) {
    const [first, ...rest] = model.problems;
    if (!first)
        return;
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}: run \`hookline validate\` to list them)` : '';
    throw new errors_BundleError(`${first.message}${more}`, first.path);
}
/** Throw unless the walked folder can be bundled: no problems, and (CodeDeploy) an appspec at the root. */
async function checkBundlable(model, requireAppspec) {
    if (model.kind !== 'directory')
        throw new errors_BundleError(`${model.root} is an archive; it is uploaded as it is, not bundled.`, model.root);
    refuseProblems(model);
    if (requireAppspec)
        await checkAppspec(model.root, model.entries);
}
/** The tree digest of a walked folder (hashed during its walk when it asked to). */
function treeDigestOf(model) {
    if (!model.treeDigest)
        throw new errors_BundleError(`${model.root} is an archive: it has no tree digest.`, model.root);
    return model.treeDigest();
}
/** Walk `root` and write its deterministic zip to `outFile`, with its sha256 and the tree digest that names it. */
async function buildBundle(opts) {
    const outFile = external_node_path_default().resolve(opts.outFile);
    const partial = `${outFile}.partial-${process.pid}`;
    const model = opts.model ??
        (await directoryModel({
            root: opts.root,
            include: opts.include,
            exclude: opts.exclude,
            ignoreFile: opts.ignoreFile,
            skip: [outFile, partial],
            digest: true,
        }));
    await checkBundlable(model, opts.requireAppspec);
    const { root, entries } = model;
    const digest = treeDigestOf(model);
    await (0,promises_.mkdir)(external_node_path_default().dirname(outFile), { recursive: true });
    const sink = (0,external_node_fs_.createWriteStream)(partial);
    try {
        const res = await writeZip({ root, entries, sink, concurrency: opts.concurrency, signal: opts.signal });
        const treeDigest = await digest;
        await (0,promises_.rename)(partial, outFile);
        return { file: outFile, sha256: res.sha256, treeDigest, size: res.size, bundleType: 'zip', entries: res.entries, list: entries, model };
    }
    catch (err) {
        // The stream opens its file asynchronously: wait until it is closed, or an open still pending
        // would create the partial file again after it was removed.
        if (!sink.closed)
            await new Promise((resolve) => sink.once('close', () => resolve()).destroy());
        await (0,promises_.rm)(partial, { force: true });
        if (err instanceof errors_BundleError || opts.signal?.aborted)
            throw err;
        throw new errors_BundleError(`Could not write the bundle to ${outFile}: ${err.message}`, outFile, { cause: err });
    }
}


/***/ }),

/***/ 540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ fileMappings),
/* harmony export */   BR: () => (/* binding */ hookEvents),
/* harmony export */   To: () => (/* binding */ hookScriptPaths),
/* harmony export */   VL: () => (/* binding */ readAppspec),
/* harmony export */   pU: () => (/* binding */ locationInBundle)
/* harmony export */ });
/* unused harmony export APPSPEC_FILE_NAMES */
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3877);

const APPSPEC_FILE_NAMES = ['appspec.yml', 'appspec.yaml', 'appspec.json'];
/** Parse an AppSpec file; `source` is undefined when it is not a document at all (see findings). */
function readAppspec(file, text) {
    const json = file.endsWith('.json') || text.trimStart().startsWith('{');
    return (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSource */ .PJ)(file, text, { rulePrefix: 'appspec', json });
}
/** The EC2/on-premises `hooks`: each event with the `location` of its scripts, in file order. */
function hookEvents(src) {
    const hooks = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .getPair */ .xf)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)(src.doc.contents), 'hooks')?.value);
    return (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .pairs */ .AS)(hooks).map((event) => {
        const seq = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asSeq */ .wH)(event.value);
        const single = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)(event.value);
        const items = seq ? seq.items : single ? [single] : [];
        const scripts = [];
        for (const item of items) {
            const loc = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .getPair */ .xf)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)(item), 'location');
            const value = loc ? (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asScalar */ .T7)(loc.value) : undefined;
            const location = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarString */ .Cg)(value);
            if (value && location !== undefined)
                scripts.push({ location, ...(0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .nodePos */ .TP)(src, value) });
        }
        return { event: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .keyText */ .Pu)(event), line: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .pairPos */ .Rw)(src, event).line, items: items.length, scripts };
    });
}
/** The `files` mappings: source relative to the bundle root, destination on the instance. */
function fileMappings(src) {
    const files = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asSeq */ .wH)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .getPair */ .xf)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)(src.doc.contents), 'files')?.value);
    const out = [];
    for (const item of files?.items ?? []) {
        const map = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)(item);
        const source = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarString */ .Cg)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .getPair */ .xf)(map, 'source')?.value);
        const destination = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarString */ .Cg)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .getPair */ .xf)(map, 'destination')?.value);
        if (source !== undefined && destination !== undefined)
            out.push({ source, destination, line: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .nodePos */ .TP)(src, item).line });
    }
    return out;
}
/** A hook `location` as a bundle-relative path (the agent ignores a leading '/'); undefined when it climbs with '..'. */
function locationInBundle(location, root = '') {
    const parts = location
        .trim()
        .replace(/\\/g, '/')
        .split('/')
        .filter((p) => p !== '' && p !== '.');
    if (parts.includes('..'))
        return undefined;
    const rel = parts.join('/');
    return root ? `${root}/${rel}` : rel;
}
/**
 * The bundle paths of the hook scripts the appspec names (at the root, or the single appspec
 * one folder down that current agents move up): what an archive read must hold the text of.
 */
function hookScriptPaths(paths, read) {
    const all = [...paths];
    let appspec = APPSPEC_FILE_NAMES.find((n) => all.includes(n));
    let root = '';
    if (!appspec) {
        const nested = all.filter((p) => /^[^/]+\/appspec\.(yml|yaml|json)$/.test(p));
        if (nested.length === 1) {
            appspec = nested[0];
            root = appspec.slice(0, appspec.indexOf('/'));
        }
    }
    const text = appspec ? read(appspec) : undefined;
    if (!appspec || text === undefined)
        return [];
    const { source } = readAppspec(appspec, text);
    if (!source)
        return [];
    const out = [];
    for (const ev of hookEvents(source)) {
        for (const s of ev.scripts) {
            const p = locationInBundle(s.location, root);
            if (p)
                out.push(p);
        }
    }
    return out;
}


/***/ }),

/***/ 3877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ asMap),
/* harmony export */   AS: () => (/* binding */ pairs),
/* harmony export */   Cg: () => (/* binding */ scalarString),
/* harmony export */   PJ: () => (/* binding */ parseSource),
/* harmony export */   Pu: () => (/* binding */ keyText),
/* harmony export */   Rw: () => (/* binding */ pairPos),
/* harmony export */   T7: () => (/* binding */ asScalar),
/* harmony export */   TP: () => (/* binding */ nodePos),
/* harmony export */   WQ: () => (/* binding */ describeNode),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   aO: () => (/* binding */ scalarSource),
/* harmony export */   f5: () => (/* binding */ isQuoted),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   i8: () => (/* binding */ valuePos),
/* harmony export */   wH: () => (/* binding */ asSeq),
/* harmony export */   xf: () => (/* binding */ getPair)
/* harmony export */ });
/* unused harmony export offsetPos */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Parsing configuration files with source positions, and the helpers every rule uses to point a
// finding at a line and column (1-based) of the file it is about.

function finding(file, pos, severity, rule, message) {
    return { file, line: pos.line, column: pos.column, severity, rule, message };
}
function offsetPos(lc, offset) {
    const { line, col } = lc.linePos(Math.max(0, offset));
    return { line, column: col };
}
/** Position of a node (its first character); the start of the file when there is none. */
function nodePos(src, node) {
    const range = node?.range;
    if (range)
        return offsetPos(src.lc, range[0]);
    return { line: 1, column: 1 };
}
/** Position of a pair: its key (where editors put the cursor for "this key"). */
function pairPos(src, pair) {
    return nodePos(src, pair.key ?? pair.value);
}
/** Position of a pair's value, falling back to its key (e.g. `key:` with nothing after it). */
function valuePos(src, pair) {
    return pair.value ? nodePos(src, pair.value) : pairPos(src, pair);
}
/** Line/column from a position in JSON.parse's message ("… at position 42 …"). */
function jsonErrorPos(text, message, lc) {
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    if (lineCol)
        return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
    const at = /position (\d+)/.exec(message);
    if (at)
        return offsetPos(lc, Number(at[1]));
    // V8: `Unexpected token 'T', ..."<10 chars before>T…" is not valid JSON` (no position given).
    const tok = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
    if (tok) {
        const snippet = tok[3].slice(0, 40);
        const start = text.indexOf(snippet);
        if (start >= 0)
            return offsetPos(lc, start + (tok[2] ? 10 : Math.max(0, snippet.indexOf(tok[1]))));
    }
    return offsetPos(lc, text.length);
}
/**
 * Parse YAML 1.1 (what the CodeDeploy agent's Psych and Beanstalk's PyYAML read: `0755` is octal,
 * `yes` is true) or JSON, keeping positions. Returns the findings for syntax problems; `source`
 * is undefined when the file cannot be read as a document at all.
 */
function parseSource(file, text, opts) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const findings = [];
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { version: '1.1', lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (opts.json) {
        try {
            JSON.parse(text);
        }
        catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            findings.push(finding(file, jsonErrorPos(text, msg, lc), 'error', `${opts.rulePrefix}/syntax`, `${file} is not valid JSON: ${msg}`));
            return { findings };
        }
    }
    let fatal = false;
    // One syntax error per file: the first is the cause, the rest usually follow from it; a tab
    // used for indentation is the most common cause and gets its own hint.
    const firstFatal = doc.errors.find((e) => e.code === 'TAB_AS_INDENT') ?? doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    for (const err of doc.errors) {
        if (err.code !== 'DUPLICATE_KEY' && err !== firstFatal) {
            fatal = true;
            continue;
        }
        const pos = offsetPos(lc, err.pos[0]);
        if (err.code === 'DUPLICATE_KEY') {
            findings.push(finding(file, pos, 'warning', `${opts.rulePrefix}/duplicate-key`, `${file}: this key appears twice in the same mapping; the parser on the instance keeps only the last one, so the first is silently ignored. Merge the two entries.`));
            continue;
        }
        fatal = true;
        const hint = err.code === 'TAB_AS_INDENT' ? ' Indent with spaces: YAML does not allow tabs for indentation.' : '';
        findings.push(finding(file, pos, 'error', `${opts.rulePrefix}/syntax`, `${file} is not valid YAML: ${err.message}.${hint}`));
    }
    for (const w of doc.warnings) {
        if (w.code === 'TAG_RESOLVE_FAILED') {
            findings.push(finding(file, offsetPos(lc, w.pos[0]), 'warning', `${opts.rulePrefix}/yaml-tag`, `${file}: ${w.message}. Short-form CloudFormation tags (!Ref, !GetAtt, !Sub) are not understood here; use the long form, e.g. { "Ref": "Name" } or { "Fn::GetAtt": ["Name", "Attr"] }.`));
        }
    }
    if (fatal)
        return { findings };
    return { source: { file, text, lc, doc }, findings };
}
function asMap(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? node : undefined;
}
function asSeq(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node : undefined;
}
function asScalar(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? node : undefined;
}
/** The key of a pair as text (scalar keys only; others give ''). */
function keyText(pair) {
    const k = pair.key;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k))
        return k.value === null || k.value === undefined ? '' : String(k.value);
    return '';
}
function pairs(map) {
    return map ? map.items.filter((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p)) : [];
}
function getPair(map, key) {
    return pairs(map).find((p) => keyText(p) === key);
}
/** Scalar value as a string (numbers and booleans stringified); undefined for non-scalars/null. */
function scalarString(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return undefined;
    if (node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
/** How a scalar was written in the file (its source text), e.g. `000755` for an octal int. */
function scalarSource(node) {
    const src = node.source;
    return typeof src === 'string' ? src : String(node.value);
}
function isQuoted(node) {
    return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
}
/** A short printable form of a value for messages. */
function show(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    if (value === null || value === undefined)
        return 'nothing';
    return String(value);
}
function describeNode(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return node.value === null ? 'an empty value' : `${typeof node.value === 'string' ? 'the string' : 'the value'} ${show(node.value)}`;
    return 'nothing';
}


/***/ })

};
