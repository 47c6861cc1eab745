// A pull request's CodeDeploy deployment group: used when it exists, else created with a
// template group's settings (role, configuration, instance selection, style, load balancer,
// rollback, alarms, triggers); deleted on cleanup. Errors are told apart by name only.
import {
  CreateDeploymentGroupCommand,
  DeleteDeploymentGroupCommand,
  GetDeploymentGroupCommand,
  type CodeDeployClient,
  type CreateDeploymentGroupCommandInput,
  type DeploymentGroupInfo,
} from '@aws-sdk/client-codedeploy';
import { ReleaseError } from './release.js';
import { errorText } from '../errors.js';
import { AbortedError } from '../util/time.js';

const errorName = (err: unknown): string => (err as { name?: string } | null)?.name ?? '';
const nonEmpty = <T>(xs: T[] | undefined): T[] | undefined => (xs && xs.length ? xs : undefined);

/** The CreateDeploymentGroup input that copies `template` under `name` (pure). */
export function copyGroupInput(template: DeploymentGroupInfo, application: string, name: string): CreateDeploymentGroupCommandInput {
  // The API refuses tag filters and a tag set together; GetDeploymentGroup may return an empty list beside a set.
  const ec2TagSet = nonEmpty(template.ec2TagSet?.ec2TagSetList) ? template.ec2TagSet : undefined;
  const onPremisesTagSet = nonEmpty(template.onPremisesTagSet?.onPremisesTagSetList) ? template.onPremisesTagSet : undefined;
  const input: CreateDeploymentGroupCommandInput = {
    applicationName: application,
    deploymentGroupName: name,
    serviceRoleArn: template.serviceRoleArn,
    deploymentConfigName: template.deploymentConfigName,
    ec2TagFilters: ec2TagSet ? undefined : nonEmpty(template.ec2TagFilters),
    ec2TagSet,
    onPremisesInstanceTagFilters: onPremisesTagSet ? undefined : nonEmpty(template.onPremisesInstanceTagFilters),
    onPremisesTagSet,
    autoScalingGroups: nonEmpty(template.autoScalingGroups?.map((g) => g.name ?? '').filter(Boolean)),
    deploymentStyle: template.deploymentStyle,
    blueGreenDeploymentConfiguration: template.blueGreenDeploymentConfiguration,
    loadBalancerInfo: template.loadBalancerInfo,
    autoRollbackConfiguration: template.autoRollbackConfiguration,
    alarmConfiguration: template.alarmConfiguration,
    triggerConfigurations: nonEmpty(template.triggerConfigurations),
    outdatedInstancesStrategy: template.outdatedInstancesStrategy,
    terminationHookEnabled: template.terminationHookEnabled,
  };
  for (const k of Object.keys(input) as (keyof CreateDeploymentGroupCommandInput)[]) if (input[k] === undefined) delete input[k];
  return input;
}

async function getGroup(
  client: CodeDeployClient,
  application: string,
  name: string,
  signal?: AbortSignal,
): Promise<DeploymentGroupInfo | undefined> {
  try {
    const out = await client.send(new GetDeploymentGroupCommand({ applicationName: application, deploymentGroupName: name }), {
      abortSignal: signal,
    });
    return out.deploymentGroupInfo;
  } catch (err) {
    if (signal?.aborted) throw new AbortedError();
    if (errorName(err) === 'DeploymentGroupDoesNotExistException') return undefined;
    throw new ReleaseError(`Could not read deployment group '${name}' of application '${application}': ${errorText(err)}`);
  }
}

/** The preview group, created from `template`'s settings when missing. */
export async function ensurePreviewGroup(
  client: CodeDeployClient,
  application: string,
  name: string,
  template: string,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<{ created: boolean; group: DeploymentGroupInfo }> {
  const existing = await getGroup(client, application, name, signal);
  if (existing) return { created: false, group: existing };
  if (name === template)
    throw new ReleaseError(
      `The preview deployment group '${name}' would be the template group itself; set preview-name so that it differs from '${template}'.`,
    );
  const tpl = await getGroup(client, application, template, signal);
  if (!tpl)
    throw new ReleaseError(
      `The preview template deployment group '${template}' was not found in application '${application}' (set preview-template-group).`,
    );
  log(`Creating deployment group ${name} with the settings of ${template}.`);
  try {
    await client.send(new CreateDeploymentGroupCommand(copyGroupInput(tpl, application, name)), { abortSignal: signal });
  } catch (err) {
    if (signal?.aborted) throw new AbortedError();
    // Another run of the same pull request made it first: use that one.
    if (errorName(err) !== 'DeploymentGroupAlreadyExistsException')
      throw new ReleaseError(`Could not create the preview deployment group ${name}: ${errorText(err)}`);
    log(`${name} was created meanwhile (another run); using it.`);
    const raced = await getGroup(client, application, name, signal);
    if (raced) return { created: false, group: raced };
  }
  const group = await getGroup(client, application, name, signal);
  if (!group) throw new ReleaseError(`The preview deployment group ${name} was created but cannot be read back.`);
  return { created: true, group };
}

/** Deletes the preview group; 'gone' when there was none. */
export async function deletePreviewGroup(
  client: CodeDeployClient,
  application: string,
  name: string,
  signal?: AbortSignal,
): Promise<'deleted' | 'gone'> {
  if (!(await getGroup(client, application, name, signal))) return 'gone';
  try {
    await client.send(new DeleteDeploymentGroupCommand({ applicationName: application, deploymentGroupName: name }), {
      abortSignal: signal,
    });
  } catch (err) {
    if (signal?.aborted) throw new AbortedError();
    if (errorName(err) === 'DeploymentGroupDoesNotExistException' || errorName(err) === 'ApplicationDoesNotExistException') return 'gone';
    throw new ReleaseError(`Could not delete the preview deployment group ${name}: ${errorText(err)}`);
  }
  return 'deleted';
}
