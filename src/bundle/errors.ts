/** A bundle that cannot be built or accepted; the message names the file and the accepted form. */
export class BundleError extends Error {
  override readonly name = 'BundleError';
  /** The path (relative to the bundle root, or the archive) the error is about, when there is one. */
  readonly file: string | null;

  constructor(message: string, file: string | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.file = file;
  }
}
