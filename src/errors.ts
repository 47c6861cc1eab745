// Errors shared by both release paths; run() reports these by their message alone.
import { awsErrorKind, describeAwsError } from './aws/errors.js';

/** The release ran and failed: deployment Failed/Stopped, environment update failed, timeout. */
export class DeploymentFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeploymentFailed';
  }
}

/** The release was still running when the step's `timeout` was reached (the post step may stop it, per on-cancel). */
export class DeploymentTimedOut extends DeploymentFailed {}

/** "Name: message" for SDK and other errors, without a stack; a sentence for 5xx, timeouts, cut-off answers and bad credentials. */
export function errorText(err: unknown): string {
  const kind = awsErrorKind(err);
  if (kind !== 'refused' && kind !== 'aborted') return describeAwsError(err) ?? String(err);
  if (err instanceof Error) return `${err.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err.message}`;
  return String(err);
}
