// Register the uploaded revision and start exactly one deployment for it.
//
// CreateDeployment has no idempotency token, so a retried call after a lost response would
// start a second deployment. We tag the description with a run token, never let the SDK
// retry CreateDeployment on its own, and before every retry look for a deployment carrying
// the token.
import {
  CreateDeploymentCommand,
  GetDeploymentCommand,
  ListDeploymentsCommand,
  RegisterApplicationRevisionCommand,
  StopDeploymentCommand,
  type CodeDeployClient,
  type DeploymentInfo,
  type RevisionLocation,
} from '@aws-sdk/client-codedeploy';
import { AbortedError, nextDelay, type Clock } from '../util/time.js';
import { errorText } from '../errors.js';

export const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Ready', 'Baking'] as const;

export class ReleaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseError';
  }
}

export interface RevisionInput {
  application: string;
  bucket: string;
  key: string;
  bundleType: 'zip' | 'tar' | 'tgz';
  etag: string;
  versionId?: string;
  description: string;
}

export function revisionLocation(r: RevisionInput): RevisionLocation {
  return {
    revisionType: 'S3',
    s3Location: { bucket: r.bucket, key: r.key, bundleType: r.bundleType, eTag: r.etag, ...(r.versionId ? { version: r.versionId } : {}) },
  };
}

export async function registerRevision(client: CodeDeployClient, r: RevisionInput, signal?: AbortSignal): Promise<void> {
  try {
    await client.send(
      new RegisterApplicationRevisionCommand({
        applicationName: r.application,
        revision: revisionLocation(r),
        description: r.description.slice(0, 1000),
      }),
      { abortSignal: signal },
    );
  } catch (err) {
    throw new ReleaseError(
      `Could not register the revision s3://${r.bucket}/${r.key} with application '${r.application}': ${errorText(err)}`,
    );
  }
}

export interface DeploymentRequest {
  application: string;
  deploymentGroup: string;
  revision: RevisionLocation;
  deploymentConfig?: string;
  description: string;
  /** Unique per run attempt; embedded in the description to find a deployment whose creation response was lost. */
  token: string;
  fileExistsBehavior?: 'DISALLOW' | 'OVERWRITE' | 'RETAIN';
  ignoreApplicationStopFailures: boolean;
  autoRollback: boolean;
  /** Deploy only to instances not running this revision (recovering a partly failed fleet). */
  updateOutdatedInstancesOnly?: boolean;
}

export interface ActivePolicy {
  onActive: 'wait' | 'fail' | 'stop';
  /** Absolute deadline (clock ms) for waiting on another deployment. */
  deadline: number;
  pollMs: number;
  log: (line: string) => void;
}

export function describeWithToken(description: string, token: string): string {
  const tag = ` [${token}]`;
  return description.slice(0, 512 - tag.length) + tag;
}

/**
 * Starts the deployment once. `create` must be a client with SDK retries disabled;
 * `client` (with retries) serves the read calls.
 */
export async function startDeployment(
  client: CodeDeployClient,
  create: CodeDeployClient,
  req: DeploymentRequest,
  policy: ActivePolicy,
  clock: Clock,
  signal?: AbortSignal,
): Promise<string> {
  const description = describeWithToken(req.description, req.token);
  const since = clock.now() - 60_000;
  let settle = true;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw new AbortedError();
    if (settle) await settleActive(client, req, policy, clock, signal);
    settle = false;
    try {
      const out = await create.send(
        new CreateDeploymentCommand({
          applicationName: req.application,
          deploymentGroupName: req.deploymentGroup,
          revision: req.revision,
          deploymentConfigName: req.deploymentConfig,
          description,
          fileExistsBehavior: req.fileExistsBehavior,
          ignoreApplicationStopFailures: req.ignoreApplicationStopFailures,
          autoRollbackConfiguration: req.autoRollback
            ? { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] }
            : undefined,
          ...(req.updateOutdatedInstancesOnly ? { updateOutdatedInstancesOnly: true } : {}),
        }),
        { abortSignal: signal },
      );
      if (!out.deploymentId) throw new ReleaseError('CreateDeployment returned no deployment id.');
      return out.deploymentId;
    } catch (err) {
      if (signal?.aborted) throw new AbortedError();
      const name = (err as { name?: string }).name ?? '';
      if (name === 'DeploymentLimitExceededException') {
        // Another deployment got in first (two pushes racing): apply the policy again.
        settle = true;
        continue;
      }
      if (!isRetryable(err) || attempt >= MAX_CREATE_ATTEMPTS) {
        throw new ReleaseError(`Could not create the CodeDeploy deployment for group '${req.deploymentGroup}': ${errorText(err)}`);
      }
      // A throttled call was refused before CodeDeploy acted. Without an answer it may have acted:
      // look for the deployment carrying our token before trying again.
      if (!isThrottling(err)) {
        const existing = await findByToken(client, req, req.token, since, signal);
        if (existing) {
          policy.log(`The create call's answer was lost; found the deployment it started: ${existing}`);
          return existing;
        }
      }
      await clock.sleep(nextDelay(250, attempt), signal);
    }
  }
}

