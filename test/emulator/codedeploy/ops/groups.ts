// Deployment groups: GetDeploymentGroup, CreateDeploymentGroup, DeleteDeploymentGroup,
// ListDeploymentGroups, BatchGetDeploymentGroups.
import { randomUUID } from 'node:crypto';
import { cdErr } from '../errors.js';
import { app, group, names, paged, requireAppName, requireGroupName, str } from '../lookup.js';
import { groupKey, type GroupState } from '../model.js';
import { instanceTags, selectInstances, tagFilters } from '../tags.js';
import * as wire from '../wire.js';
import type { Input, OpContext, Operations, Output } from './context.js';

/** The scenario's applications and groups, as the state holds them. */
export function seedGroups(c: OpContext): void {
  for (const a of c.settings.applications) {
    c.state.applications.set(a.name, { id: a.id, name: a.name, createTime: c.created });
    for (const g of a.deploymentGroups) {
      g.instances.forEach((id, i) => {
        if (!c.state.instanceZones.has(id)) c.state.instanceZones.set(id, g.availabilityZones[i % g.availabilityZones.length]!);
      });
      c.state.groups.set(groupKey(a.name, g.name), {
        id: g.id,
        name: g.name,
        applicationName: a.name,
        deploymentConfigName: g.deploymentConfigName,
        deploymentType: g.deploymentType,
        deploymentOption: g.deploymentOption,
        instances: g.instances,
        loadBalancer: g.loadBalancer,
        serviceRoleArn: g.serviceRoleArn,
        ...(g.autoRollback ? { autoRollback: g.autoRollback } : {}),
        ...(g.blueGreen ? { blueGreen: { ...g.blueGreen } } : {}),
        ...(g.previousRevision ? { previousRevision: g.previousRevision } : {}),
      });
    }
  }
}

