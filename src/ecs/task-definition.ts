// The task definition a deployment runs: a JSON file (the shape `aws ecs describe-task-definition`
// prints, or RegisterTaskDefinition's input) registered as a new revision, or an ARN used as is.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { RegisterTaskDefinitionCommand, type ECSClient, type RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { Inputs } from '../constants.js';
import { InputError, clip } from '../settings/parse.js';
import type { TaskDefinitionSource } from '../settings/compute.js';
import { ReleaseError } from '../codedeploy/release.js';
import { errorText } from '../errors.js';

/** Fields describe-task-definition prints that RegisterTaskDefinition refuses. */
const READ_ONLY = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
] as const;

export interface TaskDefinitionFile {
  input: RegisterTaskDefinitionCommandInput;
  /** Names of its containers, to check container-name before anything is registered. */
  containers: string[];
}

/** Parses and cleans a task definition file (pure but for the read). */
export function readTaskDefinition(path: string, workspace: string): TaskDefinitionFile {
  const shown = relative(workspace, path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(Inputs.TaskDefinition, `Input '${Inputs.TaskDefinition}': ${shown} is not valid JSON (${clip(errorText(err))}).`);
  }
  // `aws ecs describe-task-definition` wraps it in {"taskDefinition": …}.
  const body = (raw as { taskDefinition?: unknown })?.taskDefinition ?? raw;
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new InputError(Inputs.TaskDefinition, `Input '${Inputs.TaskDefinition}': ${shown} must hold one task definition object.`);
  }
  const input: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const k of READ_ONLY) delete input[k];
  const family = input.family;
  const defs = input.containerDefinitions;
  if (typeof family !== 'string' || !family || !Array.isArray(defs) || defs.length === 0) {
    throw new InputError(
      Inputs.TaskDefinition,
      `Input '${Inputs.TaskDefinition}': ${shown} needs a "family" and at least one entry in "containerDefinitions".`,
    );
  }
  const containers = defs.map((d) => (d as { name?: unknown })?.name).filter((n): n is string => typeof n === 'string');
  return { input: input as unknown as RegisterTaskDefinitionCommandInput, containers };
}

/** The ARN the deployment runs, registering the file's revision first when a file was given. */
export async function resolveTaskDefinition(
  ecs: ECSClient,
  source: TaskDefinitionSource,
  workspace: string,
  containerName: string | undefined,
  signal?: AbortSignal,
): Promise<{ arn: string; registered: boolean; containers: string[] }> {
  if (source.kind === 'arn') return { arn: source.arn, registered: false, containers: [] };
  const file = readTaskDefinition(source.path, workspace);
  if (containerName && !file.containers.includes(containerName)) {
    throw new InputError(
      Inputs.ContainerName,
      `Input '${Inputs.ContainerName}' names '${containerName}', which is not a container of ${relative(workspace, source.path)} (it has ${file.containers.join(', ') || 'none'}).`,
    );
  }
  try {
    const out = await ecs.send(new RegisterTaskDefinitionCommand(file.input), { abortSignal: signal });
    const arn = out.taskDefinition?.taskDefinitionArn;
    if (!arn) throw new Error('RegisterTaskDefinition returned no ARN');
    return { arn, registered: true, containers: file.containers };
  } catch (err) {
    throw new ReleaseError(`Could not register the task definition in ${relative(workspace, source.path)}: ${errorText(err)}`);
  }
}
