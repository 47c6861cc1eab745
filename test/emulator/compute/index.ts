// The ECS and Lambda compute platforms of the emulator: their CodeDeploy applications (answered in
// front of the EC2 CodeDeploy service), a simulated ECS and simulated Lambda functions.
import type { CodeDeployService } from '../codedeploy/service.js';
import type { Scenario } from '../scenario.js';
import type { Clock, ServiceModule } from '../types.js';
import { EcsState, readEcsScenario } from '../ecs/model.js';
import { createEcsService } from '../ecs/service.js';
import { LambdaState, readLambdaScenario } from '../lambda/model.js';
import { createLambdaService } from '../lambda/service.js';
import { obj } from './check.js';
import { readApplications } from './apps.js';
import { withComputePlatforms, type ComputeState } from './codedeploy.js';

export interface ComputeEmulator {
  codedeploy: CodeDeployService;
  ecsService: ServiceModule;
  lambdaService: ServiceModule;
  state: { codedeploy: ComputeState; ecs: EcsState; lambda: LambdaState };
}

export function startComputePlatforms(inner: CodeDeployService, scenario: Scenario, clock: Clock): ComputeEmulator {
  const ecsSection = obj(scenario.ecs ?? {}, 'ecs', ['applications', 'services']);
  const lambdaSection = obj(scenario.lambda ?? {}, 'lambda', ['applications', 'functions']);
  const ecs = new EcsState(readEcsScenario({ services: ecsSection.services }), () => clock.now());
  const lambda = new LambdaState(readLambdaScenario({ functions: lambdaSection.functions }));
  const apps = [
    ...readApplications(ecsSection.applications, 'ecs.applications', 'ECS'),
    ...readApplications(lambdaSection.applications, 'lambda.applications', 'Lambda'),
  ];
  const codedeploy = withComputePlatforms(inner, apps, { clock, ecs, lambda });
  return {
    codedeploy,
    ecsService: createEcsService(ecs),
    lambdaService: createLambdaService(lambda),
    state: { codedeploy: codedeploy.compute, ecs, lambda },
  };
}
