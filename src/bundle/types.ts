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

export type IgnoreFileName = '.deployignore' | '.ebignore';

/**
 * Something in the bundle that cannot ship as it is (a name, a link, a limit). The walk and the
 * archive reader collect these instead of throwing, so validation reports every one as a finding
 * and the bundle writer refuses the tree with the first.
 */
export interface BundleProblem {
  /** Stable id, used as the finding's rule: `bundle/<kind>`. */
  kind:
    | 'name-not-utf8'
    | 'name-control-character'
    | 'name-unsafe'
    | 'symlink-absolute'
    | 'symlink-outside'
    | 'ignore-file-symlink'
    | 'not-regular'
    | 'unreadable'
    | 'not-an-archive'
    | 'archive-limit';
  /** The path it is about (escaped: printable on one line), relative to the root; the archive's name for archive-wide problems. */
  path: string;
  message: string;
  /** The model is incomplete (an archive read stopped at a limit): rules would judge a partial tree. */
  incomplete?: boolean;
}

/** Why a path on disk is not in the bundle. */
export interface Exclusion {
  /** The rule source: the ignore file, the include/exclude input, or `.git` (never bundled). */
  by: IgnoreFileName | 'exclude' | 'include' | '.git';
  /** The pattern that leaves it out (the last matching line of an ignore file, as git check-ignore reports it). */
  pattern?: string;
  /** 1-based line of the pattern in the ignore file. */
  line?: number;
  /** The folder that is left out, when the path is excluded because its folder is. */
  via?: string;
}

/**
 * The bundle as every stage reads it — validation, the archive writer, the CLI and diagnosis: one
 * walk of a folder (ignore rules applied) or one bounded read of a prebuilt archive.
 */
export interface BundleModel {
  kind: 'directory' | 'archive';
  /** The folder (symlinks resolved) or the archive file. */
  root: string;
  /** For an archive: its type by content. */
  archiveType?: BundleType;
  /** Sorted by the byte order of their paths. */
  entries: BundleEntry[];
  problems: BundleProblem[];
  /** The ignore file applied, when one was read. */
  ignoreFile: IgnoreFileName | null;
  /**
   * Text of a file on demand: undefined for folders, links, binary files, files over the size
   * limit, and (in an archive) files no rule needs.
   */
  read(path: string): string | undefined;
  /** Why a path that exists on disk is not in the bundle; undefined when it is in it or does not exist. */
  excluded(path: string): Exclusion | undefined;
  /**
   * A folder's tree digest: sha256 over its entries (path, mode, size, content hash) and the
   * archive format, which names the archive before it is built (digest.ts). Absent for archives.
   */
  treeDigest?: () => Promise<string>;
}

/** A bundle ready to upload: built from a directory, or a prebuilt archive accepted as-is. */
export interface BundleResult {
  /** The archive file. */
  file: string;
  /** Hex sha256 of the archive bytes. */
  sha256: string;
  /** Built from a folder: the tree digest (digest.ts) that names the revision's S3 key. */
  treeDigest?: string;
  /** Archive size in bytes. */
  size: number;
  bundleType: BundleType;
  /** Number of entries in the archive. */
  entries: number;
  /** The entries in archive order (for a prebuilt archive: as its listing reports them). */
  list: BundleEntry[];
  /** The model the archive was written from (or read into). */
  model: BundleModel;
}
