/** One entry of a bundle, in archive order. */
export interface BundleEntry {
  /** Path relative to the bundle root, '/'-separated; directories end with '/'. */
  path: string;
  type: 'file' | 'dir' | 'symlink';
  /** Full unix mode including the file-type bits (0o100755, 0o40755, 0o120777). */
  mode: number;
  /** Bytes of content (a symlink's content is its link text). */
  size: number;
  /** The link text of a symlink, as stored. */
  linkTarget?: string;
}

export type BundleType = 'zip' | 'tar' | 'tgz';

/** A bundle ready to upload: built from a directory, or a prebuilt archive accepted as-is. */
export interface BundleResult {
  /** The archive file. */
  file: string;
  /** Hex sha256 of the archive bytes: names the revision. */
  sha256: string;
  /** Archive size in bytes. */
  size: number;
  bundleType: BundleType;
  /** Number of entries in the archive. */
  entries: number;
  /** The entries in archive order (for a prebuilt archive: as its listing reports them). */
  list: BundleEntry[];
}
