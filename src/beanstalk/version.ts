// Application versions that tell the truth about their content.
//
// The default label is derived from the ref and the bundle's sha256, so a re-run finds the very
// same version (nothing uploaded, nothing created) and a changed bundle always gets a new label.
// Every version hookline creates records `sha256:<hex>` in its description and points at a
// content-addressed S3 key, so an existing label can be compared with the bundle at hand: a
// label that already holds different content fails, naming both hashes, unless the user asked
// to reuse it.
import {
  CreateApplicationVersionCommand,
  DeleteApplicationVersionCommand,
  DescribeApplicationVersionsCommand,
  DescribeEnvironmentsCommand,
  DescribeEventsCommand,
  type ApplicationVersionDescription,
  type ElasticBeanstalkClient,
} from '@aws-sdk/client-elastic-beanstalk';
import { AbortedError, nextDelay, type Clock } from '../util/time.js';
import { BeanstalkError, errorName, errorText, isTransient } from './errors.js';

export const LABEL_MAX = 100;
export const DESCRIPTION_MAX = 200;
const HASH_IN_DESCRIPTION = /\bsha256:([0-9a-f]{64})\b/;
const HASH_IN_KEY = /(?:^|[^0-9a-f])([0-9a-f]{64})(?:[^0-9a-f]|$)/;

/**
 * `<ref>-<sha256[:12]>`: at most 100 characters of letters, digits, `.`, `_` and `-` (Beanstalk
 * forbids `/` in labels), so `refs/pull/42/merge` becomes `pull-42-merge-…`.
 */
