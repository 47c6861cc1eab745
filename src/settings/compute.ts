// The inputs of CodeDeploy's ECS and Lambda compute platforms. Which platform a release targets is
// decided later, by the application's computePlatform (src/compute/platform.ts); here the inputs
// are only read, checked for form, and kept apart from each other.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { Inputs } from '../constants.js';
import { InputError, clip } from './parse.js';

/** A task definition: a JSON file to register, or the ARN of a registered revision. */
export type TaskDefinitionSource = { kind: 'file'; path: string } | { kind: 'arn'; arn: string };

export interface EcsInputs {
  taskDefinition: TaskDefinitionSource;
  /** The container that receives traffic; default: the service's load balancer's container. */
  containerName: string | undefined;
  containerPort: number | undefined;
  /** An AppSpec file whose TaskDefinition (or `<TASK_DEFINITION>` placeholder) is filled in. */
  appspec: string | undefined;
}

export interface LambdaInputs {
  functionName: string;
  alias: string;
  /** The version traffic shifts to; undefined publishes one from the function's current code. */
  version: string | undefined;
  /** An AppSpec file (hooks); hookline fills its Name, Alias, CurrentVersion and TargetVersion. */
  appspec: string | undefined;
}

/** What the inputs ask for: nothing platform-specific (EC2/on-premises), ECS or Lambda. */
export type ComputeInputs =
  { kind: 'server'; appspec: string | undefined } | ({ kind: 'ecs' } & EcsInputs) | ({ kind: 'lambda' } & LambdaInputs);

/** Inputs that belong to one platform only, for the refusal of those that do not apply. */
export const ECS_INPUTS = [Inputs.TaskDefinition, Inputs.ContainerName, Inputs.ContainerPort] as const;
export const LAMBDA_INPUTS = [Inputs.FunctionName, Inputs.Alias, Inputs.FunctionVersion] as const;

const TASK_DEF_ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/;
const CONTAINER = /^[A-Za-z0-9_-]{1,255}$/;
// A function name, partial ARN or full ARN (Lambda's own pattern, simplified).
const FUNCTION = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}$/;
const ALIAS = /^(?!^[0-9]+$)[A-Za-z0-9_-]{1,128}$/;

export function readCompute(read: (name: string) => string, workspace: string): ComputeInputs {
  const given = (name: string) => read(name).trim();
  const ecs = ECS_INPUTS.filter((n) => given(n));
  const lambda = LAMBDA_INPUTS.filter((n) => given(n));
  if (ecs.length && lambda.length) {
    throw new InputError(
      lambda[0] as string,
      `Input '${lambda[0]}' is for Lambda deployments and '${ecs[0]}' for ECS deployments: one CodeDeploy application deploys to one of them; set only the inputs of its compute platform.`,
    );
  }
  if (ecs.length) {
    const raw = given(Inputs.TaskDefinition);
    if (!raw) {
      throw new InputError(
        Inputs.TaskDefinition,
        `Input '${Inputs.TaskDefinition}' is required for an ECS deployment (${ecs.map((n) => `'${n}'`).join(', ')} given): a task definition JSON file or the ARN of a registered revision.`,
      );
    }
    return {
      kind: 'ecs',
      taskDefinition: raw.startsWith('arn:')
        ? { kind: 'arn', arn: taskDefinitionArn(raw) }
        : { kind: 'file', path: workspaceFile(Inputs.TaskDefinition, raw, workspace) },
      containerName: optionalMatch(
        read,
        Inputs.ContainerName,
        CONTAINER,
        'a container name of the task definition (letters, digits, - and _)',
      ),
      containerPort: readPort(given(Inputs.ContainerPort)),
      appspec: given(Inputs.Appspec) ? workspaceFile(Inputs.Appspec, given(Inputs.Appspec), workspace) : undefined,
    };
  }
  if (lambda.length) {
    const functionName = given(Inputs.FunctionName);
    if (!FUNCTION.test(functionName)) {
      throw new InputError(
        Inputs.FunctionName,
        `Input '${Inputs.FunctionName}' is required for a Lambda deployment: a function name or ARN${functionName ? `; got '${clip(functionName)}'` : ''}.`,
      );
    }
    const alias = given(Inputs.Alias);
    if (!ALIAS.test(alias)) {
      throw new InputError(
        Inputs.Alias,
        `Input '${Inputs.Alias}' is required for a Lambda deployment: the alias CodeDeploy shifts traffic on, such as live${alias ? `; got '${clip(alias)}'` : ''}.`,
      );
    }
    const version = given(Inputs.FunctionVersion);
    if (version && !/^[1-9]\d{0,9}$/.test(version)) {
      throw new InputError(
        Inputs.FunctionVersion,
        `Input '${Inputs.FunctionVersion}' must be a published version number such as 7 (leave it empty to publish the function's current code); got '${clip(version)}'.`,
      );
    }
    return {
      kind: 'lambda',
      functionName,
      alias,
      version: version || undefined,
      appspec: given(Inputs.Appspec) ? workspaceFile(Inputs.Appspec, given(Inputs.Appspec), workspace) : undefined,
    };
  }
  return { kind: 'server', appspec: given(Inputs.Appspec) || undefined };
}

function taskDefinitionArn(raw: string): string {
  if (!TASK_DEF_ARN.test(raw)) {
    throw new InputError(
      Inputs.TaskDefinition,
      `Input '${Inputs.TaskDefinition}' must be a task definition JSON file or an ARN such as arn:aws:ecs:us-east-1:123456789012:task-definition/web:42; got '${clip(raw)}'.`,
    );
  }
  return raw;
}

function readPort(raw: string): number | undefined {
  if (!raw) return undefined;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new InputError(
      Inputs.ContainerPort,
      `Input '${Inputs.ContainerPort}' must be a port number from 1 to 65535; got '${clip(raw)}'.`,
    );
  }
  return Number(raw);
}

function optionalMatch(read: (name: string) => string, input: string, pattern: RegExp, form: string): string | undefined {
  const value = read(input).trim();
  if (!value) return undefined;
  if (!pattern.test(value)) throw new InputError(input, `Input '${input}' must be ${form}; got '${clip(value)}'.`);
  return value;
}

/** A file the input names, inside the workspace. */
function workspaceFile(input: string, raw: string, workspace: string): string {
  const full = resolve(workspace, raw);
  const rel = relative(workspace, full);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new InputError(input, `Input '${input}' must name a file inside the workspace; '${clip(raw)}' is outside it.`);
  }
  if (!existsSync(full) || !statSync(full).isFile()) {
    throw new InputError(input, `Input '${input}' must name a file in the workspace; '${clip(raw)}' does not exist.`);
  }
  return full;
}