const MAX_CREATE_ATTEMPTS = 8;

/** Applies on-active-deployment until the group has no active deployment. */
async function settleActive(
  client: CodeDeployClient,
  req: DeploymentRequest,
  policy: ActivePolicy,
  clock: Clock,
  signal?: AbortSignal,
): Promise<void> {
  let announced = '';
  for (;;) {
    const active = await listActive(client, req.application, req.deploymentGroup, signal);
    if (active.length === 0) return;
    const info = await getDeployment(client, active[0] as string, signal);
    const who = startedBy(info);
    if (policy.onActive === 'fail') {
      throw new ReleaseError(
        `Deployment group '${req.deploymentGroup}' already has an active deployment ${info.deploymentId} (${info.status}, started by ${who}). ` +
          `Set on-active-deployment: wait to queue behind it, or stop to replace it.`,
      );
    }
    if (policy.onActive === 'stop') {
      policy.log(`Stopping the active deployment ${info.deploymentId} (started by ${who}) as on-active-deployment: stop asks.`);
      try {
        await client.send(new StopDeploymentCommand({ deploymentId: info.deploymentId, autoRollbackEnabled: false }), {
          abortSignal: signal,
        });
      } catch (err) {
        if ((err as { name?: string }).name !== 'DeploymentAlreadyCompletedException') throw err;
      }
    } else if (announced !== info.deploymentId) {
      announced = info.deploymentId ?? '';
      policy.log(`Waiting for the active deployment ${info.deploymentId} (${info.status}, started by ${who}) to finish.`);
    }
    if (clock.now() >= policy.deadline) {
      throw new ReleaseError(
        `Gave up waiting for the active deployment ${info.deploymentId} on group '${req.deploymentGroup}' (timeout reached).`,
      );
    }
    await clock.sleep(nextDelay(policy.pollMs, 0), signal);
  }
}

export async function listActive(client: CodeDeployClient, application: string, group: string, signal?: AbortSignal): Promise<string[]> {
  const ids: string[] = [];
  let nextToken: string | undefined;
  do {
    const out = await client.send(
      new ListDeploymentsCommand({
        applicationName: application,
        deploymentGroupName: group,
        includeOnlyStatuses: [...ACTIVE_STATUSES],
        nextToken,
      }),
      { abortSignal: signal },
    );
    ids.push(...(out.deployments ?? []));
    nextToken = out.nextToken;
  } while (nextToken);
  return ids;
}

/** The deployment of the group whose description carries `[token]`, created since `since` (epoch ms). */
export async function findByToken(
  client: CodeDeployClient,
  req: Pick<DeploymentRequest, 'application' | 'deploymentGroup'>,
  token: string,
  since: number,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const out = await client.send(
    new ListDeploymentsCommand({
      applicationName: req.application,
      deploymentGroupName: req.deploymentGroup,
      createTimeRange: { start: new Date(since) },
    }),
    { abortSignal: signal },
  );
  for (const id of out.deployments ?? []) {
    const info = await getDeployment(client, id, signal);
    if (info.description?.includes(`[${token}]`)) return id;
  }
  return undefined;
}

export async function getDeployment(client: CodeDeployClient, deploymentId: string, signal?: AbortSignal): Promise<DeploymentInfo> {
  const out = await client.send(new GetDeploymentCommand({ deploymentId }), { abortSignal: signal });
  if (!out.deploymentInfo) throw new ReleaseError(`GetDeployment returned nothing for ${deploymentId}.`);
  return out.deploymentInfo;
}

/** A hookline run leaves its run URL in the description; otherwise name the creator kind. */
export function startedBy(info: DeploymentInfo): string {
  const url = /https?:\/\/\S+\/actions\/runs\/\d+/.exec(info.description ?? '');
  if (url) return `workflow run ${url[0]}`;
  return info.creator ? `${info.creator}${info.description ? ` ("${info.description.slice(0, 80)}")` : ''}` : 'someone else';
}

export function isThrottling(err: unknown): boolean {
  const e = err as { name?: string; $retryable?: { throttling?: boolean } };
  return e.name === 'ThrottlingException' || e.name === 'TooManyRequestsException' || e.$retryable?.throttling === true;
}

/** Throttling and answers that never arrived are worth another try; a refusal is not. */
export function isRetryable(err: unknown): boolean {
  const e = err as { $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (isThrottling(err) || e.$retryable) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status === undefined) return true; // no HTTP answer: connection dropped, timed out, reset
  return status >= 500;
}
