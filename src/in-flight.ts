// What the main step leaves for the post step: the release it started (recorded *before* the
// request that starts it, so a cancel in mid-request still finds it) and why the main step
// ended. The post step acts only on a cancellation, or on a timeout when on-cancel says stop;
// never after an error of hookline's own, which leaves a healthy release alone.
import { States } from './constants.js';
import { DeploymentTimedOut } from './errors.js';
import { AbortedError } from './util/time.js';

export interface CodeDeployInFlight {
  service: 'codedeploy';
  region: string;
  /** The deployment id, once CreateDeployment answered. */
  id?: string;
  /** The idempotency token in the deployment's description: finds it when the answer never came. */
  token?: string;
  application?: string;
  group?: string;
  /** Epoch ms just before CreateDeployment was sent (the search window for the token). */
  since?: number;
}

export interface BeanstalkInFlight {
  service: 'beanstalk';
  region: string;
  /** Environment name. */
  id: string;
  /** The version label this run's UpdateEnvironment applies. */
  versionLabel?: string;
  /** UpdateEnvironment's request id: the environment's events of this update carry it. */
  requestId?: string;
  /** Epoch ms just before UpdateEnvironment was sent. */
  startedAt?: number;
}

export type InFlight = CodeDeployInFlight | BeanstalkInFlight;

const str = (v: unknown): v is string => typeof v === 'string' && v !== '';

export function parseInFlight(raw: string): InFlight | undefined {
  if (!raw.trim()) return undefined;
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return undefined; // not ours or truncated: nothing we can act on safely
  }
  if (!v || typeof v !== 'object' || !str(v.region)) return undefined;
  if (v.service === 'codedeploy' && (str(v.id) || (str(v.token) && str(v.application) && str(v.group))))
    return v as unknown as CodeDeployInFlight;
  if (v.service === 'beanstalk' && str(v.id)) return v as unknown as BeanstalkInFlight;
  return undefined;
}

/** Where state goes: the run's Reporter (it owns every output of the step). */
export interface StateSink {
  saveState(name: string, value: string): void;
}

export function saveInFlight(report: StateSink, record: InFlight | undefined): void {
  report.saveState(States.InFlight, record ? JSON.stringify(record) : '');
}

/** Why the main step ended. */
export type Outcome = 'succeeded' | 'failed' | 'timed-out' | 'cancelled' | 'crashed';

export function outcomeOf(err: unknown): Outcome {
  if (err === undefined) return 'succeeded';
  if (err instanceof AbortedError) return 'cancelled';
  if (err instanceof DeploymentTimedOut) return 'timed-out';
  const name = (err as { name?: string } | null)?.name ?? '';
  // The release ran and AWS said no (failed, stopped, refused to start), or the inputs were wrong.
  if (['DeploymentFailed', 'ReleaseError', 'BeanstalkError', 'InputError', 'ValidationFailed', 'BundleError', 'UploadError'].includes(name))
    return 'failed';
  return 'crashed';
}

export function saveOutcome(report: StateSink, outcome: Outcome): void {
  report.saveState(States.Outcome, outcome);
}

export type PostDecision =
  /** Stop the deployment / abort the update: the run was cancelled (or timed out with on-cancel: stop). */
  | { act: 'stop'; why: 'cancelled' | 'timed-out' }
  /** Leave it running because on-cancel: leave asks so. */
  | { act: 'leave'; why: 'on-cancel' }
  /** Leave it running: the main step ended on its own error, not because anyone asked to stop. */
  | { act: 'leave'; why: 'own-error' };

/**
 * What the post step does about a release still recorded in flight (pure). An empty outcome means
 * the main step was killed before it could say why (the runner's cancel or timeout-minutes).
 */
export function postDecision(outcome: string, onCancel: string): PostDecision {
  const why = outcome === 'timed-out' ? 'timed-out' : outcome === 'cancelled' || outcome === '' ? 'cancelled' : undefined;
  if (!why) return { act: 'leave', why: 'own-error' };
  return onCancel === 'leave' ? { act: 'leave', why: 'on-cancel' } : { act: 'stop', why };
}
