export const id = 440;
export const ids = [440];
export const modules = {

/***/ 5440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bundleCommand: () => (/* binding */ bundleCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/bundle/walk.ts





const S_IFLNK = 0o120000;
/** Mode stored for a symlink entry (Info-ZIP's convention). */
const SYMLINK_MODE = S_IFLNK | 0o777;
function isInside(root, p) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
async function loadIgnore(root, file) {
    if (!file)
        return null;
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return null;
        throw new errors_BundleError(`Could not read ${file}: ${err.message}`, file, { cause: err });
    }
    return ignore_default()().add(text);
}
function unreadable(rel, err) {
    return new errors_BundleError(`Could not read ${rel} while bundling: ${err.message}. Fix its permissions or exclude it.`, rel, {
        cause: err,
    });
}
async function checkSymlink(root, abs, rel) {
    const target = await (0,promises_.readlink)(abs);
    if (external_node_path_default().isAbsolute(target)) {
        const suggestion = isInside(root, target) ? ` Make it relative: ln -sfn ${external_node_path_default().relative(external_node_path_default().dirname(abs), target)} ${rel}` : '';
        throw new errors_BundleError(`Symlink ${rel} points to the absolute path ${target}; on the instance that path is outside the bundle. ` +
            `A bundle may only hold relative symlinks that stay inside it.${suggestion}`, rel);
    }
    const lexical = external_node_path_default().resolve(external_node_path_default().dirname(abs), target);
    let resolved = lexical;
    try {
        resolved = await (0,promises_.realpath)(abs);
    }
    catch {
        // A dangling link: judge it by its text alone.
    }
    if (!isInside(root, lexical) || !isInside(root, resolved)) {
        const shown = resolved !== lexical ? `${target} (resolves to ${resolved})` : target;
        throw new errors_BundleError(`Symlink ${rel} points outside the bundle root, to ${shown}. ` +
            `hookline never follows a link out of the bundle: copy the target into the bundle, or exclude the link.`, rel);
    }
    return target;
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
    const include = picomatch_default()(opts.include && opts.include.length > 0 ? opts.include : ['**'], { dot: true });
    const exclude = opts.exclude && opts.exclude.length > 0 ? picomatch_default()(opts.exclude, { dot: true }) : null;
    const ig = await loadIgnore(root, opts.ignoreFile);
    const skip = new Set((opts.skip ?? []).map((p) => external_node_path_default().resolve(p)));
    const out = [];
    // Returns whether anything under relDir was kept (so its directory entry is kept too).
    async function visit(absDir, relDir) {
        const dirents = await (0,promises_.readdir)(absDir, { withFileTypes: true }).catch((err) => {
            throw unreadable(relDir === '' ? '.' : `${relDir}/`, err);
        });
        const kept = await Promise.all(dirents.map(async (d) => {
            try {
                return await visitEntry(absDir, relDir, d);
            }
            catch (err) {
                if (err instanceof errors_BundleError)
                    throw err;
                throw unreadable(relDir === '' ? d.name : `${relDir}/${d.name}`, err);
            }
        }));
        return kept.some(Boolean);
    }
    async function visitEntry(absDir, relDir, d) {
        if (d.name === '.git')
            return false;
        const rel = relDir === '' ? d.name : `${relDir}/${d.name}`;
        const abs = external_node_path_default().join(absDir, d.name);
        if (skip.has(abs))
            return false;
        const isDir = d.isDirectory();
        if (ig?.ignores(isDir ? `${rel}/` : rel))
            return false;
        if (exclude?.(rel))
            return false;
        if (isDir) {
            const st = await (0,promises_.lstat)(abs);
            const any = await visit(abs, rel);
            if (!any && !include(rel))
                return false;
            out.push({ path: `${rel}/`, type: 'dir', mode: st.mode & 0o177777, size: 0 });
            return true;
        }
        if (!include(rel))
            return false;
        if (d.isSymbolicLink()) {
            const target = await checkSymlink(root, abs, rel);
            out.push({ path: rel, type: 'symlink', mode: SYMLINK_MODE, size: Buffer.byteLength(target), linkTarget: target });
            return true;
        }
        if (!d.isFile()) {
            throw new errors_BundleError(`${rel} is not a regular file, directory or symlink; a bundle cannot hold it. Exclude it.`, rel);
        }
        const st = await (0,promises_.lstat)(abs);
        out.push({ path: rel, type: 'file', mode: st.mode & 0o177777, size: st.size });
        return true;
    }
    await visit(root, '');
    const keyed = out.map((e) => ({ e, k: Buffer.from(e.path, 'utf8') }));
    keyed.sort((a, b) => Buffer.compare(a.k, b.k));
    return { root, entries: keyed.map((x) => x.e) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/bundle/crc32.ts
// CRC-32 (the zip polynomial). Node >= 20.15 / 22.2 has a native zlib.crc32; older Node gets a
// table-driven fallback so the CLI still runs there.

let table = null;
function crc32Js(data, initial = 0) {
    if (!table) {
        table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            table[n] = c >>> 0;
        }
    }
    let crc = (initial ^ 0xffffffff) >>> 0;
    for (let i = 0; i < data.length; i++)
        crc = (table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8)) >>> 0;
    return (crc ^ 0xffffffff) >>> 0;
}
const crc32_native = (external_node_zlib_default()).crc32;
/** CRC-32 of `data`, continuing from `initial` (the CRC of the bytes before it). */
const crc32 = crc32_native ? (data, initial = 0) => crc32_native(data, initial) >>> 0 : crc32Js;

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

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/bundle/deflate-pool.ts
// Read + CRC + deflate of file blocks, off the main thread. A worker gets a batch of blocks (many
// small files, or one 1 MiB block of a large file) and does everything synchronously — read,
// CRC, deflateRawSync — so the per-file cost is a few microseconds of C, not the ~200 µs of
// JavaScript stream machinery that zlib's async API spends on every call (measured: async
// zlib.deflateRaw per file made the whole zip cost 4.4 s of CPU for 70 MB where the deflate
// itself is 2.2 s). Small bundles run the same code inline and start no worker.
//
// The code below is plain JavaScript in a string so it runs unchanged as a worker
// (`eval: true`, no file to ship next to the ncc bundle) and inline.


const TASK_SOURCE = String.raw `
const fs = require('node:fs');
const zlib = require('node:zlib');
let crcTable = null;
function crc32(buf) {
  if (zlib.crc32) return zlib.crc32(buf) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crcTable[n] = c >>> 0; }
  }
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = crcTable[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
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
function runTask(t) {
  try {
    const dictLen = t.deflate && !t.whole ? t.dictLen : 0;
    const buf = readInto(t.file, t.offset - dictLen, t.length + dictLen);
    const read = Math.min(buf.length - dictLen, t.length + (t.whole ? 1 : 0));
    const raw = buf.subarray(dictLen, dictLen + Math.min(read, t.length));
    const crc = crc32(raw);
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
  parentPort.postMessage({ id: m.id, results }, results.filter((r) => r.ok && r.data.byteLength > 0).map((r) => r.data.buffer));
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
/** Runs blocks on `size` worker threads; each batch goes to the worker with the least queued. */
function workerRunner(size) {
    const pending = new Map();
    let nextId = 0;
    let failed = null;
    const slots = [];
    for (let i = 0; i < Math.max(1, size); i++) {
        const slot = { worker: new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true }), queued: 0 };
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
                pending.set(id, { resolve, reject, slot });
                slot.worker.postMessage({ id, tasks });
            });
        },
        async close() {
            await Promise.all(slots.map((s) => s.worker.terminate()));
        },
    };
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
/** Below this many bytes to deflate, compress on the calling thread: no worker start-up. */
const INLINE_BELOW = 4 * 1024 * 1024;
const BATCH_BYTES = 256 * 1024;
const BATCH_UNITS = 256;
const MAX_UNITS_AHEAD = 8192;
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
    const level = opts.level ?? 6;
    const blockSize = opts.blockSize ?? DEFAULT_BLOCK;
    const maxBytesAhead = opts.maxBytesAhead ?? 16 * 1024 * 1024;
    let deflateBytes = 0;
    for (const e of entries)
        if (e.type === 'file' && shouldDeflate(e.path, e.size))
            deflateBytes += e.size;
    const runner = deflateBytes < INLINE_BELOW ? inlineRunner() : workerRunner(opts.concurrency ?? Math.max(1, external_node_os_default().availableParallelism()));
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
                ahead.push({ unit, done: Promise.resolve({ crc: crc32(data), data, deflated: false }) });
                continue;
            }
            const done = new Promise((resolve, reject) => batch.push({ unit, resolve, reject }));
            done.catch(() => undefined); // awaited in order below; not unhandled meanwhile
            ahead.push({ unit, done });
            bytesAhead += unit.length;
            batchBytes += unit.length;
            if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_UNITS)
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

;// CONCATENATED MODULE: ./src/bundle/archive.ts
// A prebuilt archive given as the bundle: accepted as-is, its type read from its first bytes,
// its listing read (central directory / tar headers) so modes can be checked like a tree's.





const ACCEPTED = 'a zip (.zip/.jar/.war), a tar or a gzipped tar (.tgz/.tar.gz)';
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
async function listZip(file) {
    const yauzl = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 663, 19));
    const zip = await yauzl.openPromise(file, { decodeStrings: true, strictFileNames: false, validateEntrySizes: false });
    const out = [];
    try {
        for await (const e of zip.eachEntry()) {
            const isDir = e.fileName.endsWith('/');
            const unix = e.versionMadeBy >> 8 === 3 ? e.externalFileAttributes >>> 16 : 0;
            const mode = unix !== 0 ? unix : isDir ? 0o40755 : 0o100644;
            const type = (mode & 0o170000) === 0o120000 ? 'symlink' : isDir || (mode & 0o170000) === 0o040000 ? 'dir' : 'file';
            out.push({ path: e.fileName, type, mode, size: e.uncompressedSize });
        }
    }
    finally {
        zip.close();
    }
    return out;
}
async function listTar(file) {
    const tar = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 8697));
    const out = [];
    await tar.list({
        file,
        onReadEntry: (e) => {
            const type = e.type === 'Directory' ? 'dir' : e.type === 'SymbolicLink' ? 'symlink' : 'file';
            const typeBits = type === 'dir' ? 0o040000 : type === 'symlink' ? 0o120000 : 0o100000;
            const entry = { path: e.path, type, mode: typeBits | ((e.mode ?? 0o644) & 0o7777), size: e.size ?? 0 };
            if (e.linkpath)
                entry.linkTarget = e.linkpath;
            out.push(entry);
        },
    });
    return out;
}
/** Accept a prebuilt archive as the bundle: its type from its content, not its name. */
async function readPrebuilt(file, signal) {
    let size;
    const head = Buffer.alloc(512);
    let got = 0;
    try {
        const st = await stat(file);
        if (!st.isFile())
            throw new Error('not a regular file');
        size = st.size;
        const fh = await open(file, 'r');
        try {
            got = (await fh.read(head, 0, head.length, 0)).bytesRead;
        }
        finally {
            await fh.close();
        }
    }
    catch (err) {
        throw new BundleError(`Could not read the archive ${file}: ${err.message}. Give ${ACCEPTED}, or a directory.`, file, {
            cause: err,
        });
    }
    const bundleType = detectBundleType(head.subarray(0, got));
    if (!bundleType) {
        const what = got === 0 ? 'is empty' : `starts with the bytes ${head.subarray(0, Math.min(got, 8)).toString('hex')}`;
        throw new BundleError(`${file} is not an archive hookline can deploy: it ${what}. Give ${ACCEPTED}, or a directory.`, file);
    }
    let list;
    try {
        list = bundleType === 'zip' ? await listZip(file) : await listTar(file);
    }
    catch (err) {
        throw new BundleError(`${file} looks like a ${bundleType} archive but cannot be read: ${err.message}.`, file, {
            cause: err,
        });
    }
    return { file, sha256: await sha256File(file, signal), size, bundleType, entries: list.length, list };
}

;// CONCATENATED MODULE: ./src/bundle/index.ts
// The revision bundle: a directory walked into a deterministic zip, or a prebuilt archive as-is.








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
/** Walk `root` and write its deterministic zip to `outFile`; the sha256 names the revision. */
async function buildBundle(opts) {
    const outFile = external_node_path_default().resolve(opts.outFile);
    const partial = `${outFile}.partial-${process.pid}`;
    const { root, entries } = await walk({
        root: opts.root,
        include: opts.include,
        exclude: opts.exclude,
        ignoreFile: opts.ignoreFile,
        skip: [outFile, partial],
    });
    if (opts.requireAppspec)
        await checkAppspec(root, entries);
    await (0,promises_.mkdir)(external_node_path_default().dirname(outFile), { recursive: true });
    const sink = (0,external_node_fs_.createWriteStream)(partial);
    try {
        const res = await writeZip({ root, entries, sink, concurrency: opts.concurrency, signal: opts.signal });
        await (0,promises_.rename)(partial, outFile);
        return { file: outFile, sha256: res.sha256, size: res.size, bundleType: 'zip', entries: res.entries, list: entries };
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

// EXTERNAL MODULE: ./src/cli/main.ts
var main = __webpack_require__(2957);
;// CONCATENATED MODULE: ./src/cli/bundle.ts
// hookline bundle [DIR] --out FILE [--list]: the exact archive the action would upload.



async function bundleCommand(positionals, values, io) {
    if (typeof values.out !== 'string' || values.out === '')
        throw new main/* UsageError */.eb('--out FILE is required');
    const target = (0,main/* oneOf */.yL)('target', values.target, ['codedeploy', 'beanstalk'], 'codedeploy');
    const root = (0,external_node_path_.resolve)(positionals[0] ?? '.');
    const b = await buildBundle({
        root,
        ignoreFile: target === 'codedeploy' ? '.deployignore' : '.ebignore',
        requireAppspec: target === 'codedeploy',
        outFile: (0,external_node_path_.resolve)(values.out),
    });
    if (values.list)
        for (const e of b.list)
            io.out(`${e.mode.toString(8).padStart(6, '0')} ${String(e.size).padStart(10)} ${e.path}\n`);
    io.out(`${b.sha256}  ${values.out} (${b.entries} entries, ${b.size} bytes)\n`);
    return 0;
}


/***/ })

};
