// Deployment configurations: GetDeploymentConfig, ListDeploymentConfigs.
import { cdErr } from '../errors.js';
import type { DeploymentConfig } from '../configs.js';
import { paged } from '../lookup.js';
import * as wire from '../wire.js';
import type { OpContext, Operations, Output } from './context.js';

export function configOperations(c: OpContext): Operations {
  const configInfo = (dc: DeploymentConfig): Output => ({
    deploymentConfigId: `00000000-0000-4000-8000-${Buffer.from(dc.name).toString('hex').slice(0, 12).padEnd(12, '0')}`,
    deploymentConfigName: dc.name,
    minimumHealthyHosts: dc.minimumHealthyHosts,
    computePlatform: 'Server',
    createTime: wire.epoch(c.created),
  });
  return {
    ListDeploymentConfigs(input) {
      return paged('deploymentConfigsList', [...c.configs.keys()].sort(), input, c.settings.pageSize);
    },
    GetDeploymentConfig(input) {
      const name = typeof input.deploymentConfigName === 'string' ? input.deploymentConfigName : '';
      if (!name) throw cdErr('DeploymentConfigNameRequiredException', 'The deployment configuration name was not specified.');
      const dc = c.configs.get(name);
      if (!dc) throw cdErr('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${name}`);
      return { deploymentConfigInfo: configInfo(dc) };
    },
  };
}
