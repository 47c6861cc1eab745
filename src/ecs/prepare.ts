// ECS: register the task definition (when a file is given) and write the AppSpec that points the
// deployment group's service at it.
import type { DeploymentGroupInfo } from '@aws-sdk/client-codedeploy';
import { Inputs, Outputs } from '../constants.js';
import { createClient } from '../aws/clients.js';
import { InputError } from '../settings/parse.js';
import type { EcsInputs } from '../settings/compute.js';
import { hooksOf } from '../compute/revision.js';
import { appspecInputError, readUserAppSpec, type PreparedAppSpec } from '../compute/prepared.js';
import type { Reporter } from '../report/reporter.js';
import { fillEcsAppSpec, writeEcsAppSpec } from './appspec.js';
import { describeService, loadBalancerTarget, serviceOfGroup, type EcsServiceRef } from './service.js';
import { resolveTaskDefinition } from './task-definition.js';

export async function prepareEcs(
  inputs: EcsInputs,
  group: DeploymentGroupInfo,
  region: string,
  workspace: string,
  report: Reporter,
  signal: AbortSignal,
): Promise<PreparedAppSpec & { service: EcsServiceRef }> {
  const ecs = await createClient('ecs', { region });
  const ref = serviceOfGroup(group);
  const svc = await describeService(ecs, ref, signal);
  const td = await resolveTaskDefinition(ecs, inputs.taskDefinition, workspace, inputs.containerName, signal);
  report.setOutput(Outputs.TaskDefinitionArn, td.arn);
  report.info(td.registered ? `Registered task definition ${td.arn}.` : `Deploying task definition ${td.arn}.`);
  const lb = loadBalancerTarget(svc, inputs.containerName, inputs.containerPort);
  const what = `task definition \`${td.arn}\` → service \`${ref.cluster}/${ref.service}\``;
  if (inputs.appspec) {
    const user = readUserAppSpec(inputs.appspec, workspace);
    let content: string;
    try {
      content = fillEcsAppSpec(user.text, user.shown, td.arn, lb);
    } catch (err) {
      throw appspecInputError(err);
    }
    return { content, file: user.shown, hooks: user.hooks, what, service: ref };
  }
  if (!lb) {
    throw new InputError(
      Inputs.ContainerName,
      `Inputs '${Inputs.ContainerName}' and '${Inputs.ContainerPort}' are required: ECS service ${ref.service} has no load balancer to take them from.`,
    );
  }
  const content = writeEcsAppSpec(td.arn, lb, svc.platformVersion);
  return { content, file: null, hooks: hooksOf(content), what, service: ref };
}
