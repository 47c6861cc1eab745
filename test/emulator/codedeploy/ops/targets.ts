// A deployment's targets (instances): ListDeploymentTargets, BatchGetDeploymentTargets,
// GetDeploymentTarget, and the older instance-shaped ListDeploymentInstances,
// BatchGetDeploymentInstances, GetDeploymentInstance.
import { cdErr } from '../errors.js';
import { deployment, paged } from '../lookup.js';
import * as wire from '../wire.js';
import type { OpContext, Operations } from './context.js';

export function targetOperations(c: OpContext): Operations {
  const { state } = c;
  return {
    ListDeploymentTargets(input) {
      const d = deployment(state, input);
      const filters = (input.targetFilters ?? {}) as Record<string, unknown>;
      for (const k of Object.keys(filters))
        if (k !== 'TargetStatus' && k !== 'ServerInstanceLabel')
          throw cdErr('InvalidTargetFilterNameException', `The target filter name ${k} is invalid.`);
      const statusF = filters.TargetStatus as string[] | undefined;
      const labelF = filters.ServerInstanceLabel as string[] | undefined;
      const ids = [...d.targets.values()]
        .filter(
          (t) =>
            (!statusF?.length || statusF.includes(t.status)) && (!labelF?.length || (t.label !== undefined && labelF.includes(t.label))),
        )
        .map((t) => t.id);
      return paged('targetIds', ids, input, c.settings.pageSize);
    },

    BatchGetDeploymentTargets(input) {
      const d = deployment(state, input);
      const ids = input.targetIds as unknown[] | undefined;
      if (!Array.isArray(ids) || ids.length === 0)
        throw cdErr('DeploymentTargetIdRequiredException', 'A deployment target ID was not provided.');
      if (ids.length > 25)
        throw cdErr(
          'DeploymentTargetListSizeExceededException',
          'The maximum number of targets that can be associated with a deployment has been exceeded. The maximum number of target IDs you can specify is 25.',
        );
      const targets = ids.map((id) => {
        const t = d.targets.get(String(id));
        if (!t)
          throw cdErr('DeploymentTargetDoesNotExistException', `The deployment target ${String(id)} does not exist in deployment ${d.id}.`);
        return wire.instanceTarget(d, t);
      });
      return { deploymentTargets: targets };
    },

    GetDeploymentTarget(input) {
      const d = deployment(state, input);
      const id = typeof input.targetId === 'string' ? input.targetId : '';
      if (!id) throw cdErr('DeploymentTargetIdRequiredException', 'A deployment target ID was not provided.');
      const t = d.targets.get(id);
      if (!t) throw cdErr('DeploymentTargetDoesNotExistException', `The deployment target ${id} does not exist in deployment ${d.id}.`);
      return { deploymentTarget: wire.instanceTarget(d, t) };
    },

    ListDeploymentInstances(input) {
      const d = deployment(state, input);
      const statusF = input.instanceStatusFilter as string[] | undefined;
      const typeF = input.instanceTypeFilter as string[] | undefined;
      const ids = [...d.targets.values()]
        .filter(
          (t) => (!statusF?.length || statusF.includes(t.status)) && (!typeF?.length || (t.label !== undefined && typeF.includes(t.label))),
        )
        .map((t) => t.id);
      return paged('instancesList', ids, input, c.settings.pageSize);
    },

    BatchGetDeploymentInstances(input) {
      const d = deployment(state, input);
      const ids = input.instanceIds as unknown[] | undefined;
      if (!Array.isArray(ids) || ids.length === 0) throw cdErr('InstanceIdRequiredException', 'The instance ID was not specified.');
      if (ids.length > 100)
        throw cdErr('BatchLimitExceededException', 'The maximum number of names or IDs allowed for this request (100) was exceeded.');
      const found = ids.map((id) => d.targets.get(String(id))).filter((t) => t !== undefined);
      const missing = ids.filter((id) => !d.targets.has(String(id)));
      return {
        instancesSummary: found.map((t) => wire.instanceSummary(d, t)),
        ...(missing.length ? { errorMessage: `Instances not found in deployment ${d.id}: ${missing.join(', ')}` } : {}),
      };
    },

    GetDeploymentInstance(input) {
      const d = deployment(state, input);
      const id = typeof input.instanceId === 'string' ? input.instanceId : '';
      if (!id) throw cdErr('InstanceIdRequiredException', 'The instance ID was not specified.');
      const t = d.targets.get(id);
      if (!t) throw cdErr('InstanceDoesNotExistException', `The instance ${id} does not exist in deployment ${d.id}.`);
      return { instanceSummary: wire.instanceSummary(d, t) };
    },
  };
}
