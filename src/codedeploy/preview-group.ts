// A pull request's CodeDeploy deployment group: used when it exists, else created with a
// template group's settings (role, configuration, instance selection, style, load balancer,
// rollback, alarms, triggers); deleted on cleanup. Errors are told apart by name only.
import {
  StopDeploymentCommand,
  type EC2TagFilter,
  CreateDeploymentGroupCommand,
  DeleteDeploymentGroupCommand,
  GetDeploymentGroupCommand,
  type CodeDeployClient,
  type CreateDeploymentGroupCommandInput,
  type DeploymentGroupInfo,
} from '@aws-sdk/client-codedeploy';
import { ReleaseError, getDeployment, listActive } from './release.js';
import { TERMINAL } from './watch.js';
import { errorText } from '../errors.js';
import { AbortedError, type Clock } from '../util/time.js';

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

/** The instances a group selects, normalised for comparison (pure); '' when it selects none. */
export function instanceSelection(
  g: Pick<
    CreateDeploymentGroupCommandInput,
    'ec2TagFilters' | 'ec2TagSet' | 'onPremisesInstanceTagFilters' | 'onPremisesTagSet' | 'autoScalingGroups'
  >,
): string {
  const filters = (xs: { Key?: string; Value?: string; Type?: string }[] | undefined) =>
    (xs ?? []).map((f) => `${f.Type ?? ''}:${f.Key ?? ''}=${f.Value ?? ''}`).sort();
  const parts = {
    ec2: filters(g.ec2TagFilters),
    ec2Set: (g.ec2TagSet?.ec2TagSetList ?? []).map((l) => filters(l).join('&')).sort(),
    onPrem: filters(g.onPremisesInstanceTagFilters),
    onPremSet: (g.onPremisesTagSet?.onPremisesTagSetList ?? []).map((l) => filters(l).join('&')).sort(),
    asg: [...(g.autoScalingGroups ?? [])].sort(),
  };
  return Object.values(parts).some((p) => p.length) ? JSON.stringify(parts) : '';
}

export interface PreviewGroupOptions {
  /** The group a new preview group copies; undefined refuses to create one. */
  template: string | undefined;
  /** The production group (deployment-group): a preview group must never select its instances. */
  production: string | undefined;
  /** EC2 tag filters ({number} already replaced) that replace the template's EC2 selection. */
  instanceTags: { key: string; value: string }[];
  log: (line: string) => void;
  signal?: AbortSignal;
}

/** The CreateDeploymentGroup input for a preview: the template's settings, with this pull request's instance tags. */
export function previewGroupInput(
  template: DeploymentGroupInfo,
  application: string,
  name: string,
  instanceTags: PreviewGroupOptions['instanceTags'],
): CreateDeploymentGroupCommandInput {
  const input = copyGroupInput(template, application, name);
  if (instanceTags.length === 0) return input;
  const filters: EC2TagFilter[] = instanceTags.map((t) => ({ Key: t.key, Value: t.value, Type: 'KEY_AND_VALUE' }));
  delete input.ec2TagSet;
  return { ...input, ec2TagFilters: filters };
}

/** The preview group, created from the template's settings when missing; never selecting production's instances. */
export async function ensurePreviewGroup(
  client: CodeDeployClient,
  application: string,
  name: string,
  o: PreviewGroupOptions,
): Promise<{ created: boolean; group: DeploymentGroupInfo }> {
  const { template, log, signal } = o;
  const existing = await getGroup(client, application, name, signal);
  if (existing) return { created: false, group: existing };
  if (!template)
    throw new ReleaseError(
      `Creating the preview deployment group '${name}' needs preview-template-group: a deployment group whose settings and instances are meant for previews. ` +
        `hookline never copies deployment-group${o.production ? ` '${o.production}'` : ''} by default: a pull request's code would be deployed onto its instances.`,
    );
  if (name === template)
    throw new ReleaseError(
      `The preview deployment group '${name}' would be the template group itself; set preview-name so that it differs from '${template}'.`,
    );
  const tpl = await getGroup(client, application, template, signal);
  if (!tpl)
    throw new ReleaseError(
      `The preview template deployment group '${template}' was not found in application '${application}' (set preview-template-group).`,
    );
  const input = previewGroupInput(tpl, application, name, o.instanceTags);
  const production = o.production && o.production !== name ? await getGroup(client, application, o.production, signal) : undefined;
  const selection = instanceSelection(input);
  if (production && selection && selection === instanceSelection(copyGroupInput(production, application, o.production as string))) {
    throw new ReleaseError(
      `The preview deployment group '${name}' would select the same instances as deployment-group '${o.production}' (copied from '${template}'): ` +
        `a pull request's code would be deployed onto them. Set preview-instance-tags (for example Preview=pr-{number}) so each pull request targets its own instances, ` +
        `or a preview-template-group that selects other instances.`,
    );
  }
  log(
    `Creating deployment group ${name} with the settings of ${template}${o.instanceTags.length ? `, on instances tagged ${o.instanceTags.map((t) => `${t.key}=${t.value}`).join(', ')}` : ''}.`,
  );
  try {
    await client.send(new CreateDeploymentGroupCommand(input), { abortSignal: signal });
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

/** Stops every deployment still running on the preview group and waits (until `deadline`) for them to end. */
export async function stopActiveDeployments(
  client: CodeDeployClient,
  application: string,
  name: string,
  o: { deadline: number; pollMs: number; clock: Clock; log: (line: string) => void; signal?: AbortSignal },
): Promise<string[]> {
  const active = await listActive(client, application, name, o.signal);
  for (const id of active) {
    o.log(`Stopping deployment ${id}, still running on ${name}, before deleting the group.`);
    try {
      await client.send(new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: false }), { abortSignal: o.signal });
    } catch (err) {
      if (o.signal?.aborted) throw new AbortedError();
      if (errorName(err) !== 'DeploymentAlreadyCompletedException')
        throw new ReleaseError(`Could not stop deployment ${id} on ${name}: ${errorText(err)}`);
    }
  }
  for (const id of active) {
    while (!TERMINAL.has((await getDeployment(client, id, o.signal)).status ?? '') && o.clock.now() < o.deadline)
      await o.clock.sleep(Math.min(o.pollMs, 2000), o.signal);
  }
  return active;
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
