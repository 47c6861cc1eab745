// The CodeDeploy service: the state, the deployments in flight, and the operations by group, each
// in its own module under ops/ (applications, groups, configs, revisions, deployments, targets,
// on-premises and tags). The wire protocol is protocol.ts; a deployment's run is engine.ts.
import type { EmulatorContext, ServiceModule } from '../types.js';
import type { FaultRegistry } from '../faults.js';
import type { CodeDeployScenario } from '../scenario.js';
import { deploymentConfigs } from './configs.js';
import type { CodeDeployState } from './model.js';
import { applicationOperations } from './ops/applications.js';
import { configOperations } from './ops/configs.js';
import type { OpContext, Operations } from './ops/context.js';
import { deploymentOperations } from './ops/deployments.js';
import { groupOperations, seedGroups } from './ops/groups.js';
import { onPremisesOperations } from './ops/on-premises.js';
import { revisionOperations } from './ops/revisions.js';
import { targetOperations } from './ops/targets.js';
import { dispatch } from './protocol.js';
import { DeploymentRuns } from './runs.js';

export interface CodeDeployService extends ServiceModule {
  state: CodeDeployState;
  /** Resolves when every deployment started so far has finished. */
  idle(): Promise<void>;
}

export function createCodeDeployService(emu: EmulatorContext, settings: CodeDeployScenario, faults: FaultRegistry): CodeDeployService {
  const c: OpContext = {
    emu,
    settings,
    state: {
      applications: new Map(),
      groups: new Map(),
      revisions: new Map(),
      deployments: new Map(),
      order: [],
      instanceZones: new Map(),
    },
    configs: deploymentConfigs(settings.deploymentConfigs),
    created: emu.clock.now(),
  };
  seedGroups(c);
  const runs = new DeploymentRuns(c, faults);
  const ops: Operations = {
    ...applicationOperations(c),
    ...groupOperations(c),
    ...configOperations(c),
    ...revisionOperations(c),
    ...deploymentOperations(c, runs),
    ...targetOperations(c),
    ...onPremisesOperations(c),
  };
  return {
    state: c.state,
    handle: (req) => dispatch(ops, req),
    idle: () => runs.idle(),
    close: () => runs.close(),
  };
}
