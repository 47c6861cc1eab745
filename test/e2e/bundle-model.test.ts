// Validation judges the bundle that ships: a hook script the ignore file leaves out fails
// pre-flight (nothing uploaded), and archive bombs end in one error within a small heap.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { DIST, NODE24, runAction } from '../harness/runner.js';
import { writeTarBomb, writeZipBomb } from '../unit/bundle/bombs.js';
import { deploymentsOf, emulatorFrom, errorsOf, sampleApp, shopFleet } from './helpers.js';

const HEAP_MB = 256;

/** Runs the CLI with a small heap; a preload prints the process's peak RSS (VmHWM) on exit. */
function cliSmallHeap(args: string[]): Promise<{ code: number | null; signal: string | null; stdout: string; peakRssKb: number }> {
  const preload = join(mkdtempSync(join(tmpdir(), 'hookline-rss-')), 'rss.mjs');
  writeFileSync(
    preload,
    `import { readFileSync } from 'node:fs';
process.on('exit', () => {
  const m = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  process.stderr.write('peak-rss-kb ' + (m ? m[1] : 'NaN') + '\\n');
});
`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(
      NODE24,
      [`--max-old-space-size=${HEAP_MB}`, '--import', pathToFileURL(preload).href, join(DIST, 'cli.js'), ...args],
      { env: { PATH: process.env.PATH ?? '' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const m = /peak-rss-kb (\d+)/.exec(stderr);
      resolve({ code, signal, stdout, peakRssKb: m ? Number(m[1]) : NaN });
    });
  });
}

describe('hookline validate on archive bombs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hookline-bombs-'));

  it('a zip bomb (747 KB, 6 GiB declared) ends in one error within a 256 MB heap', async () => {
    const file = join(dir, 'release.zip');
    // 12,000 entries of 512 KiB of text: the shape that drove the old reader past 4 GB of heap.
    expect(writeZipBomb(file, 12_000, 512 * 1024, 0x61)).toBeLessThan(1024 ** 2);
    const r = await cliSmallHeap(['validate', file, '--format', 'json']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: { file: string; rule: string; message: string }[] };
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'release.zip', rule: 'bundle/archive-limit' });
    expect(findings[0]!.message).toMatch(/release\.zip expands to more than 4 GiB/);
    expect(r.peakRssKb).toBeLessThan(200 * 1024);
  });

  it('a tar bomb (6 MB of gzip, 6 GiB of tar) ends in one error within a 256 MB heap', async () => {
    const file = join(dir, 'release.tgz');
    expect(writeTarBomb(file, 6 * 1024 ** 3)).toBeLessThan(8 * 1024 ** 2);
    const r = await cliSmallHeap(['validate', file, '--format', 'json']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: { file: string; rule: string; message: string }[] };
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'release.tgz', rule: 'bundle/archive-limit' });
    expect(findings[0]!.message).toMatch(/release\.tgz expands to more than 4 GiB/);
    expect(r.peakRssKb).toBeLessThan(200 * 1024);
  });
});

const scenario = shopFleet([{ name: 'prod', instances: ['i-0a1b2c3d4e5f60001'], deploymentConfigName: 'CodeDeployDefault.AllAtOnce' }]);

describe('a hook script left out by .deployignore', () => {
  it('fails pre-flight on its location line with the ignore rule, sets findings, uploads nothing', async () => {
    const emu = await emulatorFrom(scenario);
    try {
      const workspace = sampleApp({ '.deployignore': '# not needed on the instance\nscripts/start.sh\n' });
      const r = await runAction({
        inputs: { application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'shop-releases', 'poll-interval': '50ms' },
        env: emu.env,
        workspace,
      });
      expect(r.main.exitCode).toBe(1);
      const onLine = errorsOf(r).find((e) => e.properties.file === 'appspec.yml' && e.properties.line === '14');
      expect(onLine?.properties.title).toBe('hookline: bundle/hook-excluded');
      expect(onLine?.message).toMatch(/\.deployignore line 2 \(`scripts\/start\.sh`\)/);
      expect(errorsOf(r).at(-1)?.message).toMatch(/nothing was uploaded/);
      const findings = JSON.parse(r.outputs.findings ?? 'null') as { rule: string }[];
      expect(findings.map((f) => f.rule)).toEqual(['bundle/hook-excluded']);
      const s3 = new S3Client({
        endpoint: emu.url,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      });
      expect((await s3.send(new ListObjectsV2Command({ Bucket: 'shop-releases' }))).KeyCount ?? 0).toBe(0);
      expect(await deploymentsOf(emu, 'shop', 'prod')).toHaveLength(0);
    } finally {
      await emu.close();
    }
  });
});
