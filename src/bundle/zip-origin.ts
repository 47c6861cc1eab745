// What a prebuilt zip says about the system that made it, from its central directory alone: names
// written with backslashes (PowerShell 5's Compress-Archive and .NET Framework's ZipFile do that),
// and entries without unix modes (version-made-by host other than 3, unix: Windows tools, and
// Java's jar). Linux extracts a backslash name as one file called `scripts\start.sh`, and an
// entry without a mode as 0644.
import { normalizeEntryPath } from './model.js';
import { escapeName } from './names.js';

/** The host byte of version-made-by that carries unix modes in the external attributes. */
const UNIX_HOST = 3;

export interface ZipOrigin {
  /** Names that hold a backslash, escaped for one log line, in archive order. */
  backslashNames: string[];
  /** Normalised paths of the entries made without unix modes. */
  withoutUnixMode: Set<string>;
  /** Distinct version-made-by hosts of those entries (0 MS-DOS/FAT, 10 NTFS, 11 VFAT, 19 OS X …). */
  hosts: number[];
}

/** Read the central directory of `file` (a zip): nothing is decompressed. */
export async function readZipOrigin(file: string): Promise<ZipOrigin> {
  const yauzl = await import('yauzl');
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false });
  const out: ZipOrigin = { backslashNames: [], withoutUnixMode: new Set(), hosts: [] };
  try {
    for await (const e of zip.eachEntry()) {
      const raw = e.fileName as unknown as Buffer;
      if (raw.includes(0x5c)) out.backslashNames.push(escapeName(raw));
      const host = e.versionMadeBy >> 8;
      if (host !== UNIX_HOST) {
        out.withoutUnixMode.add(normalizeEntryPath(raw.toString('utf8')));
        if (!out.hosts.includes(host)) out.hosts.push(host);
      }
    }
  } finally {
    zip.close();
  }
  return out;
}
