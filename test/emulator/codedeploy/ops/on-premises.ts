// On-premises instances and resource tags. Emulated instances are EC2 instances and resources carry
// no tags, so these answer empty (or "not registered") with the modeled input checks.
import { cdErr } from '../errors.js';
import { names, paged } from '../lookup.js';
import type { OpContext, Operations } from './context.js';

export function onPremisesOperations(c: OpContext): Operations {
  return {
    ListOnPremisesInstances(input) {
      return paged('instanceNames', [], input, c.settings.pageSize);
    },
    BatchGetOnPremisesInstances(input) {
      names(input.instanceNames, 'InstanceName');
      return { instanceInfos: [] };
    },
    GetOnPremisesInstance(input) {
      const name = typeof input.instanceName === 'string' ? input.instanceName : '';
      if (!name) throw cdErr('InstanceNameRequiredException', 'An on-premises instance name was not specified.');
      throw cdErr('InstanceNotRegisteredException', `The on-premises instance ${name} is not registered.`);
    },
    ListTagsForResource(input) {
      if (typeof input.ResourceArn !== 'string' || !input.ResourceArn)
        throw cdErr('ResourceArnRequiredException', 'The ARN of a resource is required.');
      return { Tags: [] };
    },
  };
}
