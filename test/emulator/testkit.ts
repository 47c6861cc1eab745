// Helpers for the emulator's own tests: SDK clients pointed at an emulator, revision bundles
// built in memory, and waiting for a deployment to finish.
import { CodeDeployClient, GetDeploymentCommand, type DeploymentInfo } from '@aws-sdk/client-codedeploy';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import yazl from 'yazl';
import type { Emulator } from './index.js';

export type BundleFile = string | { content: string; mode?: number };

/** A zip with Unix modes (scripts default to 0755, other files 0644). */
export function makeZip(files: Record<string, BundleFile>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const fixed = new Date('2024-01-01T00:00:00Z');
  for (const [name, f] of Object.entries(files)) {
    const content = typeof f === 'string' ? f : f.content;
    const mode = typeof f === 'string' ? (name.endsWith('.sh') ? 0o755 : 0o644) : (f.mode ?? 0o644);
    zip.addBuffer(Buffer.from(content), name, { mode: 0o100000 | mode, mtime: fixed });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

export function clients(emu: Emulator): { s3: S3Client; cd: CodeDeployClient } {
  const common = { endpoint: emu.url, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } };
  return { s3: new S3Client({ ...common, forcePathStyle: true }), cd: new CodeDeployClient(common) };
}

/** Upload a bundle and return its S3 location with the ETag S3 answered. */
export async function uploadBundle(
  s3: S3Client,
  bucket: string,
  key: string,
  body: Buffer,
): Promise<{ bucket: string; key: string; bundleType: 'zip'; eTag: string }> {
  const r = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  return { bucket, key, bundleType: 'zip', eTag: (r.ETag ?? '').replace(/"/g, '') };
}

const FINAL = new Set(['Succeeded', 'Failed', 'Stopped']);

export async function waitForDeployment(
  cd: CodeDeployClient,
  deploymentId: string,
  opts: { until?: string[]; timeoutMs?: number } = {},
): Promise<DeploymentInfo> {
  const until = new Set(opts.until ?? [...FINAL]);
  const deadline = Date.now() + (opts.timeoutMs ?? 20000);
  for (;;) {
    const info = (await cd.send(new GetDeploymentCommand({ deploymentId }))).deploymentInfo as DeploymentInfo;
    if (until.has(info.status ?? '')) return info;
    if (Date.now() > deadline) throw new Error(`deployment ${deploymentId} still ${info.status} after ${opts.timeoutMs ?? 20000} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const APPSPEC_OK = `version: 0.0
os: linux
files:
  - source: /app
    destination: /var/www/app
hooks:
  ApplicationStop:
    - location: scripts/stop.sh
      timeout: 60
  BeforeInstall:
    - location: scripts/before.sh
  AfterInstall:
    - location: scripts/after.sh
      runas: root
  ApplicationStart:
    - location: scripts/start.sh
  ValidateService:
    - location: scripts/validate.sh
`;

export function okBundleFiles(extra: Record<string, BundleFile> = {}): Record<string, BundleFile> {
  return {
    'appspec.yml': APPSPEC_OK,
    'app/index.html': '<h1>hello</h1>\n',
    'scripts/stop.sh': '#!/bin/sh\necho stopping "$DEPLOYMENT_ID"\n',
    'scripts/before.sh': '#!/bin/sh\necho before $LIFECYCLE_EVENT\n',
    'scripts/after.sh': '#!/bin/sh\necho "after $APPLICATION_NAME/$DEPLOYMENT_GROUP_NAME ($DEPLOYMENT_GROUP_ID)"\necho warn >&2\n',
    'scripts/start.sh': '#!/bin/sh\necho started\n',
    'scripts/validate.sh': '#!/bin/sh\ntest -f "$HOOKLINE_INSTANCE_ROOT/var/www/app/index.html"\n',
    ...extra,
  };
}
