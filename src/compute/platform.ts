// Which CodeDeploy compute platform a release goes to is the application's to say (GetApplication's
// computePlatform), not the inputs'. The inputs that do not apply to it are refused by name, so a
// workflow written for ECS never silently uploads a bundle to an EC2 group, and the reverse.
import { GetApplicationCommand, type CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { Inputs } from '../constants.js';
import { InputError } from '../settings/parse.js';
import { ECS_INPUTS, LAMBDA_INPUTS, type ComputeInputs } from '../settings/compute.js';
import { ReleaseError } from '../codedeploy/release.js';
import { errorText } from '../errors.js';

export type ComputePlatform = 'Server' | 'ECS' | 'Lambda';

const LABEL: Record<ComputePlatform, string> = { Server: 'EC2/on-premises', ECS: 'Amazon ECS', Lambda: 'AWS Lambda' };

export function platformLabel(p: ComputePlatform): string {
  return LABEL[p];
}

export async function detectPlatform(client: CodeDeployClient, application: string, signal?: AbortSignal): Promise<ComputePlatform> {
  try {
    const out = await client.send(new GetApplicationCommand({ applicationName: application }), { abortSignal: signal });
    const p = out.application?.computePlatform;
    return p === 'ECS' || p === 'Lambda' ? p : 'Server';
  } catch (err) {
    if ((err as { name?: string }).name === 'ApplicationDoesNotExistException') {
      throw new ReleaseError(`CodeDeploy application '${application}' does not exist in this region: ${errorText(err)}`);
    }
    throw err;
  }
}

/** `mode: redeploy` and previews release S3 revisions to EC2/on-premises groups; refuse them by name for ECS and Lambda. */
export async function requireServerPlatform(
  client: CodeDeployClient,
  application: string,
  mode: string,
  signal?: AbortSignal,
): Promise<void> {
  const platform = await detectPlatform(client, application, signal);
  if (platform !== 'Server') throw new InputError(Inputs.Mode, modeRefusal(platform, application, mode));
}

export function modeRefusal(platform: Exclude<ComputePlatform, 'Server'>, application: string, mode: string): string {
  return (
    `Input 'mode: ${mode}' does not apply here: application '${application}' deploys to ${LABEL[platform]}, and ${mode} releases ` +
    `S3 revisions to EC2/on-premises deployment groups. Use mode: deploy (the default) for ${LABEL[platform]}.`
  );
}

/** What the step was given, as checkInputs needs it (pure). */
export interface GivenInputs {
  application: string;
  compute: ComputeInputs;
  /** Raw values of the EC2-only inputs ('' when not set). */
  s3Bucket: string;
  fileExistsBehavior: string;
  ignoreApplicationStopFailures: boolean;
}

/**
 * One InputError naming the first input that does not apply to the application's platform, or the
 * one it needs and lacks (pure).
 */
export function checkInputs(platform: ComputePlatform, g: GivenInputs): void {
  const where = `application '${g.application}' deploys to ${LABEL[platform]}`;
  const refuse = (input: string, why: string) => {
    throw new InputError(input, `Input '${input}' does not apply here: ${where}${why}. Remove it from the step.`);
  };
  const c = g.compute;
  if (platform === 'Server') {
    if (c.kind === 'ecs') refuse(Inputs.TaskDefinition, ' (task definitions are for ECS applications)');
    if (c.kind === 'lambda') refuse(Inputs.FunctionName, ' (functions and aliases are for Lambda applications)');
    if (c.appspec) refuse(Inputs.Appspec, `; the appspec.yml at the root of '${Inputs.Path}' is used`);
    return;
  }
  const needs = platform === 'ECS' ? Inputs.TaskDefinition : Inputs.FunctionName;
  const other = platform === 'ECS' ? LAMBDA_INPUTS : ECS_INPUTS;
  if (c.kind !== 'server' && c.kind !== (platform === 'ECS' ? 'ecs' : 'lambda')) refuse(other[0], '');
  if (g.s3Bucket) refuse(Inputs.S3Bucket, ' (its revision is AppSpec content; nothing is uploaded)');
  if (g.fileExistsBehavior) refuse(Inputs.FileExistsBehavior, ' (no files are copied to instances)');
  if (g.ignoreApplicationStopFailures) refuse(Inputs.IgnoreApplicationStopFailures, ' (there is no ApplicationStop event)');
  if (c.kind === 'server') {
    throw new InputError(
      needs,
      platform === 'ECS'
        ? `Input '${Inputs.TaskDefinition}' is required: ${where}. Give a task definition JSON file or the ARN of a registered revision.`
        : `Inputs '${Inputs.FunctionName}' and '${Inputs.Alias}' are required: ${where}. Give the function and the alias CodeDeploy shifts traffic on.`,
    );
  }
}
