// Prebuilt zips made on Windows are refused with the fix; a Beanstalk bundle over 500 MB is
// refused before its upload.
import path from 'node:path';
import { BundleError } from '../../../src/bundle/index.js';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  BEANSTALK_MAX_BUNDLE_BYTES,
  capBytes,
  oversized,
  refuseOversizedSourceBundle,
  refuseWindowsZip,
} from '../../../src/flows/artifact-checks.js';
import { openBundleModel } from '../../../src/validate/index.js';
import { cleanup, tempDir } from '../bundle/helpers.js';
import { writeRawZip, type RawZipEntry } from '../bundle/windows-zip.js';

const APPSPEC = 'version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: scripts/start.sh\n';
const SH = '#!/bin/bash\necho hi\n';

let dirs: string[] = [];
afterEach(() => {
  cleanup(...dirs);
  dirs = [];
});

async function refusal(entries: RawZipEntry[], name = 'app.zip'): Promise<BundleError | undefined> {
  const d = tempDir('hookline-winzip-');
  dirs.push(d);
  const file = path.join(d, name);
  writeRawZip(file, entries);
  const model = await openBundleModel(file);
  return refuseWindowsZip(model).then(
    () => undefined,
    (err: unknown) => err as BundleError,
  );
}

describe('prebuilt zips made on Windows', () => {
  test('backslash paths are refused, naming them and the fix', async () => {
    const err = await refusal([
      { name: 'appspec.yml', data: APPSPEC, host: 0 },
      { name: 'scripts\\start.sh', data: SH, host: 0 },
    ]);
    expect(err).toBeInstanceOf(BundleError);
    expect(err!.message).toMatch(/^app\.zip uses backslashes as path separators \(scripts\\start\.sh\)/);
    expect(err!.message).toContain('not deployed');
    expect(err!.message).toContain('give the folder as `path`');
  });

  test('hook scripts without unix modes are refused; the same zip with modes passes', async () => {
    const err = await refusal([
      { name: 'appspec.yml', data: APPSPEC, host: 0 },
      { name: 'scripts/', host: 0 },
      { name: 'scripts/start.sh', data: SH, host: 0 },
    ]);
    expect(err?.message).toMatch(/^app\.zip was made without unix file modes \(zip host 0, not unix\)/);
    expect(err?.message).toContain('scripts/start.sh');
    await expect(
      refusal([
        { name: 'appspec.yml', data: APPSPEC, host: 3, mode: 0o100644 },
        { name: 'scripts/start.sh', data: SH, host: 3, mode: 0o100755 },
      ]),
    ).resolves.toBeUndefined();
  });

  test('platform hooks without unix modes are refused', async () => {
    const err = await refusal([
      { name: 'Procfile', data: 'web: node app.js\n', host: 0 },
      { name: '.platform/hooks/predeploy/01.sh', data: SH, host: 0 },
    ]);
    expect(err?.message).toContain('.platform/hooks/predeploy/01.sh');
  });

  test('a zip without modes that runs no script (a .war from jar) or targets Windows instances is accepted', async () => {
    await expect(
      refusal(
        [
          { name: 'META-INF/MANIFEST.MF', data: 'Manifest-Version: 1.0\n', host: 0 },
          { name: 'index.jsp', data: 'hi', host: 0 },
        ],
        'app.war',
      ),
    ).resolves.toBeUndefined();
    await expect(
      refusal([
        { name: 'appspec.yml', data: APPSPEC.replace('linux', 'windows').replace('start.sh', 'start.ps1'), host: 0 },
        { name: 'scripts/start.ps1', data: 'Write-Host hi', host: 0 },
      ]),
    ).resolves.toBeUndefined();
  });
});

describe('Beanstalk source bundle size', () => {
  test('over 500 MiB is refused before the upload; at the limit it passes', () => {
    expect(BEANSTALK_MAX_BUNDLE_BYTES).toBe(524_288_000);
    expect(() => refuseOversizedSourceBundle(BEANSTALK_MAX_BUNDLE_BYTES, 'b.zip')).not.toThrow();
    expect(() => refuseOversizedSourceBundle(BEANSTALK_MAX_BUNDLE_BYTES + 1, 'b.zip')).toThrow(
      /^The source bundle is 500\.0 MiB \(524,288,001 bytes\); Elastic Beanstalk accepts at most 500 MB \(hookline allows 524,288,000 bytes\), so it was not uploaded\./,
    );
  });
});

describe('capBytes', () => {
  function collector(): { sink: Writable; got: Buffer[]; ended: () => boolean } {
    const got: Buffer[] = [];
    let ended = false;
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        got.push(chunk);
        done();
      },
      final(done) {
        ended = true;
        done();
      },
    });
    return { sink, got, ended: () => ended };
  }

  test('passes everything within the limit on and ends the sink', async () => {
    const c = collector();
    await pipeline(
      Readable.from([Buffer.alloc(6), Buffer.alloc(4)]),
      capBytes(c.sink, 10, (n) => oversized(n, 'b.zip', true)),
    );
    expect(Buffer.concat(c.got).length).toBe(10);
    expect(c.ended()).toBe(true);
  });

  test('past the limit: the writer fails with the refusal and the sink is never ended (its upload is aborted)', async () => {
    const c = collector();
    await expect(
      pipeline(
        Readable.from([Buffer.alloc(6), Buffer.alloc(6), Buffer.alloc(6)]),
        capBytes(c.sink, 10, (n) => oversized(n, 'b.zip', true)),
      ),
    ).rejects.toThrow(/^The source bundle is over 12 B \(12 bytes\); Elastic Beanstalk accepts at most 500 MB/);
    expect(Buffer.concat(c.got).length).toBe(6);
    expect(c.ended()).toBe(false);
  });
});
