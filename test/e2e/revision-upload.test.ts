// The revision is keyed by its tree digest (issue 16), end to end: dist/ through the runner
// harness against the emulator. An unchanged second run builds nothing and writes nothing to S3;
// a changed file gives a new key; a run cancelled while its archive streams into S3 leaves no
// object and no multipart upload behind.
import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ListMultipartUploadsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { runAction, type RunResult } from '../harness/runner.js';
import type { Emulator, FaultSpec } from '../emulator/index.js';
import { deploymentsOf, emulatorFrom, errorsOf, sampleApp, shopFleet, until } from './helpers.js';

const scenario = (faults: FaultSpec[] = []) => shopFleet([{ name: 'prod', instances: 1 }], { timeScale: 0.01, eventDuration: 100, faults });

const inputs = { application: 'shop', 'deployment-group': 'prod', 's3-bucket': 'shop-releases', 'poll-interval': '50ms', timeout: '2m' };
const S3_WRITES = ['PutObject', 'CreateMultipartUpload', 'UploadPart', 'CompleteMultipartUpload'];

const log = (r: RunResult) => r.main.log.join('\n');
/** Files the run left in RUNNER_TEMP (where an archive file would have been written). */
const runnerTemp = (r: RunResult): string[] => readdirSync(join(r.dir, 'runner-temp'), { recursive: true }).map(String);
const writes = (emu: Emulator): number[] => S3_WRITES.map((op) => emu.calls.count(`s3:${op}`));

async function bucketState(emu: Emulator): Promise<{ keys: string[]; uploads: number }> {
  const s3 = emu.client('s3');
  const objects = await s3.send(new ListObjectsV2Command({ Bucket: 'shop-releases' }));
  const uploads = await s3.send(new ListMultipartUploadsCommand({ Bucket: 'shop-releases' }));
  return { keys: (objects.Contents ?? []).map((o) => o.Key ?? '').sort(), uploads: uploads.Uploads?.length ?? 0 };
}

describe('revisions keyed by the tree digest', () => {
  let emu: Emulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });

  it('an unchanged second run writes no archive and uploads nothing; a changed file gives a new key', async () => {
    emu = await emulatorFrom(scenario());
    const workspace = sampleApp();
    const first = await runAction({ inputs, env: emu.env, workspace });
    expect(errorsOf(first)).toEqual([]);
    const digest = first.outputs['tree-digest'] ?? '';
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(first.outputs).toMatchObject({ uploaded: 'true', 'revision-s3-uri': `s3://shop-releases/hookline/shop-${digest}.zip` });
    expect(first.outputs['bundle-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(first.outputs['bundle-sha256']).not.toBe(digest);
    expect(runnerTemp(first)).toEqual([]); // streamed: no archive file, not even a partial one
    expect((await bucketState(emu)).keys).toEqual([`hookline/shop-${digest}.zip`, `hookline/shop-${digest}.zip.hookline.json`]);

    emu.calls.reset();
    const second = await runAction({ inputs, env: emu.env, workspace });
    expect(second.main.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({
      uploaded: 'false',
      'tree-digest': digest,
      'bundle-sha256': first.outputs['bundle-sha256'],
      'revision-etag': first.outputs['revision-etag'],
      status: 'Succeeded',
    });
    expect(writes(emu)).toEqual([0, 0, 0, 0]);
    expect(runnerTemp(second)).toEqual([]);
    expect(log(second)).toMatch(/already holds this bundle; nothing built, upload skipped \(0 bytes sent\)/);
    expect(second.summary).toMatch(/already in S3: nothing built or uploaded/);

    // Changed, and now large enough for a multipart upload: the deployment is pinned to its md5-N ETag.
    writeFileSync(join(workspace, 'server.js'), '// changed\n', { flag: 'a' });
    writeFileSync(join(workspace, 'public', 'video.mp4'), randomBytes(12 * 1024 * 1024));
    const third = await runAction({ inputs, env: emu.env, workspace });
    expect(errorsOf(third)).toEqual([]);
    expect(third.main.exitCode).toBe(0);
    expect(third.outputs.uploaded).toBe('true');
    expect(third.outputs['revision-etag']).toMatch(/^[0-9a-f]{32}-3$/); // ≈ 12.6 MB in 5 MiB parts
    expect(third.outputs['tree-digest']).not.toBe(digest);
    expect(third.outputs['revision-s3-uri']).toBe(`s3://shop-releases/hookline/shop-${third.outputs['tree-digest']}.zip`);
    const deployed = (await deploymentsOf(emu, 'shop', 'prod')).find((d) => d.deploymentId === third.outputs['deployment-id']);
    expect(deployed?.revision?.s3Location).toMatchObject({
      key: `hookline/shop-${third.outputs['tree-digest']}.zip`,
      eTag: third.outputs['revision-etag'],
    });
    expect(deployed?.status).toBe('Succeeded');
  });

  it('a cancel while the archive streams into S3 leaves no object and no multipart upload behind', async () => {
    // The second part never gets an answer; the run is cancelled while it hangs.
    emu = await emulatorFrom(scenario([{ type: 'hang', service: 's3', operation: 'UploadPart', after: 1 }]));
    const workspace = sampleApp();
    writeFileSync(join(workspace, 'video.mp4'), randomBytes(24 * 1024 * 1024)); // stored as is: five 5 MiB parts
    const hung = until(() => emu!.calls.records.some((c) => c.fault === 'hang'));
    const r = await runAction({ inputs, env: emu.env, workspace, cancelOn: hung });
    expect(r.main.exitCode).toBe(1);
    expect(r.state.outcome).toBe('cancelled');
    expect(log(r)).toMatch(/Cancelled while uploading the revision to s3:\/\/shop-releases\/hookline\/shop-[0-9a-f]{64}\.zip/);
    expect(emu.calls.count('s3:AbortMultipartUpload')).toBe(1);
    expect(await bucketState(emu)).toEqual({ keys: [], uploads: 0 });
    expect(runnerTemp(r)).toEqual([]);
    expect(await deploymentsOf(emu, 'shop', 'prod')).toEqual([]);
  });
});