export function groupOperations(c: OpContext): Operations {
  const { state, configs } = c;
  const tags = instanceTags(c.settings);
  return {
    GetDeploymentGroup(input) {
      const g = group(state, app(state, input), input);
      if (!configs.has(g.deploymentConfigName))
        throw cdErr('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${g.deploymentConfigName}`);
      return { deploymentGroupInfo: wire.deploymentGroupInfo(state, g) };
    },

    // The new group's instances are those its EC2 tag filters select: every emulated instance is
    // tagged codedeploy-group=<its scenario group>, so copying a group's filters selects its fleet.
    CreateDeploymentGroup(input) {
      const appName = app(state, input);
      const name = requireGroupName(input);
      if (state.groups.has(groupKey(appName, name)))
        throw cdErr('DeploymentGroupAlreadyExistsException', `Deployment Group already exists with name ${name}`);
      const role = str(input.serviceRoleArn);
      if (!role) throw cdErr('RoleRequiredException', 'The service role ARN is required.');
      if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(role))
        throw cdErr('InvalidRoleException', `The service role ARN ${role} is not valid.`);
      const configName = str(input.deploymentConfigName) ?? 'CodeDeployDefault.OneAtATime';
      if (!configs.has(configName))
        throw cdErr('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${configName}`);
      const filters = tagFilters(input.ec2TagFilters, 'ec2TagFilters');
      const tagSet = input.ec2TagSet as { ec2TagSetList?: unknown[] } | undefined;
      if (filters.length && tagSet)
        throw cdErr('InvalidEC2TagCombinationException', 'The EC2 tag filters and the EC2 tag set cannot both be specified.');
      const setLists = tagSet ? (tagSet.ec2TagSetList ?? []).map((l, i) => tagFilters(l, `ec2TagSet.ec2TagSetList[${i}]`)) : undefined;
      const { deploymentType, deploymentOption } = deploymentStyle(input);
      const hasLb = hasLoadBalancer(input);
      if (deploymentOption === 'WITH_TRAFFIC_CONTROL' && !hasLb)
        throw cdErr('InvalidLoadBalancerInfoException', 'A load balancer must be specified for a deployment with traffic control.');
      const bg = input.blueGreenDeploymentConfiguration as Input | undefined;
      if (deploymentType === 'BLUE_GREEN' && !bg)
        throw cdErr(
          'InvalidBlueGreenDeploymentConfigurationException',
          'A blue/green deployment configuration is required for a blue/green deployment group.',
        );
      const arc = input.autoRollbackConfiguration as { enabled?: unknown; events?: unknown } | undefined;
      if (arc && arc.events !== undefined && !Array.isArray(arc.events))
        throw cdErr('InvalidAutoRollbackConfigException', 'The automatic rollback events must be a list.');
      const g: GroupState = {
        id: randomUUID(),
        name,
        applicationName: appName,
        deploymentConfigName: configName,
        deploymentType,
        deploymentOption,
        instances: selectInstances(tags, setLists ?? [filters]),
        loadBalancer: hasLb,
        serviceRoleArn: role,
        ...(setLists ? { ec2TagSet: setLists } : { ec2TagFilters: filters }),
        ...(arc
          ? { autoRollback: { enabled: arc.enabled === true, events: ((arc.events as unknown[] | undefined) ?? []).map(String) } }
          : {}),
        ...(bg ? { blueGreen: blueGreen(bg) } : {}),
      };
      state.groups.set(groupKey(appName, name), g);
      return { deploymentGroupId: g.id };
    },

    // AWS deletes a group whatever runs on it, and answers a missing one (or application) alike.
    DeleteDeploymentGroup(input) {
      const appName = requireAppName(input);
      const name = requireGroupName(input);
      state.groups.delete(groupKey(appName, name));
      return { hooksNotCleanedUp: [] };
    },

    ListDeploymentGroups(input) {
      const appName = app(state, input);
      const groups = [...state.groups.values()]
        .filter((g) => g.applicationName === appName)
        .map((g) => g.name)
        .sort();
      return { applicationName: appName, ...paged('deploymentGroups', groups, input, c.settings.pageSize) };
    },

    BatchGetDeploymentGroups(input) {
      const appName = app(state, input);
      const found: Output[] = [];
      const missing: string[] = [];
      for (const n of names(input.deploymentGroupNames, 'DeploymentGroupName')) {
        const g = state.groups.get(groupKey(appName, n));
        if (g) found.push(wire.deploymentGroupInfo(state, g));
        else missing.push(n);
      }
      return {
        deploymentGroupsInfo: found,
        ...(missing.length ? { errorMessage: `Deployment groups not found: ${missing.join(', ')}` } : {}),
      };
    },
  };
}

function deploymentStyle(input: Input): Pick<GroupState, 'deploymentType' | 'deploymentOption'> {
  const style = (input.deploymentStyle ?? {}) as Input;
  const deploymentType = style.deploymentType ?? 'IN_PLACE';
  const deploymentOption = style.deploymentOption ?? 'WITHOUT_TRAFFIC_CONTROL';
  if (
    (deploymentType !== 'IN_PLACE' && deploymentType !== 'BLUE_GREEN') ||
    (deploymentOption !== 'WITH_TRAFFIC_CONTROL' && deploymentOption !== 'WITHOUT_TRAFFIC_CONTROL')
  ) {
    throw cdErr(
      'InvalidDeploymentStyleException',
      `The deployment style ${String(deploymentType)}/${String(deploymentOption)} is invalid.`,
    );
  }
  return { deploymentType, deploymentOption };
}

function hasLoadBalancer(input: Input): boolean {
  const lb = input.loadBalancerInfo as Input | undefined;
  return (
    !!lb &&
    ['elbInfoList', 'targetGroupInfoList', 'targetGroupPairInfoList'].some((k) => Array.isArray(lb[k]) && (lb[k] as unknown[]).length > 0)
  );
}

function blueGreen(bg: Input): NonNullable<GroupState['blueGreen']> {
  const ready = (bg.deploymentReadyOption ?? {}) as Input;
  const term = (bg.terminateBlueInstancesOnDeploymentSuccess ?? {}) as Input;
  if (term.action !== undefined && term.action !== 'TERMINATE' && term.action !== 'KEEP_ALIVE')
    throw cdErr(
      'InvalidBlueGreenDeploymentConfigurationException',
      `The action ${String(term.action)} for the original instances is invalid: use TERMINATE or KEEP_ALIVE.`,
    );
  const wait = term.terminationWaitTimeInMinutes;
  if (wait !== undefined && (typeof wait !== 'number' || !Number.isInteger(wait) || wait < 0 || wait > 2880))
    throw cdErr(
      'InvalidBlueGreenDeploymentConfigurationException',
      'The termination wait time must be a whole number of minutes from 0 to 2880 (2 days).',
    );
  return {
    actionOnTimeout: ready.actionOnTimeout === 'STOP_DEPLOYMENT' ? 'STOP_DEPLOYMENT' : 'CONTINUE_DEPLOYMENT',
    waitTimeInMinutes: typeof ready.waitTimeInMinutes === 'number' ? ready.waitTimeInMinutes : 0,
    terminationAction: term.action === 'KEEP_ALIVE' ? 'KEEP_ALIVE' : 'TERMINATE',
    terminationWaitTimeInMinutes: typeof term.terminationWaitTimeInMinutes === 'number' ? term.terminationWaitTimeInMinutes : 0,
  };
}
