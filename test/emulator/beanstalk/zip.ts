// Zips for scenario versions and bundle logs, as the emulator serves them.
import yazl from 'yazl';

/** A zip of the given files (text), unix mode 0644 (0755 for `.platform/hooks/**`). */
export function zipFiles(files: Record<string, string | Buffer>, modes: Record<string, number> = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [name, content] of Object.entries(files)) {
      const mode = modes[name] ?? (name.startsWith('.platform/hooks/') ? 0o755 : 0o644);
      zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, {
        mode: 0o100000 | mode,
        mtime: new Date('2020-01-01T00:00:00Z'),
      });
    }
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