export function deriveLabel(ref: string, sha256: string): string {
  const hash = sha256.slice(0, 12);
  const safe = ref
    .replace(/^refs\/(heads|tags)\//, '')
    .replace(/^refs\//, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  const head = safe.slice(0, LABEL_MAX - hash.length - 1).replace(/[-._]+$/, '');
  return `${head || 'hookline'}-${hash}`;
}

/** `sha256:<hex> <where it came from>`, within the 200 characters Beanstalk allows. */
export function versionDescription(sha256: string, origin: string): string {
  return `sha256:${sha256} ${origin}`.slice(0, DESCRIPTION_MAX).trimEnd();
}

/** The content hash a version records (description) or is named by (content-addressed key). */
export function hashOfVersion(v: ApplicationVersionDescription): string | undefined {
  return HASH_IN_DESCRIPTION.exec(v.Description ?? '')?.[1] ?? HASH_IN_KEY.exec(v.SourceBundle?.S3Key ?? '')?.[1];
}

export interface WantedVersion {
  label: string;
  /** The label came from the `version-label` input (not derived). */
  explicit: boolean;
  /** `reuse-version: true`: deploy an existing label whatever it holds. */
  reuse: boolean;
  sha256: string;
  bucket: string;
  key: string;
}

export type VersionDecision = { kind: 'create' } | { kind: 'reuse'; note: string; warning?: string } | { kind: 'fail'; message: string };

/** What to do with the label, given the version that may already carry it (pure). */
export function decideVersion(existing: ApplicationVersionDescription | undefined, want: WantedVersion): VersionDecision {
  if (!existing) return { kind: 'create' };
  const label = want.label;
  if (statusOf(existing) === 'FAILED') {
    return {
      kind: 'fail',
      message:
        `Application version '${label}' already exists but Elastic Beanstalk failed to process it, so it cannot be deployed. ` +
        `Delete it (aws elasticbeanstalk delete-application-version --application-name ${existing.ApplicationName ?? '<app>'} --version-label ${label}) or choose another version-label.`,
    };
  }
  const sameObject = existing.SourceBundle?.S3Bucket === want.bucket && existing.SourceBundle?.S3Key === want.key;
  const theirs = hashOfVersion(existing);
  if (sameObject || theirs === want.sha256) {
    return {
      kind: 'reuse',
      note: `Application version '${label}' already holds this bundle (sha256 ${want.sha256.slice(0, 12)}); reusing it, no new version created.`,
    };
  }
  const where = existing.SourceBundle
    ? `s3://${existing.SourceBundle.S3Bucket ?? '?'}/${existing.SourceBundle.S3Key ?? '?'}`
    : 'an unknown source';
  const what = theirs ? `sha256 ${theirs}` : `${where}, whose content hash is not recorded`;
  if (want.reuse) {
    return {
      kind: 'reuse',
      note: `Deploying the existing application version '${label}' as reuse-version: true asks.`,
      warning: `Application version '${label}' holds different content (${what}) than this run's bundle (sha256 ${want.sha256}); reuse-version: true deploys the existing version, not this bundle.`,
    };
  }
  return {
    kind: 'fail',
    message:
      `Application version '${label}' already exists with different content: it holds ${what}, this run's bundle is sha256 ${want.sha256}. ` +
      `Beanstalk labels are immutable, so deploying would silently release the old bundle. ` +
      `${want.explicit ? 'Choose a new version-label, leave version-label empty to derive one from the ref and bundle hash,' : 'Choose a version-label'} or set reuse-version: true to deploy the existing version.`,
  };
}

/** The quota message: say which limit was hit and how to keep under it. */
export function quotaMessage(application: string, cause: string): string {
  return (
    `Application '${application}' has reached its application version quota (${cause}). ` +
    `Delete old versions, turn on the application's version lifecycle policy (Application settings → Application version lifecycle, ` +
    `or aws elasticbeanstalk update-application-resource-lifecycle), or set prune-versions: N so hookline keeps at most N versions.`
  );
}

/**
 * Labels to delete so that at most `keep` versions remain: the oldest first, never one an
 * environment runs and never a protected one (pure).
 */
export function pickPrunable(
  versions: ApplicationVersionDescription[],
  inUse: ReadonlySet<string>,
  keep: number,
  protect: ReadonlySet<string>,
): string[] {
  const excess = versions.length - keep;
  if (keep <= 0 || excess <= 0) return [];
  return versions
    .filter((v) => v.VersionLabel && !inUse.has(v.VersionLabel) && !protect.has(v.VersionLabel))
    .sort(
      (a, b) =>
        (a.DateCreated?.getTime() ?? 0) - (b.DateCreated?.getTime() ?? 0) || (a.VersionLabel ?? '').localeCompare(b.VersionLabel ?? ''),
    )
    .slice(0, excess)
    .map((v) => v.VersionLabel as string);
}

export interface VersionRequest extends WantedVersion {
  application: string;
  description: string;
  /** Keep at most this many versions (0: never prune). */
  pruneVersions: number;
}

export interface VersionOptions {
  pollMs: number;
  deadline: number;
  log: (line: string) => void;
  warn: (line: string) => void;
  clock: Clock;
  signal?: AbortSignal;
}

export interface VersionResult {
  label: string;
  created: boolean;
  version: ApplicationVersionDescription;
}

/** Finds or creates the version for the bundle and waits until Beanstalk has processed it. */
export async function ensureVersion(client: ElasticBeanstalkClient, req: VersionRequest, opts: VersionOptions): Promise<VersionResult> {
  let pruned = false;
  for (let attempt = 1; ; attempt++) {
    const existing = await describeVersion(client, req.application, req.label, opts.signal);
    const decision = decideVersion(existing, req);
    if (decision.kind === 'fail') throw new BeanstalkError(decision.message);
    if (decision.kind === 'reuse' && existing) {
      opts.log(decision.note);
      if (decision.warning) opts.warn(decision.warning);
      const version = await waitProcessed(client, req.application, req.label, opts);
      return { label: req.label, created: false, version };
    }
    try {
      await client.send(
        new CreateApplicationVersionCommand({
          ApplicationName: req.application,
          VersionLabel: req.label,
          Description: req.description,
          SourceBundle: { S3Bucket: req.bucket, S3Key: req.key },
          Process: true,
          AutoCreateApplication: false,
        }),
        { abortSignal: opts.signal },
      );
      opts.log(`Created application version '${req.label}' from s3://${req.bucket}/${req.key}; Beanstalk is processing it.`);
    } catch (err) {
      if (opts.signal?.aborted) throw new AbortedError();
      const name = errorName(err);
      const text = errorText(err);
      // Another run created the label between our read and our create: read it again.
      if (/already exists/i.test(text) && attempt < 3) continue;
      if (name === 'TooManyApplicationVersionsException') {
        if (req.pruneVersions > 0 && !pruned) {
          pruned = true;
          const removed = await pruneVersions(client, req.application, req.pruneVersions - 1, new Set([req.label]), opts);
          if (removed.length > 0) continue;
        }
        throw new BeanstalkError(quotaMessage(req.application, text));
      }
      if (/No Application named/i.test(text)) {
        throw new BeanstalkError(
          `Elastic Beanstalk has no application named '${req.application}' in this region; create it first or fix the application input (${text}).`,
        );
      }
      throw new BeanstalkError(`Could not create application version '${req.label}' of '${req.application}': ${text}`);
    }
    const version = await waitProcessed(client, req.application, req.label, opts);
    return { label: req.label, created: true, version };
  }
}

export async function describeVersion(
  client: ElasticBeanstalkClient,
  application: string,
  label: string,
  signal?: AbortSignal,
): Promise<ApplicationVersionDescription | undefined> {
  const out = await client.send(new DescribeApplicationVersionsCommand({ ApplicationName: application, VersionLabels: [label] }), {
    abortSignal: signal,
  });
  return out.ApplicationVersions?.find((v) => v.VersionLabel === label);
}

const SETTLED = new Set(['PROCESSED', 'UNPROCESSED']);

/** The wire says Processed/Processing/Failed…; compare upper-cased. */
function statusOf(v: ApplicationVersionDescription): string {
  return (v.Status ?? 'UNPROCESSED').toUpperCase();
}

/** Polls until the version is PROCESSED (UNPROCESSED: created without processing, deployable); FAILED says why. */
async function waitProcessed(
  client: ElasticBeanstalkClient,
  application: string,
  label: string,
  opts: VersionOptions,
): Promise<ApplicationVersionDescription> {
  let said = '';
  let throttled = 0;
  for (;;) {
    if (opts.signal?.aborted) throw new AbortedError();
    let v: ApplicationVersionDescription | undefined;
    try {
      v = await describeVersion(client, application, label, opts.signal);
      throttled = 0;
    } catch (err) {
      if (opts.signal?.aborted) throw new AbortedError();
      if (!isTransient(err)) throw err;
      await opts.clock.sleep(nextDelay(opts.pollMs, ++throttled), opts.signal);
      continue;
    }
    if (!v)
      throw new BeanstalkError(
        `Application version '${label}' disappeared while Beanstalk processed it (deleted by a lifecycle policy or someone else?).`,
      );
    const status = statusOf(v);
    if (SETTLED.has(status)) return v;
    if (status === 'FAILED') {
      const why = await versionErrors(client, application, label, opts.signal);
      throw new BeanstalkError(
        `Elastic Beanstalk could not process application version '${label}'${why.length ? `: ${why.join(' / ')}` : ''}. ` +
          'Check that the bundle is a valid zip with the application at its root and that the S3 object is readable by Beanstalk.',
      );
    }
    if (status !== said) {
      opts.log(`Application version '${label}' is ${status}.`);
      said = status;
    }
    if (opts.clock.now() >= opts.deadline)
      throw new BeanstalkError(`Application version '${label}' was still ${status} when the timeout was reached.`);
    await opts.clock.sleep(Math.min(nextDelay(opts.pollMs, 0), Math.max(1, opts.deadline - opts.clock.now())), opts.signal);
  }
}

async function versionErrors(client: ElasticBeanstalkClient, application: string, label: string, signal?: AbortSignal): Promise<string[]> {
  try {
    const out = await client.send(new DescribeEventsCommand({ ApplicationName: application, VersionLabel: label, MaxRecords: 20 }), {
      abortSignal: signal,
    });
    return (out.Events ?? [])
      .filter((e) => e.Severity === 'ERROR' || e.Severity === 'FATAL')
      .map((e) => e.Message ?? '')
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** Deletes the oldest versions no environment runs until at most `keep` remain; their S3 bundles stay. */
export async function pruneVersions(
  client: ElasticBeanstalkClient,
  application: string,
  keep: number,
  protect: ReadonlySet<string>,
  opts: Pick<VersionOptions, 'log' | 'warn' | 'signal'>,
): Promise<string[]> {
  const versions: ApplicationVersionDescription[] = [];
  let NextToken: string | undefined;
  do {
    const out = await client.send(new DescribeApplicationVersionsCommand({ ApplicationName: application, NextToken, MaxRecords: 1000 }), {
      abortSignal: opts.signal,
    });
    versions.push(...(out.ApplicationVersions ?? []));
    NextToken = out.NextToken;
  } while (NextToken);
  const envs = await client.send(new DescribeEnvironmentsCommand({ ApplicationName: application, IncludeDeleted: false }), {
    abortSignal: opts.signal,
  });
  const inUse = new Set((envs.Environments ?? []).map((e) => e.VersionLabel ?? '').filter(Boolean));
  const doomed = pickPrunable(versions, inUse, keep, protect);
  const removed: string[] = [];
  for (const label of doomed) {
    try {
      await client.send(
        new DeleteApplicationVersionCommand({ ApplicationName: application, VersionLabel: label, DeleteSourceBundle: false }),
        { abortSignal: opts.signal },
      );
      removed.push(label);
    } catch (err) {
      opts.warn(`Could not delete application version '${label}': ${errorText(err)}`);
    }
  }
  if (removed.length)
    opts.log(
      `Pruned ${removed.length} unused application version${removed.length > 1 ? 's' : ''} (prune-versions: ${keep}): ${removed.join(', ')}`,
    );
  return removed;
}
